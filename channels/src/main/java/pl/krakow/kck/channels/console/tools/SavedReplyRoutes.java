package pl.krakow.kck.channels.console.tools;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.util.Locale;
import java.util.Optional;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import pl.krakow.kck.bot.knowledge.Topics;
import pl.krakow.kck.bot.replies.SavedReplies;
import pl.krakow.kck.bot.replies.SavedReply;
import pl.krakow.kck.bot.replies.SavedReplyChange;
import pl.krakow.kck.bot.replies.SavedReplyDraft;
import pl.krakow.kck.bot.retrieval.LiveIndex;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.channels.api.ApiException;
import pl.krakow.kck.channels.api.JsonRequests;
import pl.krakow.kck.channels.console.ConsoleAccess;
import pl.krakow.kck.channels.console.ConsoleSession;

/**
 * {@code /console/api/saved-replies}: {@code GET /} every saved reply (any console role: consultants put them into
 * replies) with the knowledge base's topics; supervisors keep them with the session's CSRF token:
 * {@code POST /} {@code {title, text, lang, topic}}, {@code PUT /{id}} the same with the {@code version} it was
 * edited on (409 when someone changed it meanwhile), {@code DELETE /{id}?version=}; {@code GET /changes} the
 * record of changes (who, when, what; supervisors).
 */
public final class SavedReplyRoutes implements HttpService {

    static final int CHANGES = 50;

    private final SavedReplies replies;
    private final LiveIndex index;
    private final ConsoleAccess access;
    private final JsonRequests json;

    public SavedReplyRoutes(SavedReplies replies, LiveIndex index, ConsoleAccess access, int maxBodyBytes) {
        this.replies = replies;
        this.index = index;
        this.access = access;
        this.json = new JsonRequests(maxBodyBytes);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .post("/", this::create)
                .get("/changes", this::changes)
                .put("/{id}", this::update)
                .delete("/{id}", this::delete);
    }

    private void list(ServerRequest request, ServerResponse response) {
        ConsoleSession session = access.session(request);
        JsonArrayBuilder array = JSON.createArrayBuilder();
        replies.all().forEach(r -> array.add(reply(r)));
        Topics topics = index.get().knowledgeBase().topics();
        JsonArrayBuilder topicArray = JSON.createArrayBuilder();
        topics.slugs().forEach(slug -> topicArray.add(JSON.createObjectBuilder().add("slug", slug).add("name", topics.name(slug).orElse(slug))));
        send(response, Status.OK_200, JSON.createObjectBuilder().add("replies", array).add("topics", topicArray)
                .add("mayEdit", session.isSupervisor()).build());
    }

    private void changes(ServerRequest request, ServerResponse response) {
        ConsoleAccess.requireSupervisor(access.session(request));
        JsonArrayBuilder array = JSON.createArrayBuilder();
        replies.changes(CHANGES).forEach(c -> array.add(change(c)));
        send(response, Status.OK_200, JSON.createObjectBuilder().add("changes", array).build());
    }

    private void create(ServerRequest request, ServerResponse response) {
        ConsoleSession session = access.writer(request);
        ConsoleAccess.requireSupervisor(session);
        SavedReply created = replies.create(session.login(), draft(json.object(request, false)));
        send(response, Status.CREATED_201, reply(created).build());
    }

    private void update(ServerRequest request, ServerResponse response) {
        ConsoleSession session = access.writer(request);
        ConsoleAccess.requireSupervisor(session);
        long id = id(request);
        JsonObject body = json.object(request, false);
        SavedReplies.Updated updated = replies.update(session.login(), id, version(body.get("version")), draft(body));
        switch (updated.outcome()) {
            case DONE -> send(response, Status.OK_200, reply(updated.reply().orElseThrow()).build());
            case NOT_FOUND -> throw notFound(id);
            case STALE -> throw stale(updated.reply().orElseThrow());
        }
    }

    private void delete(ServerRequest request, ServerResponse response) {
        ConsoleSession session = access.writer(request);
        ConsoleAccess.requireSupervisor(session);
        long id = id(request);
        int version = version(request.query().first("version").map(v -> (JsonValue) JSON.createValue(parse(v))).orElse(null));
        switch (replies.delete(session.login(), id, version)) {
            case DONE -> response.status(Status.NO_CONTENT_204).send();
            case NOT_FOUND -> throw notFound(id);
            case STALE -> throw stale(replies.find(id).orElseThrow());
        }
    }

    private SavedReplyDraft draft(JsonObject body) {
        SavedReplyDraft draft;
        try {
            draft = SavedReplyDraft.of(JsonRequests.string(body, "title"), JsonRequests.string(body, "text"),
                    JsonRequests.string(body, "lang"), JsonRequests.string(body, "topic"));
        } catch (SavedReplyDraft.Invalid e) {
            throw invalid(e.field(), e.getMessage());
        }
        if (draft.topic() != null && !index.get().knowledgeBase().topics().contains(draft.topic())) {
            throw invalid(SavedReplyDraft.Field.TOPIC, "unknown topic '" + draft.topic() + "'");
        }
        return draft;
    }

    private static ApiException invalid(SavedReplyDraft.Field field, String english) {
        String key = "console-tools.saved-invalid." + field.name().toLowerCase(Locale.ROOT);
        int max = field == SavedReplyDraft.Field.TITLE ? SavedReplyDraft.MAX_TITLE : SavedReplyDraft.MAX_TEXT;
        return JsonRequests.bad("invalid-saved-reply", Messages.text(Lang.PL, key).replace("{max}", String.valueOf(max)), english);
    }

    private static long id(ServerRequest request) {
        long id = parse(request.path().pathParameters().get("id"));
        if (id <= 0) {
            throw notFound(id);
        }
        return id;
    }

    private static long parse(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int version(JsonValue value) {
        if (value instanceof JsonNumber number && number.isIntegral() && number.longValue() > 0 && number.longValue() <= Integer.MAX_VALUE) {
            return number.intValue();
        }
        throw JsonRequests.bad("invalid-saved-reply", Messages.text(Lang.PL, "console-tools.saved-invalid.version"),
                "version (the one the reply was read at) is required");
    }

    private static ApiException notFound(long id) {
        return ApiException.of(Status.NOT_FOUND_404, "saved-reply-not-found", "Not found",
                Messages.text(Lang.PL, "console-tools.saved-not-found"), "No saved reply " + id + ".");
    }

    private static ApiException stale(SavedReply current) {
        return ApiException.of(Status.CONFLICT_409, "saved-reply-changed", "Changed meanwhile",
                Messages.text(Lang.PL, "console-tools.saved-stale").replace("{who}", current.updatedBy()),
                "The saved reply was changed meanwhile (now version " + current.version() + "); reload it.");
    }

    private static JsonObjectBuilder reply(SavedReply r) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", r.id()).add("title", r.title()).add("text", r.text())
                .add("lang", r.language().code()).add("langLabel", Messages.text(Lang.PL, "console-tools.lang." + r.language().code()))
                .add("version", r.version()).add("updatedBy", r.updatedBy()).add("updatedAt", r.updatedAt().toString());
        return Optional.ofNullable(r.topic()).map(t -> json.add("topic", t)).orElse(json);
    }

    private static JsonObjectBuilder change(SavedReplyChange c) {
        JsonArrayBuilder changed = JSON.createArrayBuilder();
        c.changed().forEach(changed::add);
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", c.id()).add("replyId", c.replyId()).add("action", c.action().wire())
                .add("supervisor", c.supervisor()).add("title", c.title()).add("text", c.text()).add("lang", c.language().code())
                .add("changed", changed).add("at", c.at().toString());
        return Optional.ofNullable(c.topic()).map(t -> json.add("topic", t)).orElse(json);
    }

    private static void send(ServerResponse response, Status status, JsonObject body) {
        response.status(status);
        response.header(HeaderNames.CONTENT_TYPE, "application/json; charset=UTF-8");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.send(body.toString());
    }
}
