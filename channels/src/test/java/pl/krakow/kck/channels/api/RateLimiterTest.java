package pl.krakow.kck.channels.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private Instant now = Instant.parse("2026-12-01T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void should_allow_a_burst_then_refill_at_the_sustained_rate() {
        RateLimiter limiter = new RateLimiter(60, 2, clock);
        assertEquals(0, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("a"));
        assertTrue(limiter.acquire("a") >= 1);
        now = now.plus(Duration.ofSeconds(1));
        assertEquals(0, limiter.acquire("a"));
    }

    @Test
    void should_count_each_client_separately() {
        RateLimiter limiter = new RateLimiter(60, 1, clock);
        assertEquals(0, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("b"));
        assertTrue(limiter.acquire("a") > 0);
    }

    @Test
    void should_stay_fast_and_bounded_with_far_more_clients_than_it_tracks() {
        RateLimiter limiter = new RateLimiter(60, 1, clock);
        long started = System.nanoTime();
        for (int i = 0; i < 400_000; i++) {
            limiter.acquire("client-" + i);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 3_000, "400,000 clients took " + millis + " ms (a scan per request took minutes)");
        assertEquals(0, limiter.acquire("client-0"), "the longest quiet client was forgotten: a fresh bucket");
        assertTrue(limiter.acquire("client-399999") > 0, "a recent one is still counted");
    }
}
