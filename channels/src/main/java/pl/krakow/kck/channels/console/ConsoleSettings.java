package pl.krakow.kck.channels.console;

import java.time.Duration;
import java.util.List;

import pl.krakow.kck.bot.handoff.ConsultantAccounts;
import pl.krakow.kck.bot.handoff.PasswordHasher;

/**
 * The consultants' console (kck.console.* in application.yaml).
 *
 * @param sessionIdle        a session ends after this long without a request
 * @param sessionMax         and in any case this long after sign-in
 * @param secureCookie       mark the session cookie Secure (set true behind HTTPS)
 * @param passwordIterations PBKDF2 iterations for new password hashes
 * @param signInAttempts     failed sign-ins for one login from one address before it waits {@code signInFirstDelay},
 *                           doubling with every further failure up to {@code signInLockout}
 * @param signInPerAddress   failed sign-ins one address may make at once (any logins); refilled over ten minutes
 * @param accounts           accounts created at start when their login does not exist (the first-run
 *                           administrator from kck.console.admin.* among them)
 */
public record ConsoleSettings(Duration sessionIdle, Duration sessionMax, boolean secureCookie, int passwordIterations,
                              int signInAttempts, Duration signInLockout, Duration signInFirstDelay, int signInPerAddress,
                              List<ConsultantAccounts.Seed> accounts) {

    public ConsoleSettings {
        accounts = List.copyOf(accounts);
    }

    public static ConsoleSettings defaults() {
        return new ConsoleSettings(Duration.ofMinutes(30), Duration.ofHours(12), false, PasswordHasher.DEFAULT_ITERATIONS, 5,
                Duration.ofMinutes(15), Duration.ofMinutes(1), 20, List.of());
    }
}
