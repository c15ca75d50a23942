package pl.krakow.kck.channels.console;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import pl.krakow.kck.bot.handoff.Consultant;
import pl.krakow.kck.bot.handoff.HandoffCase;
import pl.krakow.kck.bot.handoff.HandoffContext;
import pl.krakow.kck.bot.handoff.HandoffNote;
import pl.krakow.kck.bot.handoff.HandoffRepository;
import pl.krakow.kck.bot.handoff.HandoffState;
import pl.krakow.kck.bot.storage.Author;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.storage.Conversation;
import pl.krakow.kck.bot.storage.ConversationLanguages;
import pl.krakow.kck.bot.storage.StoredMessage;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.channels.api.ApiException;
import pl.krakow.kck.channels.api.JsonRequests;

/**
 * What the console shows of cases: the queue (with the cases a consultant has, and for supervisors everyone
 * else's and the recently closed), one case with its transcript, notes and what this consultant may do with
 * it, and its export. Who sees which case is {@link HandoffCase#isVisibleTo}.
 */
final class CaseViews {

    private static final int PREVIEW = 140;
    private static final int RECENTLY_CLOSED = 20;

    private final ConsultantConsole console;
    private final HandoffRepository cases;
    private final ConsoleAccess access;
    private final ConversationLanguages languages;

    CaseViews(ConsultantConsole console, ConsoleAccess access) {
        this.console = console;
        this.cases = console.handoffs().cases();
        this.access = access;
        this.languages = new ConversationLanguages(console.conversations().database());
    }

    /** The language a conversation is served in (Polish until one was identified), as a code and its name. */
    private void addLanguage(JsonObjectBuilder json, String conversationId) {
        String code = languages.find(conversationId).map(Language::code).orElse(Language.PL.code());
        json.add("lang", code).add("langLabel", Messages.has("console-tools.lang." + code)
                ? Messages.text(Lang.PL, "console-tools.lang." + code) : code);
    }

    void queue(ServerRequest request, ServerResponse response) {
        ConsoleSession session = access.session(request);
        Map<String, Consultant> consultants = consultants();
        QueuePage page = QueuePage.of(request);
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("queued", summaries(cases.queued(page.offset(), page.limit()), consultants))
                .add("queuedTotal", cases.queuedCount())
                .add("offset", page.offset())
                .add("limit", page.limit())
                .add("mine", summaries(cases.ownedBy(session.login()), consultants));
        if (session.isSupervisor()) {
            body.add("others", summaries(cases.withConsultants().stream().filter(c -> !session.login().equals(c.consultant())).toList(),
                    consultants));
            body.add("closed", summaries(cases.recentlyClosed(RECENTLY_CLOSED), consultants));
        }
        ConsoleJson.send(response, Status.OK_200, body.build());
    }

    void show(ServerRequest request, ServerResponse response) {
        ConsoleSession session = access.session(request);
        HandoffCase handoff = viewable(request, session);
        Map<String, Consultant> consultants = consultants();
        Conversation conversation = console.conversations().find(handoff.conversationId()).orElseThrow();
        List<StoredMessage> transcript = console.conversations().transcript(handoff.conversationId());
        JsonArrayBuilder messages = JSON.createArrayBuilder();
        transcript.forEach(m -> messages.add(ConsoleJson.message(m)));
        JsonArrayBuilder notes = JSON.createArrayBuilder();
        cases.notes(handoff.id()).forEach(n -> notes.add(ConsoleJson.note(n, consultants)));
        HandoffContext context = HandoffContext.of(transcript);
        JsonArrayBuilder articles = JSON.createArrayBuilder();
        context.articles().forEach(a -> articles.add(JSON.createObjectBuilder().add("id", a.id()).add("title", a.title()).add("how", a.how())));
        boolean changes = handoff.actingOwner(session.consultant()).isPresent();
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("case", ConsoleJson.handoff(handoff, cases.position(handoff), consultants))
                .add("conversation", conversationJson(conversation))
                .add("messages", messages)
                .add("articles", articles)
                .add("notes", notes)
                .add("can", JSON.createObjectBuilder()
                        .add("claim", handoff.state() == HandoffState.QUEUED)
                        .add("reply", handoff.isOwnedBy(session.login()))
                        .add("transfer", changes)
                        .add("close", changes)
                        .add("note", true));
        JsonValue draft = ConsoleJson.parse(context.reportDraft());
        if (draft != null) {
            body.add("reportDraft", draft);
        }
        ConsoleJson.send(response, Status.OK_200, body.build());
    }

    void export(ServerRequest request, ServerResponse response) {
        ConsoleSession session = access.session(request);
        HandoffCase handoff = viewable(request, session);
        Conversation conversation = console.conversations().find(handoff.conversationId()).orElseThrow();
        List<StoredMessage> transcript = console.conversations().transcript(handoff.conversationId());
        List<HandoffNote> notes = cases.notes(handoff.id());
        if (!session.login().equals(handoff.consultant())) {
            // only the case's own consultant exports what the resident wrote as written
            handoff = handoff.redacted(console.redactor()::redact);
            transcript = transcript.stream().map(m -> m.redacted(console.redactor()::redact)).toList();
            notes = notes.stream().map(n -> n.redacted(console.redactor()::redact)).toList();
        }
        String format = request.query().first("format").orElse("json");
        String file = Messages.text(Lang.PL, "console.export-file", handoff.id());
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        if (format.equals("text") || format.equals("txt")) {
            response.header(HeaderNames.CONTENT_TYPE, "text/plain; charset=UTF-8");
            response.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + file + ".txt\"");
            response.send(console.export().text(handoff, conversation, transcript, notes).getBytes(StandardCharsets.UTF_8));
        } else if (format.equals("json")) {
            response.header(HeaderNames.CONTENT_TYPE, "application/json; charset=UTF-8");
            response.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + file + ".json\"");
            response.send(console.export().json(handoff, conversation, transcript, notes).toString());
        } else {
            throw JsonRequests.bad("invalid-format", Messages.text(Lang.PL, "console.invalid-format"), "format must be json or text");
        }
    }

    /** The case in the path, if this consultant may see it. */
    HandoffCase viewable(ServerRequest request, ConsoleSession session) {
        String raw = request.path().pathParameters().get("id");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw notFound(raw);
        }
        HandoffCase handoff = cases.find(id).orElseThrow(() -> notFound(raw));
        if (!handoff.isVisibleTo(session.consultant())) {
            throw ApiException.of(Status.FORBIDDEN_403, "console-forbidden", "Forbidden",
                    Messages.text(Lang.PL, "console.case-forbidden"), "The case belongs to another consultant.");
        }
        return handoff;
    }

    /** The case as it is now, as the console lists it. */
    private JsonObjectBuilder conversationJson(Conversation conversation) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", conversation.id()).add("channel", conversation.channel())
                .add("createdAt", conversation.createdAt().toString());
        addLanguage(json, conversation.id());
        return json;
    }

    void sendCase(ServerResponse response, long id) {
        HandoffCase handoff = cases.find(id).orElseThrow();
        ConsoleJson.send(response, Status.OK_200, JSON.createObjectBuilder()
                .add("case", ConsoleJson.handoff(handoff, cases.position(handoff), consultants())).build());
    }

    Map<String, Consultant> consultants() {
        return ConsoleJson.byLogin(console.accounts().all());
    }

    private JsonArrayBuilder summaries(List<HandoffCase> list, Map<String, Consultant> consultants) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (HandoffCase handoff : list) {
            JsonObjectBuilder summary = ConsoleJson.handoff(handoff, cases.position(handoff), consultants);
            console.conversations().find(handoff.conversationId()).ifPresent(c -> summary.add("channel", c.channel()));
            addLanguage(summary, handoff.conversationId());
            console.conversations().lastBy(handoff.conversationId(), Author.RESIDENT)
                    .ifPresent(m -> summary.add("preview", preview(m.body())));
            array.add(summary);
        }
        return array;
    }

    private static String preview(String text) {
        return text.codePointCount(0, text.length()) <= PREVIEW ? text : text.substring(0, text.offsetByCodePoints(0, PREVIEW)) + "…";
    }

    private static ApiException notFound(String id) {
        return ApiException.of(Status.NOT_FOUND_404, "case-not-found", "Case not found", Messages.text(Lang.PL, "console.case-not-found"),
                "No handoff case with id '" + id + "'.");
    }
}
