package pl.krakow.kck.channels.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import pl.krakow.kck.bot.handoff.Consultant;
import pl.krakow.kck.channels.server.LruMap;

/**
 * Decides a sign-in before and after the expensive password hash. In order: (1) a per-address allowance of
 * failed attempts, taken before the hash and given back on success, so one address cannot make the server
 * hash at will with made-up logins; (2) a lock on this login from this address after repeated failures, with
 * delays doubling from {@code firstDelay} up to {@code maxDelay}: a stranger cannot lock a consultant out
 * elsewhere, and a supervisor can {@link #unlock} a login; (3) a bounded pool for the hash itself, so that
 * sign-ins never take more than half the processors from residents: a sign-in that waits too long for it is
 * answered "busy" instead. Every table is bounded (least recently used entries are forgotten).
 */
public final class SignInGate {

    private static final int MAX_TRACKED = 50_000;
    private static final Duration POOL_WAIT = Duration.ofSeconds(3);

    /** Checks a login and password (the expensive part); empty when they do not match an active account. */
    @FunctionalInterface
    public interface Authenticator {
        Optional<Consultant> authenticate(String login, char[] password);
    }

    /** What became of an attempt. */
    public sealed interface Outcome {
    }

    public record SignedIn(Consultant consultant) implements Outcome {
    }

    public record WrongPassword() implements Outcome {
    }

    /** Too many failures: from this address altogether ({@code byAddress}), or for this login from it. */
    public record Wait(long seconds, boolean byAddress) implements Outcome {
    }

    /** Every hashing slot is taken; try again in a moment. */
    public record Busy() implements Outcome {
    }

    private final Authenticator authenticator;
    private final int attempts;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final int perAddress;
    private final Clock clock;
    private final Semaphore hashing;
    private final Map<String, Failures> failures = new LruMap<>(MAX_TRACKED);
    private final Map<String, Allowance> addresses = new LruMap<>(MAX_TRACKED);

    private static final class Failures {
        int count;
        Instant lockedUntil = Instant.MIN;
        Instant last;
    }

    private static final class Allowance {
        double tokens;
        Instant at;
    }

    /**
     * @param attempts     failures of one login from one address before the first delay
     * @param perAddress   failed sign-ins one address may make at once; the allowance refills fully over ten minutes
     * @param hashSlots    sign-ins hashed at the same time
     */
    public SignInGate(Authenticator authenticator, int attempts, Duration firstDelay, Duration maxDelay, int perAddress,
                      int hashSlots, Clock clock) {
        this.authenticator = authenticator;
        this.attempts = attempts;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.perAddress = perAddress;
        this.clock = clock;
        this.hashing = new Semaphore(hashSlots, true);
    }

    /** Hash slots for this machine: half the processors, at least one. */
    public static int defaultHashSlots() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    public Outcome attempt(String login, char[] password, String client) {
        String key = key(login) + "\n" + client;
        Instant now = clock.instant();
        synchronized (this) {
            Failures f = failures.get(key);
            if (f != null && now.isBefore(f.lockedUntil)) {
                return new Wait(seconds(now, f.lockedUntil), false);
            }
            Allowance allowance = allowance(client, now);
            if (allowance.tokens < 1) {
                double perSecond = perAddress / 600.0;
                return new Wait(Math.max(1, (long) Math.ceil((1 - allowance.tokens) / perSecond)), true);
            }
            allowance.tokens -= 1;
        }
        Optional<Consultant> consultant;
        try {
            if (!hashing.tryAcquire(POOL_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                giveBack(client);
                return new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            giveBack(client);
            return new Busy();
        }
        try {
            consultant = authenticator.authenticate(login, password);
        } finally {
            hashing.release();
        }
        synchronized (this) {
            if (consultant.isPresent()) {
                failures.remove(key);
                allowance(client, now).tokens += 1;
                return new SignedIn(consultant.get());
            }
            Failures f = failures.computeIfAbsent(key, k -> new Failures());
            f.count++;
            f.last = now;
            if (f.count >= attempts) {
                f.lockedUntil = now.plus(delay(f.count - attempts));
            }
            return new WrongPassword();
        }
    }

    /** A supervisor's unlock: every address may try this login again at once. */
    public synchronized void unlock(String login) {
        String prefix = key(login) + "\n";
        failures.keySet().removeIf(k -> k.startsWith(prefix));
    }

    private Duration delay(int beyond) {
        Duration delay = firstDelay;
        for (int i = 0; i < beyond && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private Allowance allowance(String client, Instant now) {
        Allowance a = addresses.computeIfAbsent(client, c -> {
            Allowance fresh = new Allowance();
            fresh.tokens = perAddress;
            fresh.at = now;
            return fresh;
        });
        double refill = Math.max(0, Duration.between(a.at, now).toMillis()) / 600_000.0 * perAddress;
        a.tokens = Math.min(perAddress, a.tokens + refill);
        a.at = now;
        return a;
    }

    private synchronized void giveBack(String client) {
        Allowance a = addresses.get(client);
        if (a != null) {
            a.tokens = Math.min(perAddress, a.tokens + 1);
        }
    }

    private static long seconds(Instant now, Instant until) {
        return Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
    }

    private static String key(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}
