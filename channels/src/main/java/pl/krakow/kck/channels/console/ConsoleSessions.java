package pl.krakow.kck.channels.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javax.sql.DataSource;

import pl.krakow.kck.bot.handoff.Consultant;
import pl.krakow.kck.bot.storage.StorageException;

/**
 * Console sessions in the database (table {@code console_session}), so that every node behind the load
 * balancer knows them: a random 256-bit token per sign-in, stored only as its SHA-256, ended by sign-out,
 * after {@code idle} without a request or {@code max} after sign-in, or when the account is deactivated.
 * The last request's time is written at most every {@link #TOUCH_EVERY}, not on every request.
 */
public final class ConsoleSessions {

    static final Duration TOUCH_EVERY = Duration.ofSeconds(15);

    private final DataSource dataSource;
    private final Function<String, Optional<Consultant>> accounts;
    private final Duration idle;
    private final Duration max;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private record Row(String csrfToken, String login, Instant signedInAt, Instant lastSeen) {
    }

    /** @param accounts the account behind a login, read at every request (a deactivated one has no session) */
    public ConsoleSessions(DataSource dataSource, Function<String, Optional<Consultant>> accounts, Duration idle, Duration max,
                           Clock clock) {
        this.dataSource = dataSource;
        this.accounts = accounts;
        this.idle = idle;
        this.max = max;
        this.clock = clock;
    }

    public ConsoleSession create(Consultant consultant) {
        Instant now = now();
        ConsoleSession session = new ConsoleSession(token(), token(), consultant, now);
        try (Connection c = dataSource.getConnection();
             PreparedStatement purge = c.prepareStatement("DELETE FROM console_session WHERE last_seen_at < ? OR signed_in_at < ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO console_session (token_hash, csrf_token, login, "
                     + "signed_in_at, last_seen_at) VALUES (?, ?, ?, ?, ?)")) {
            purge.setObject(1, at(now.minus(idle)));
            purge.setObject(2, at(now.minus(max)));
            purge.executeUpdate();
            insert.setString(1, hash(session.token()));
            insert.setString(2, session.csrfToken());
            insert.setString(3, consultant.login());
            insert.setObject(4, at(now));
            insert.setObject(5, at(now));
            insert.executeUpdate();
            return session;
        } catch (SQLException e) {
            throw new StorageException("cannot store a console session", e);
        }
    }

    /** The live session for a cookie value, refreshed; empty when unknown, expired or the account is inactive. */
    public Optional<ConsoleSession> find(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        Instant now = now();
        Optional<Row> row = row(token).filter(r -> !expired(r, now));
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
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM console_session WHERE token_hash = ?")) {
            delete.setString(1, hash(token));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("cannot end a console session", e);
        }
    }

    /** Logins with a live session, on any node. */
    public Set<String> signedIn() {
        Instant now = now();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT DISTINCT login FROM console_session WHERE last_seen_at >= ? AND signed_in_at >= ?")) {
            select.setObject(1, at(now.minus(idle)));
            select.setObject(2, at(now.minus(max)));
            Set<String> logins = new HashSet<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    logins.add(rows.getString(1));
                }
            }
            return logins;
        } catch (SQLException e) {
            throw new StorageException("cannot read the console sessions", e);
        }
    }

    /** Constant-time comparison of the CSRF token sent with a request. */
    public static boolean csrfMatches(ConsoleSession session, String sent) {
        return sent != null && MessageDigest.isEqual(session.csrfToken().getBytes(StandardCharsets.US_ASCII),
                sent.getBytes(StandardCharsets.US_ASCII));
    }

    public Duration max() {
        return max;
    }

    private Optional<Row> row(String token) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT csrf_token, login, signed_in_at, last_seen_at FROM console_session WHERE token_hash = ?")) {
            select.setString(1, hash(token));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Row(row.getString(1), row.getString(2),
                        row.getObject(3, OffsetDateTime.class).toInstant(), row.getObject(4, OffsetDateTime.class).toInstant()))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read a console session", e);
        }
    }

    private void touch(String token, Instant now) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE console_session SET last_seen_at = ? WHERE token_hash = ?")) {
            update.setObject(1, at(now));
            update.setString(2, hash(token));
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("cannot refresh a console session", e);
        }
    }

    private boolean expired(Row row, Instant now) {
        return now.isAfter(row.lastSeen().plus(idle)) || now.isAfter(row.signedInAt().plus(max));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
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
