package pl.krakow.kck.channels.console;

import java.util.Optional;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.channels.api.ApiException;

/**
 * Who is calling the console API: the session behind the cookie, a session allowed to change something
 * (its CSRF token came with the request), a supervisor. Shared by every console route.
 */
public final class ConsoleAccess {

    private final ConsoleSessions sessions;

    public ConsoleAccess(ConsoleSessions sessions) {
        this.sessions = sessions;
    }

    public ConsoleSession session(ServerRequest request) {
        String token = request.headers().cookies().first(ConsoleApi.COOKIE).orElse(null);
        return sessions.find(token).orElseThrow(() -> ApiException.of(Status.UNAUTHORIZED_401, "console-unauthenticated",
                "Not signed in", Messages.text(Lang.PL, "console.not-signed-in"), "No valid console session."));
    }

    /** A session allowed to change something: the CSRF token of the session must come with the request. */
    public ConsoleSession writer(ServerRequest request) {
        requireSameOrigin(request);
        ConsoleSession session = session(request);
        String sent = request.headers().first(HeaderNames.create(ConsoleApi.CSRF_HEADER)).orElse(null);
        if (!ConsoleSessions.csrfMatches(session, sent)) {
            throw ApiException.of(Status.FORBIDDEN_403, "csrf-invalid", "CSRF token missing or wrong",
                    Messages.text(Lang.PL, "console.csrf-invalid"),
                    "The X-CSRF-Token header is missing or does not match the session.");
        }
        return session;
    }

    /**
     * A browser names the page that sent a state-changing request in {@code Origin}; one from another site is
     * refused even before the CSRF token is looked at. Compared by host and port (behind a TLS-terminating
     * proxy the scheme differs). No Origin (a tool such as curl) is left to the CSRF token.
     */
    public static void requireSameOrigin(ServerRequest request) {
        Optional<String> origin = request.headers().first(HeaderNames.ORIGIN);
        if (origin.isEmpty()) {
            return;
        }
        String host = request.headers().first(HeaderNames.HOST).orElse("");
        String sent = origin.get().replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
        if (!sent.equalsIgnoreCase(host) && !sent.equalsIgnoreCase(withoutDefaultPort(host)) && !withoutDefaultPort(sent).equalsIgnoreCase(host)) {
            throw ApiException.of(Status.FORBIDDEN_403, "origin-invalid", "Cross-site request refused",
                    Messages.text(Lang.PL, "api-errors.origin-invalid"), "The Origin header names another site than this console.");
        }
    }

    private static String withoutDefaultPort(String authority) {
        return authority.replaceFirst(":(80|443)$", "");
    }

    public static void requireSupervisor(ConsoleSession session) {
        if (!session.isSupervisor()) {
            throw ApiException.of(Status.FORBIDDEN_403, "console-forbidden", "Forbidden",
                    Messages.text(Lang.PL, "console.supervisor-only"), "This needs the supervisor role.");
        }
    }
}
