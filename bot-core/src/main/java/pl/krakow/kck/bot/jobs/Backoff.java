package pl.krakow.kck.bot.jobs;

import java.time.Duration;

/**
 * How long a failed send waits before the next attempt: {@code initial} after the first failure, doubled
 * after each further one, never more than {@code max}.
 */
public record Backoff(Duration initial, Duration max) {

    /** The delay before attempt {@code attempt + 1}: initial × 2^(attempt − 1), at most the maximum. */
    public Duration after(int attempt) {
        Duration delay = initial.multipliedBy(1L << Math.min(30, Math.max(0, attempt - 1)));
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /**
     * What went wrong, as the outbox row and the log keep it: the exception's class and message. An
     * interruption is passed on to the thread (its flag set again).
     */
    public static String describe(Exception failure) {
        if (failure instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }
}
