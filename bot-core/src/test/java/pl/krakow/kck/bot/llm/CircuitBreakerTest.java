package pl.krakow.kck.bot.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final TestClock clock = new TestClock();
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(30), clock);

    @Test
    void should_stay_closed_until_the_failures_are_consecutive_enough() {
        breaker.failure();
        breaker.failure();
        breaker.success();
        breaker.failure();
        breaker.failure();

        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        assertTrue(breaker.allow());
    }

    @Test
    void should_open_after_the_failures_and_refuse_calls_while_open() {
        openIt();

        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertFalse(breaker.allow());
        clock.advance(Duration.ofSeconds(29));
        assertFalse(breaker.allow());
    }

    @Test
    void should_let_one_trial_through_when_half_open_and_close_on_its_success() {
        openIt();
        clock.advance(Duration.ofSeconds(30));

        assertEquals(CircuitBreaker.State.HALF_OPEN, breaker.state());
        assertTrue(breaker.allow(), "the trial call");
        assertFalse(breaker.allow(), "a second call while the trial runs");
        breaker.success();

        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        assertTrue(breaker.allow());
    }

    @Test
    void should_open_again_at_once_when_the_trial_fails() {
        openIt();
        clock.advance(Duration.ofSeconds(30));
        assertTrue(breaker.allow());

        breaker.failure();

        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertFalse(breaker.allow());
        clock.advance(Duration.ofSeconds(30));
        assertTrue(breaker.allow());
    }

    private void openIt() {
        for (int i = 0; i < 3; i++) {
            assertTrue(breaker.allow());
            breaker.failure();
        }
    }
}
