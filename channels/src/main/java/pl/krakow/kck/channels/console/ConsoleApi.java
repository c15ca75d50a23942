package pl.krakow.kck.channels.console;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.util.Optional;
import java.util.Set;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import io.helidon.http.SetCookie;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import pl.krakow.kck.bot.handoff.Consultant;
import pl.krakow.kck.bot.handoff.ConsultantAccounts;
import pl.krakow.kck.bot.handoff.InfolineHours;
import pl.krakow.kck.bot.handoff.Resolution;
import pl.krakow.kck.bot.handoff.Role;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.channels.api.ApiException;
import pl.krakow.kck.channels.api.JsonRequests;
import pl.krakow.kck.channels.api.MessageText;
import pl.krakow.kck.channels.server.ClientAddresses;

/**
 * {@code /console/api}: what the consultants' console page calls. Every request needs a session (the
 * HttpOnly, SameSite=Strict cookie {@value #COOKIE}) except signing in; every state-changing request also
 * needs the session's CSRF token in the {@value #CSRF_HEADER} header. Consultants see the queue and the cases
 * they own; supervisors see every case, reassign cases and create accounts. Here: the session and the
 * accounts; the cases are {@link CaseViews} (what is shown) and {@link CaseActions} (what is done).
 */
public final class ConsoleApi implements HttpService {

    public static final String COOKIE = "kck_console";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    static final String COOKIE_PATH = "/console";

    private final ConsultantConsole console;
    private final JsonRequests json;
    private final ConsoleAccess access;
    private final CaseViews views;
    private final CaseActions actions;

    public ConsoleApi(ConsultantConsole console, int maxBodyBytes, int maxTextLength) {
        this.console = console;
        this.json = new JsonRequests(maxBodyBytes);
        this.access = new ConsoleAccess(console.sessions());
        this.views = new CaseViews(console, access);
        this.actions = new CaseActions(console, views, access, json, new MessageText(maxTextLength));
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/session", this::me)
                .post("/session", this::signIn)
                .delete("/session", this::signOut)
                .get("/events", this::events)
                .get("/queue", views::queue)
                .get("/consultants", this::consultants)
                .get("/resolutions", this::resolutions)
                .post("/accounts", this::createAccount)
                .post("/accounts/{login}/unlock", this::unlock)
                .get("/cases/{id}", views::show)
                .get("/cases/{id}/export", views::export)
                .post("/cases/{id}/claim", actions::claim)
                .post("/cases/{id}/messages", actions::reply)
                .post("/cases/{id}/notes", actions::note)
                .post("/cases/{id}/transfer", actions::transfer)
                .post("/cases/{id}/close", actions::close);
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
                    Messages.text(Lang.PL, "console.sign-in-failed"), "Wrong login or password.");
            case SignInGate.Wait wait -> throw ApiException.of(Status.TOO_MANY_REQUESTS_429, "sign-in-locked", "Too many failed sign-ins",
                        Messages.text(Lang.PL, "console.sign-in-locked", Math.max(1, (wait.seconds() + 59) / 60)),
                        "Too many failed sign-ins " + (wait.byAddress() ? "from this address" : "for this login") + "; retry after "
                                + wait.seconds() + " s.").retryAfter(wait.seconds());
            case SignInGate.Busy busy -> throw ApiException.of(Status.SERVICE_UNAVAILABLE_503, "sign-in-busy", "Sign-in busy",
                    Messages.text(Lang.PL, "console.sign-in-busy"), "Too many sign-ins at once; retry in a few seconds.").retryAfter(5);
        };
        ConsoleSession session = console.sessions().create(consultant);
        response.headers().addCookie(SetCookie.builder(COOKIE, session.token())
                .path(COOKIE_PATH)
                .httpOnly(true)
                .sameSite(SetCookie.SameSite.STRICT)
                .secure(console.settings().secureCookie() || ClientAddresses.overTls(request))
                // no Max-Age: the cookie ends with the browser; the session itself after 30 minutes idle or 12 hours
                .build());
        ConsoleJson.send(response, Status.OK_200, sessionJson(session).build());
    }

    private void me(ServerRequest request, ServerResponse response) {
        ConsoleJson.send(response, Status.OK_200, sessionJson(access.session(request)).build());
    }

    private void signOut(ServerRequest request, ServerResponse response) {
        ConsoleSession session = access.writer(request);
        console.sessions().end(session.token());
        response.headers().clearCookie(SetCookie.builder(COOKIE, "").path(COOKIE_PATH).httpOnly(true)
                .sameSite(SetCookie.SameSite.STRICT).secure(console.settings().secureCookie() || ClientAddresses.overTls(request)).build());
        response.status(Status.NO_CONTENT_204).send();
    }

    private JsonObjectBuilder sessionJson(ConsoleSession session) {
        InfolineHours hours = console.handoffs().hours();
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
        console.stream().serve(access.session(request), response);
    }

    // --- accounts --------------------------------------------------------------------------------------------

    private void consultants(ServerRequest request, ServerResponse response) {
        access.session(request);
        Set<String> online = console.sessions().signedIn();
        JsonArrayBuilder array = JSON.createArrayBuilder();
        console.accounts().all().stream().filter(Consultant::active)
                .forEach(c -> array.add(ConsoleJson.consultant(c, online.contains(c.login()))));
        ConsoleJson.send(response, Status.OK_200, JSON.createObjectBuilder().add("consultants", array).build());
    }

    private void resolutions(ServerRequest request, ServerResponse response) {
        access.session(request);
        JsonArrayBuilder array = JSON.createArrayBuilder();
        Resolution.selectable().forEach(r -> array.add(JSON.createObjectBuilder().add("code", r.wire()).add("label", r.label())));
        ConsoleJson.send(response, Status.OK_200, JSON.createObjectBuilder().add("resolutions", array).build());
    }

    private void createAccount(ServerRequest request, ServerResponse response) {
        ConsoleAccess.requireSupervisor(access.writer(request));
        JsonObject body = json.object(request, false);
        String login = Optional.ofNullable(JsonRequests.string(body, "login")).orElse("").strip();
        String name = Optional.ofNullable(JsonRequests.string(body, "name")).orElse("").strip();
        Role role = Role.fromWire(Optional.ofNullable(JsonRequests.string(body, "role")).orElse("consultant"))
                .orElseThrow(() -> JsonRequests.bad("invalid-role", Messages.text(Lang.PL, "console.invalid-role"), "Unknown role."));
        String password = Optional.ofNullable(JsonRequests.string(body, "password")).orElse("");
        boolean created;
        try {
            created = console.accounts().create(login, name, role, password.toCharArray());
        } catch (IllegalArgumentException e) {
            throw JsonRequests.bad("invalid-account",
                    Messages.text(Lang.PL, "console.invalid-account", ConsultantAccounts.MIN_PASSWORD_LENGTH), e.getMessage());
        }
        if (!created) {
            throw ApiException.of(Status.CONFLICT_409, "account-exists", "Account exists",
                    Messages.text(Lang.PL, "console.account-exists", login), "An account with this login exists.");
        }
        Consultant consultant = console.accounts().find(login).orElseThrow();
        ConsoleJson.send(response, Status.CREATED_201, ConsoleJson.consultant(consultant, false).build());
    }

    /** A supervisor lets a login that failed too often try again at once, from every address. */
    private void unlock(ServerRequest request, ServerResponse response) {
        ConsoleAccess.requireSupervisor(access.writer(request));
        console.signIn().unlock(request.path().pathParameters().get("login"));
        response.status(Status.NO_CONTENT_204).send();
    }
}
