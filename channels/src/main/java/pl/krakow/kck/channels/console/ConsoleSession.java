package pl.krakow.kck.channels.console;

import java.time.Instant;

import pl.krakow.kck.bot.handoff.Consultant;

/**
 * A signed-in consultant. {@code token} is the HttpOnly cookie's value; {@code csrfToken} is handed to the
 * page and must come back in the X-CSRF-Token header of every state-changing request.
 */
public record ConsoleSession(String token, String csrfToken, Consultant consultant, Instant signedInAt) {

    public String login() {
        return consultant.login();
    }

    public boolean isSupervisor() {
        return consultant.isSupervisor();
    }
}
