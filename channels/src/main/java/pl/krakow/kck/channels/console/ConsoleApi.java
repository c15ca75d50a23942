package pl.krakow.kck.channels.console;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import io.helidon.http.HeaderNames;
import io.helidon.http.SetCookie;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import pl.krakow.kck.bot.handoff.Consultant;
import pl.krakow.kck.bot.handoff.ConsultantAccounts;
import pl.krakow.kck.bot.handoff.HandoffCase;
import pl.krakow.kck.bot.handoff.HandoffContext;
import pl.krakow.kck.bot.handoff.HandoffNote;
import pl.krakow.kck.bot.handoff.HandoffRepository;
import pl.krakow.kck.bot.handoff.HandoffState;
import pl.krakow.kck.bot.handoff.Handoffs;
import pl.krakow.kck.bot.handoff.InfolineHours;
import pl.krakow.kck.bot.handoff.Resolution;
import pl.krakow.kck.bot.handoff.Role;
import pl.krakow.kck.bot.storage.Author;
import pl.krakow.kck.bot.storage.Conversation;
import pl.krakow.kck.bot.storage.StoredMessage;
import pl.krakow.kck.channels.api.ApiException;
import pl.krakow.kck.channels.api.JsonRequests;
import pl.krakow.kck.channels.api.MessageText;
import pl.krakow.kck.channels.api.Problem;
import pl.krakow.kck.channels.server.ClientAddresses;

/**
 * {@code /console/api}: what the consultants' console page calls. Every request needs a session (the
 * HttpOnly, SameSite=Strict cookie {@value #COOKIE}) except signing in; every state-changing request also
 * needs the session's CSRF token in the {@value #CSRF_HEADER} header. Consultants see the queue and the cases
 * they own; supervisors see every case, reassign cases and create accounts.
 */
public final class ConsoleApi implements HttpService {

    public static final String COOKIE = "kck_console";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    static final String COOKIE_PATH = "/console";
    private static final int PREVIEW = 140;
    private static final int RECENTLY_CLOSED = 20;

    private final ConsultantConsole console;
    private final Handoffs handoffs;
    private final HandoffRepository cases;
    private final JsonRequests json;
    private final MessageText texts;
    private final ConsoleAccess access;

    public ConsoleApi(ConsultantConsole console, int maxBodyBytes, int maxTextLength) {
        this.console = console;
        this.handoffs = console.handoffs();
        this.cases = console.handoffs().cases();
        this.json = new JsonRequests(maxBodyBytes);
        this.texts = new MessageText(maxTextLength);
        this.access = new ConsoleAccess(console.sessions());
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/session", this::me)
                .post("/session", this::signIn)
                .delete("/session", this::signOut)
                .get("/events", this::events)
                .get("/queue", this::queue)
                .get("/consultants", this::consultants)
                .get("/resolutions", this::resolutions)
                .post("/accounts", this::createAccount)
                .post("/accounts/{login}/unlock", this::unlock)
                .get("/cases/{id}", this::showCase)
                .get("/cases/{id}/export", this::export)
                .post("/cases/{id}/claim", this::claim)
                .post("/cases/{id}/messages", this::reply)
                .post("/cases/{id}/notes", this::note)
                .post("/cases/{id}/transfer", this::transfer)
                .post("/cases/{id}/close", this::close);
    }

    // --- session -------------------------------------------------------------------------------------------

    private void signIn(ServerRequest request, ServerResponse response) {
        ConsoleAccess.requireSameOrigin(request);
        JsonObject body = json.object(request, false);
        String login = Optional.ofNullable(JsonRequests.string(body, "login")).orElse("").strip();
        String password = Optional.ofNullable(JsonRequests.string(body, "password")).orElse("");
        Consultant consultant = switch (console.signIn().attempt(login, password.toCharArray(), ClientAddresses.client(request))) {
            case SignInGate.SignedIn in -> in.consultant();
            case SignInGate.WrongPassword wrong -> throw ApiException.of(Status.UNAUTHORIZED_401, "sign-in-failed", "Sign-in failed",
                    "Nieprawidłowy login lub hasło.", "Wrong login or password.");
            case SignInGate.Wait wait -> throw ApiException.of(Status.TOO_MANY_REQUESTS_429, "sign-in-locked", "Too many failed sign-ins",
                        "Zbyt wiele nieudanych prób logowania. Spróbuj ponownie za " + Math.max(1, (wait.seconds() + 59) / 60) + " min.",
                        "Too many failed sign-ins " + (wait.byAddress() ? "from this address" : "for this login") + "; retry after "
                                + wait.seconds() + " s.").retryAfter(wait.seconds());
            case SignInGate.Busy busy -> throw ApiException.of(Status.SERVICE_UNAVAILABLE_503, "sign-in-busy", "Sign-in busy",
                    "Logowanie jest chwilowo przeciążone. Spróbuj ponownie za kilka sekund.",
                    "Too many sign-ins at once; retry in a few seconds.").retryAfter(5);
        };
        ConsoleSession session = console.sessions().create(consultant);
        response.headers().addCookie(SetCookie.builder(COOKIE, session.token())
                .path(COOKIE_PATH)
                .httpOnly(true)
                .sameSite(SetCookie.SameSite.STRICT)
                .secure(console.settings().secureCookie() || ClientAddresses.overTls(request))
                // no Max-Age: the cookie ends with the browser; the session itself after 30 minutes idle or 12 hours
                .build());
        send(response, Status.OK_200, sessionJson(session).build());
    }

    private void me(ServerRequest request, ServerResponse response) {
        send(response, Status.OK_200, sessionJson(session(request)).build());
    }

    private void signOut(ServerRequest request, ServerResponse response) {
        ConsoleSession session = writer(request);
        console.sessions().end(session.token());
        response.headers().clearCookie(SetCookie.builder(COOKIE, "").path(COOKIE_PATH).httpOnly(true)
                .sameSite(SetCookie.SameSite.STRICT).secure(console.settings().secureCookie() || ClientAddresses.overTls(request)).build());
        response.status(Status.NO_CONTENT_204).send();
    }

    private JsonObjectBuilder sessionJson(ConsoleSession session) {
        InfolineHours hours = handoffs.hours();
        var now = console.clock().instant();
        return JSON.createObjectBuilder()
                .add("login", session.login())
                .add("name", session.consultant().displayName())
                .add("role", session.consultant().role().wire())
                .add("roleLabel", session.consultant().role().label())
                .add("csrfToken", session.csrfToken())
                .add("infoline", JSON.createObjectBuilder()
                        .add("open", hours.isOpen(now))
                        .add("hours", hours.hoursText())
                        .add("opens", hours.whenOpens(now)));
    }

    private void events(ServerRequest request, ServerResponse response) {
        console.stream().serve(session(request), response);
    }

    // --- lists -----------------------------------------------------------------------------------------------

    private void queue(ServerRequest request, ServerResponse response) {
        ConsoleSession session = session(request);
        Map<String, Consultant> consultants = consultants();
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("queued", summaries(cases.queued(), consultants))
                .add("mine", summaries(cases.ownedBy(session.login()), consultants));
        if (session.isSupervisor()) {
            body.add("others", summaries(cases.withConsultants().stream().filter(c -> !session.login().equals(c.consultant())).toList(),
                    consultants));
            body.add("closed", summaries(cases.recentlyClosed(RECENTLY_CLOSED), consultants));
        }
        send(response, Status.OK_200, body.build());
    }

    private JsonArrayBuilder summaries(List<HandoffCase> list, Map<String, Consultant> consultants) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (HandoffCase handoff : list) {
            JsonObjectBuilder summary = ConsoleJson.handoff(handoff, cases.position(handoff), consultants);
            console.conversations().find(handoff.conversationId()).ifPresent(c -> summary.add("channel", c.channel()));
            console.conversations().lastBy(handoff.conversationId(), Author.RESIDENT)
                    .ifPresent(m -> summary.add("preview", preview(m.body())));
            array.add(summary);
        }
        return array;
    }

    private void consultants(ServerRequest request, ServerResponse response) {
        session(request);
        Set<String> online = console.sessions().signedIn();
        JsonArrayBuilder array = JSON.createArrayBuilder();
        console.accounts().all().stream().filter(Consultant::active)
                .forEach(c -> array.add(ConsoleJson.consultant(c, online.contains(c.login()))));
        send(response, Status.OK_200, JSON.createObjectBuilder().add("consultants", array).build());
    }

    private void resolutions(ServerRequest request, ServerResponse response) {
        session(request);
        JsonArrayBuilder array = JSON.createArrayBuilder();
        Resolution.selectable().forEach(r -> array.add(JSON.createObjectBuilder().add("code", r.wire()).add("label", r.label())));
        send(response, Status.OK_200, JSON.createObjectBuilder().add("resolutions", array).build());
    }

    private void createAccount(ServerRequest request, ServerResponse response) {
        ConsoleSession session = writer(request);
        requireSupervisor(session);
        JsonObject body = json.object(request, false);
        String login = Optional.ofNullable(JsonRequests.string(body, "login")).orElse("").strip();
        String name = Optional.ofNullable(JsonRequests.string(body, "name")).orElse("").strip();
        Role role = Role.fromWire(Optional.ofNullable(JsonRequests.string(body, "role")).orElse("consultant"))
                .orElseThrow(() -> JsonRequests.bad("invalid-role", "Rola to „consultant”, „supervisor” albo „editor”.", "Unknown role."));
        String password = Optional.ofNullable(JsonRequests.string(body, "password")).orElse("");
        boolean created;
        try {
            created = console.accounts().create(login, name, role, password.toCharArray());
        } catch (IllegalArgumentException e) {
            throw JsonRequests.bad("invalid-account", "Login: 2–64 znaki (małe litery, cyfry, kropka, myślnik, podkreślnik); "
                    + "nazwa: 1–100 znaków; hasło: co najmniej " + ConsultantAccounts.MIN_PASSWORD_LENGTH + " znaków.", e.getMessage());
        }
        if (!created) {
            throw ApiException.of(Status.CONFLICT_409, "account-exists", "Account exists",
                    "Konto o loginie „" + login + "” już istnieje.", "An account with this login exists.");
        }
        Consultant consultant = console.accounts().find(login).orElseThrow();
        send(response, Status.CREATED_201, ConsoleJson.consultant(consultant, false).build());
    }

    /** A supervisor lets a login that failed too often try again at once, from every address. */
    private void unlock(ServerRequest request, ServerResponse response) {
        requireSupervisor(writer(request));
        console.signIn().unlock(request.path().pathParameters().get("login"));
        response.status(Status.NO_CONTENT_204).send();
    }

    // --- one case --------------------------------------------------------------------------------------------

    private void showCase(ServerRequest request, ServerResponse response) {
        ConsoleSession session = session(request);
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
        boolean owner = handoff.isOwnedBy(session.login());
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("case", ConsoleJson.handoff(handoff, cases.position(handoff), consultants))
                .add("conversation", JSON.createObjectBuilder().add("id", conversation.id()).add("channel", conversation.channel())
                        .add("createdAt", conversation.createdAt().toString()))
                .add("messages", messages)
                .add("articles", articles)
                .add("notes", notes)
                .add("can", JSON.createObjectBuilder()
                        .add("claim", handoff.state() == HandoffState.QUEUED)
                        .add("reply", owner)
                        .add("transfer", owner || session.isSupervisor() && handoff.state() == HandoffState.CONSULTANT)
                        .add("close", owner || session.isSupervisor() && handoff.state() == HandoffState.CONSULTANT)
                        .add("note", true));
        JsonValue draft = ConsoleJson.parse(context.reportDraft());
        if (draft != null) {
            body.add("reportDraft", draft);
        }
        send(response, Status.OK_200, body.build());
    }

    private void export(ServerRequest request, ServerResponse response) {
        ConsoleSession session = session(request);
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
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        if (format.equals("text") || format.equals("txt")) {
            response.header(HeaderNames.CONTENT_TYPE, "text/plain; charset=UTF-8");
            response.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"rozmowa-" + handoff.id() + ".txt\"");
            response.send(console.export().text(handoff, conversation, transcript, notes).getBytes(StandardCharsets.UTF_8));
        } else if (format.equals("json")) {
            response.header(HeaderNames.CONTENT_TYPE, "application/json; charset=UTF-8");
            response.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"rozmowa-" + handoff.id() + ".json\"");
            response.send(console.export().json(handoff, conversation, transcript, notes).toString());
        } else {
            throw JsonRequests.bad("invalid-format", "Format eksportu to „json” albo „text”.", "format must be json or text");
        }
    }

    private void claim(ServerRequest request, ServerResponse response) {
        ConsoleSession session = writer(request);
        HandoffCase handoff = viewable(request, session);
        if (!handoffs.accepted(handoff.id(), session.login(), session.consultant().displayName())) {
            throw conflict("case-taken", "Tę rozmowę przejął już ktoś inny albo została zamknięta.", "The case is no longer queued.");
        }
        sendCase(response, Status.OK_200, handoff.id());
    }

    private void reply(ServerRequest request, ServerResponse response) {
        ConsoleSession session = writer(request);
        HandoffCase handoff = viewable(request, session);
        String text = texts.check(JsonRequests.string(json.object(request, false), "text"));
        StoredMessage message = handoffs.consultantWrote(handoff.id(), session.login(), text)
                .orElseThrow(() -> conflict("not-owner", "Odpowiadać może tylko konsultant, który prowadzi tę rozmowę.",
                        "Only the consultant who owns the case may reply."));
        send(response, Status.CREATED_201, ConsoleJson.message(message).build());
    }

    private void note(ServerRequest request, ServerResponse response) {
        ConsoleSession session = writer(request);
        HandoffCase handoff = viewable(request, session);
        String text = texts.check(JsonRequests.string(json.object(request, false), "text"));
        HandoffNote note = cases.addNote(handoff.id(), session.login(), text);
        handoffs.caseEvents().publish(handoff);
        send(response, Status.CREATED_201, ConsoleJson.note(note, consultants()).build());
    }

    private void transfer(ServerRequest request, ServerResponse response) {
        ConsoleSession session = writer(request);
        HandoffCase handoff = viewable(request, session);
        String to = Optional.ofNullable(JsonRequests.string(json.object(request, false), "to")).orElse("").strip();
        Consultant target = console.accounts().find(to).filter(Consultant::active)
                .orElseThrow(() -> ApiException.of(Status.NOT_FOUND_404, "consultant-not-found", "No such consultant",
                        "Nie ma aktywnego konsultanta „" + to + "”.", "No active consultant with this login."));
        String from = session.isSupervisor() && handoff.state() == HandoffState.CONSULTANT ? handoff.consultant() : session.login();
        if (!handoff.isOwnedBy(from) || !handoffs.transferred(handoff.id(), from, target.login(), target.displayName())) {
            throw conflict("not-owner", "Przekazać rozmowę może konsultant, który ją prowadzi (albo koordynator), innej osobie.",
                    "Only the owner (or a supervisor) may transfer the case, to someone else.");
        }
        cases.addNote(handoff.id(), session.login(), "Przekazano rozmowę: " + from + " → " + target.login() + ".");
        sendCase(response, Status.OK_200, handoff.id());
    }

    private void close(ServerRequest request, ServerResponse response) {
        ConsoleSession session = writer(request);
        HandoffCase handoff = viewable(request, session);
        String code = Optional.ofNullable(JsonRequests.string(json.object(request, false), "resolution")).orElse("");
        Resolution resolution = Resolution.fromWire(code).filter(Resolution::isSelectable)
                .orElseThrow(() -> JsonRequests.bad("invalid-resolution", "Wybierz sposób zakończenia sprawy z listy.",
                        "Unknown resolution code '" + code + "'."));
        String by = session.isSupervisor() && handoff.state() == HandoffState.CONSULTANT ? handoff.consultant() : session.login();
        if (!handoffs.completed(handoff.id(), by, resolution)) {
            throw conflict("not-owner", "Zakończyć rozmowę może konsultant, który ją prowadzi (albo koordynator).",
                    "Only the owner (or a supervisor) may close the case.");
        }
        sendCase(response, Status.OK_200, handoff.id());
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private ConsoleSession session(ServerRequest request) {
        return access.session(request);
    }

    private ConsoleSession writer(ServerRequest request) {
        return access.writer(request);
    }

    private static void requireSupervisor(ConsoleSession session) {
        ConsoleAccess.requireSupervisor(session);
    }

    /** The case in the path, if this consultant may see it: queued cases, their own, or (supervisors) any. */
    private HandoffCase viewable(ServerRequest request, ConsoleSession session) {
        String raw = request.path().pathParameters().get("id");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw notFound(raw);
        }
        HandoffCase handoff = cases.find(id).orElseThrow(() -> notFound(raw));
        if (!session.isSupervisor() && handoff.state() != HandoffState.QUEUED && !session.login().equals(handoff.consultant())) {
            throw ApiException.of(Status.FORBIDDEN_403, "console-forbidden", "Forbidden",
                    "Tę rozmowę prowadzi inny konsultant.", "The case belongs to another consultant.");
        }
        return handoff;
    }

    private Map<String, Consultant> consultants() {
        return console.accounts().all().stream().collect(Collectors.toMap(Consultant::login, Function.identity()));
    }

    private void sendCase(ServerResponse response, Status status, long id) {
        HandoffCase handoff = cases.find(id).orElseThrow();
        send(response, status, JSON.createObjectBuilder()
                .add("case", ConsoleJson.handoff(handoff, cases.position(handoff), consultants())).build());
    }

    private static String preview(String text) {
        return text.codePointCount(0, text.length()) <= PREVIEW ? text : text.substring(0, text.offsetByCodePoints(0, PREVIEW)) + "…";
    }

    private static ApiException notFound(String id) {
        return ApiException.of(Status.NOT_FOUND_404, "case-not-found", "Case not found", "Nie ma takiej sprawy.",
                "No handoff case with id '" + id + "'.");
    }

    private static ApiException conflict(String type, String detailPl, String detailEn) {
        return ApiException.of(Status.CONFLICT_409, type, "Conflict", detailPl, detailEn);
    }

    private static void send(ServerResponse response, Status status, JsonObject body) {
        response.status(status);
        response.header(HeaderNames.CONTENT_TYPE, "application/json; charset=UTF-8");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.send(body.toString());
    }
}
