package pl.krakow.kck.channels.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Locks a login for a while after repeated failed sign-ins, so that passwords cannot be guessed at speed. */
public final class SignInThrottle {

    private static final int MAX_TRACKED = 10_000;

    private final int attempts;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, Instant first) {
    }

    public SignInThrottle(int attempts, Duration lockout, Clock clock) {
        this.attempts = attempts;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** Seconds until the login may try again; 0 when it may now. */
    public long waitSeconds(String login) {
        Failures f = failures.get(key(login));
        if (f == null || f.count() < attempts) {
            return 0;
        }
        Instant until = f.first().plus(lockout);
        Instant now = clock.instant();
        if (!now.isBefore(until)) {
            failures.remove(key(login));
            return 0;
        }
        return Math.max(1, Duration.between(now, until).toSeconds());
    }

    public void failed(String login) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(f -> now.isAfter(f.first().plus(lockout)));
        }
        failures.compute(key(login), (k, f) -> f == null || now.isAfter(f.first().plus(lockout))
                ? new Failures(1, now) : new Failures(f.count() + 1, f.first()));
    }

    public void succeeded(String login) {
        failures.remove(key(login));
    }

    private static String key(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}
