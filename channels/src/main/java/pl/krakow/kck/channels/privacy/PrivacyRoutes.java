package pl.krakow.kck.channels.privacy;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import pl.krakow.kck.bot.privacy.PrivacyDesk;
import pl.krakow.kck.bot.privacy.PrivacyLog;
import pl.krakow.kck.bot.privacy.Subject;
import pl.krakow.kck.bot.privacy.SubjectKey;
import pl.krakow.kck.channels.api.JsonRequests;
import pl.krakow.kck.channels.console.ConsoleAccess;
import pl.krakow.kck.channels.console.ConsoleSession;

/**
 * {@code /console/api/privacy}: a supervisor finds, exports and erases a resident's data. Every call names
 * the resident by one key ({@code by} and {@code value}) and gives a reason; the privacy record keeps who,
 * when and why. Erasing needs the session's CSRF token like every other change.
 */
public final class PrivacyRoutes implements HttpService {

    private final PrivacyDesk desk;
    private final ConsoleAccess access;
    private final JsonRequests json;

    public PrivacyRoutes(PrivacyDesk desk, ConsoleAccess access, int maxBodyBytes) {
        this.desk = desk;
        this.access = access;
        this.json = new JsonRequests(maxBodyBytes);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/subject", this::find)
                .get("/export", this::export)
                .post("/erase", this::erase)
                .get("/log", this::log);
    }

    private void find(ServerRequest request, ServerResponse response) {
        ConsoleSession session = supervisor(request, false);
        Subject subject = desk.find(key(request.query().first("by").orElse(""), request.query().first("value").orElse("")),
                session.login(), reason(request.query().first("reason").orElse("")));
        send(response, subjectJson(subject));
    }

    private void export(ServerRequest request, ServerResponse response) {
        ConsoleSession session = supervisor(request, false);
        String format = request.query().first("format").orElse("json");
        if (!format.equals("json") && !format.equals("text")) {
            throw JsonRequests.bad("invalid-format", "Format eksportu to „json” albo „text”.", "format must be json or text");
        }
        PrivacyDesk.Export export = desk.export(key(request.query().first("by").orElse(""), request.query().first("value").orElse("")),
                session.login(), reason(request.query().first("reason").orElse("")));
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        if (format.equals("text")) {
            response.header(HeaderNames.CONTENT_TYPE, "text/plain; charset=UTF-8");
            response.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"dane-mieszkanca.txt\"");
            response.send(export.text().getBytes(StandardCharsets.UTF_8));
        } else {
            response.header(HeaderNames.CONTENT_TYPE, "application/json; charset=UTF-8");
            response.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"dane-mieszkanca.json\"");
            response.send(export.json().toString());
        }
    }

    private void erase(ServerRequest request, ServerResponse response) {
        ConsoleSession session = supervisor(request, true);
        JsonObject body = json.object(request, false);
        SubjectKey key = key(Optional.ofNullable(JsonRequests.string(body, "by")).orElse(""),
                Optional.ofNullable(JsonRequests.string(body, "value")).orElse(""));
        Subject erased = desk.erase(key, session.login(), reason(Optional.ofNullable(JsonRequests.string(body, "reason")).orElse("")));
        send(response, JSON.createObjectBuilder().add("erased", subjectJson(erased)).build());
    }

    private void log(ServerRequest request, ServerResponse response) {
        supervisor(request, false);
        JsonArrayBuilder entries = JSON.createArrayBuilder();
        for (PrivacyLog.Entry e : desk.log().recent(100)) {
            entries.add(JSON.createObjectBuilder().add("action", e.action()).add("actor", e.actor()).add("reason", e.reason())
                    .add("subject_kind", e.subjectKind() == null ? "" : e.subjectKind()).add("affected", e.affected())
                    .add("at", e.at().toString()));
        }
        send(response, JSON.createObjectBuilder().add("entries", entries).build());
    }

    private ConsoleSession supervisor(ServerRequest request, boolean writes) {
        ConsoleSession session = writes ? access.writer(request) : access.session(request);
        ConsoleAccess.requireSupervisor(session);
        return session;
    }

    private static SubjectKey key(String by, String value) {
        SubjectKey.By kind = SubjectKey.By.fromWire(by).orElseThrow(() -> JsonRequests.bad("invalid-subject",
                "Wybierz, po czym szukać: rozmowa, Telegram, e-mail, telefon albo numer zgłoszenia.",
                "by must be conversation, telegram, email, phone or report"));
        try {
            return SubjectKey.of(kind, value);
        } catch (IllegalArgumentException e) {
            throw JsonRequests.bad("invalid-subject", "Ta wartość nie pasuje do wybranego rodzaju (" + kind.wire() + ").",
                    "value: " + e.getMessage());
        }
    }

    private static String reason(String reason) {
        if (reason.isBlank()) {
            throw JsonRequests.bad("reason-required", "Podaj powód, np. wniosek mieszkańca z datą.", "a reason is required");
        }
        return reason.length() > 500 ? reason.substring(0, 500) : reason;
    }

    private static JsonObject subjectJson(Subject subject) {
        JsonArrayBuilder conversations = JSON.createArrayBuilder();
        subject.conversations().stream().sorted().forEach(conversations::add);
        JsonArrayBuilder reports = JSON.createArrayBuilder();
        subject.reports().stream().sorted().forEach(reports::add);
        JsonArrayBuilder cases = JSON.createArrayBuilder();
        subject.cases().stream().sorted().forEach(cases::add);
        JsonArrayBuilder chats = JSON.createArrayBuilder();
        subject.telegramChats().stream().sorted().forEach(chats::add);
        return JSON.createObjectBuilder().add("summary", subject.summary()).add("conversations", conversations)
                .add("reports", reports).add("supports", subject.supports().size()).add("cases", cases)
                .add("telegram_chats", chats).build();
    }

    private static void send(ServerResponse response, JsonObject body) {
        response.status(Status.OK_200);
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.header(HeaderNames.CONTENT_TYPE, "application/json; charset=UTF-8");
        response.send(body.toString());
    }
}
