package pl.krakow.kck.bot.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a model that keeps failing. Closed: every call goes through; {@code failures}
 * consecutive failures open it. Open: no call goes through until {@code openFor} has passed; then it is
 * half-open and lets one trial call through: its success closes the breaker, its failure opens it again.
 * Thread-safe.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failures;
    private final Duration openFor;
    private final Clock clock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private Instant openedAt;
    private boolean trialInFlight;

    public CircuitBreaker(int failures, Duration openFor, Clock clock) {
        if (failures < 1 || openFor.isNegative() || openFor.isZero()) {
            throw new IllegalArgumentException("need failures >= 1 and a positive open time");
        }
        this.failures = failures;
        this.openFor = openFor;
        this.clock = clock;
    }

    /** Whether a call may go to the model now; when true, report its outcome with {@link #success} or {@link #failure}. */
    public synchronized boolean allow() {
        if (state == State.OPEN && !clock.instant().isBefore(openedAt.plus(openFor))) {
            state = State.HALF_OPEN;
            trialInFlight = false;
        }
        return switch (state) {
            case CLOSED -> true;
            case OPEN -> false;
            case HALF_OPEN -> {
                if (trialInFlight) {
                    yield false;
                }
                trialInFlight = true;
                yield true;
            }
        };
    }

    public synchronized void success() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        trialInFlight = false;
    }

    public synchronized void failure() {
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= failures) {
            state = State.OPEN;
            openedAt = clock.instant();
            trialInFlight = false;
        }
    }

    /** The state as of now (an open breaker whose time is up reads as half-open). */
    public synchronized State state() {
        if (state == State.OPEN && !clock.instant().isBefore(openedAt.plus(openFor))) {
            return State.HALF_OPEN;
        }
        return state;
    }
}
