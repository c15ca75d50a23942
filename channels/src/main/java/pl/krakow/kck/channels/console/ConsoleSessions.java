package pl.krakow.kck.channels.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javax.sql.DataSource;

import pl.krakow.kck.bot.handoff.Consultant;
import pl.krakow.kck.bot.storage.Jdbc;

/**
 * Console sessions in the database (table {@code console_session}), so that every node behind the load
 * balancer knows them: a random 256-bit token per sign-in, stored only as its SHA-256, ended by sign-out,
 * after {@code idle} without a request or {@code max} after sign-in, or when the account is deactivated.
 * The last request's time is written at most every {@link #TOUCH_EVERY}, not on every request.
 */
public final class ConsoleSessions {

    static final Duration TOUCH_EVERY = Duration.ofSeconds(15);

    private final Jdbc jdbc;
    private final Function<String, Optional<Consultant>> accounts;
    private final Duration idle;
    private final Duration max;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private record Session(String csrfToken, String login, Instant signedInAt, Instant lastSeen) {
    }

    /** @param accounts the account behind a login, read at every request (a deactivated one has no session) */
    public ConsoleSessions(DataSource dataSource, Function<String, Optional<Consultant>> accounts, Duration idle, Duration max,
                           Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.accounts = accounts;
        this.idle = idle;
        this.max = max;
        this.clock = clock;
    }

    public ConsoleSession create(Consultant consultant) {
        Instant now = now();
        ConsoleSession session = new ConsoleSession(token(), token(), consultant, now);
        jdbc.connection("cannot store a console session", c -> {
            Jdbc.execute(c, "DELETE FROM console_session WHERE last_seen_at < ? OR signed_in_at < ?", now.minus(idle), now.minus(max));
            return Jdbc.execute(c, "INSERT INTO console_session (token_hash, csrf_token, login, signed_in_at, last_seen_at) "
                    + "VALUES (?, ?, ?, ?, ?)", hash(session.token()), session.csrfToken(), consultant.login(), now, now);
        });
        return session;
    }

    /** The live session for a cookie value, refreshed; empty when unknown, expired or the account is inactive. */
    public Optional<ConsoleSession> find(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        Instant now = now();
        Optional<Session> row = row(token).filter(r -> !expired(r, now));
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Optional<Consultant> consultant = accounts.apply(row.get().login()).filter(Consultant::active);
        if (consultant.isEmpty()) {
            end(token);
            return Optional.empty();
        }
        if (row.get().lastSeen().plus(TOUCH_EVERY).isBefore(now)) {
            touch(token, now);
        }
        return Optional.of(new ConsoleSession(token, row.get().csrfToken(), consultant.get(), row.get().signedInAt()));
    }

    /** Whether a session is still live, without refreshing it (for long-lived event streams). */
    public boolean isLive(String token) {
        Instant now = now();
        return row(token).filter(r -> !expired(r, now)).isPresent();
    }

    public void end(String token) {
        if (token == null) {
            return;
        }
        jdbc.update("cannot end a console session", "DELETE FROM console_session WHERE token_hash = ?", hash(token));
    }

    /** Logins with a live session, on any node. */
    public Set<String> signedIn() {
        Instant now = now();
        return new HashSet<>(jdbc.list("cannot read the console sessions", "SELECT DISTINCT login FROM console_session "
                + "WHERE last_seen_at >= ? AND signed_in_at >= ?", row -> row.string("login"), now.minus(idle), now.minus(max)));
    }

    /** Constant-time comparison of the CSRF token sent with a request. */
    public static boolean csrfMatches(ConsoleSession session, String sent) {
        return sent != null && MessageDigest.isEqual(session.csrfToken().getBytes(StandardCharsets.US_ASCII),
                sent.getBytes(StandardCharsets.US_ASCII));
    }

    public Duration max() {
        return max;
    }

    private Optional<Session> row(String token) {
        return jdbc.first("cannot read a console session", "SELECT csrf_token, login, signed_in_at, last_seen_at FROM console_session "
                + "WHERE token_hash = ?", row -> new Session(row.string("csrf_token"), row.string("login"),
                row.time("signed_in_at").toInstant(), row.time("last_seen_at").toInstant()), hash(token));
    }

    private void touch(String token, Instant now) {
        jdbc.update("cannot refresh a console session", "UPDATE console_session SET last_seen_at = ? WHERE token_hash = ?", now,
                hash(token));
    }

    private boolean expired(Session row, Instant now) {
        return now.isAfter(row.lastSeen().plus(idle)) || now.isAfter(row.signedInAt().plus(max));
    }

    private Instant now() {
        return Jdbc.now(clock).toInstant();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
