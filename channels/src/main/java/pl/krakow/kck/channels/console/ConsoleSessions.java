package pl.krakow.kck.channels.console;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import pl.krakow.kck.bot.handoff.Consultant;

/**
 * Console sessions, in memory: a random 256-bit token per sign-in, ended by sign-out, after
 * {@code idle} without a request or {@code max} after sign-in. A restart signs everyone out.
 */
public final class ConsoleSessions {

    private final Duration idle;
    private final Duration max;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();

    private static final class Entry {
        final ConsoleSession session;
        volatile Instant lastSeen;

        Entry(ConsoleSession session, Instant lastSeen) {
            this.session = session;
            this.lastSeen = lastSeen;
        }
    }

    public ConsoleSessions(Duration idle, Duration max, Clock clock) {
        this.idle = idle;
        this.max = max;
        this.clock = clock;
    }

    public ConsoleSession create(Consultant consultant) {
        Instant now = clock.instant();
        sessions.values().removeIf(e -> expired(e, now));
        ConsoleSession session = new ConsoleSession(token(), token(), consultant, now);
        sessions.put(session.token(), new Entry(session, now));
        return session;
    }

    /** The live session for a cookie value, refreshed; empty when unknown or expired. */
    public Optional<ConsoleSession> find(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        Entry entry = sessions.get(token);
        if (entry == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(entry, now)) {
            sessions.remove(token);
            return Optional.empty();
        }
        entry.lastSeen = now;
        return Optional.of(entry.session);
    }

    /** Whether a session is still live, without refreshing it (for long-lived event streams). */
    public boolean isLive(String token) {
        Entry entry = sessions.get(token);
        return entry != null && !expired(entry, clock.instant());
    }

    public void end(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }

    /** Logins with a live session. */
    public Set<String> signedIn() {
        Instant now = clock.instant();
        return sessions.values().stream().filter(e -> !expired(e, now)).map(e -> e.session.login()).collect(Collectors.toSet());
    }

    /** Constant-time comparison of the CSRF token sent with a request. */
    public static boolean csrfMatches(ConsoleSession session, String sent) {
        return sent != null && MessageDigest.isEqual(session.csrfToken().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                sent.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    public Duration max() {
        return max;
    }

    private boolean expired(Entry entry, Instant now) {
        return now.isAfter(entry.lastSeen.plus(idle)) || now.isAfter(entry.session.signedInAt().plus(max));
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
