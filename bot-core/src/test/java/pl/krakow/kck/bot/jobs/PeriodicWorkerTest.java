package pl.krakow.kck.bot.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PeriodicWorkerTest {

    @Test
    void should_keep_running_passes_after_one_fails() throws InterruptedException {
        AtomicInteger passes = new AtomicInteger();
        CountDownLatch third = new CountDownLatch(3);
        try (PeriodicWorker worker = new PeriodicWorker("test-worker", () -> {
            passes.incrementAndGet();
            third.countDown();
            if (passes.get() == 1) {
                throw new IllegalStateException("the database is away for a moment");
            }
        })) {
            worker.start(Duration.ZERO, Duration.ofMillis(10));
            assertTrue(third.await(10, TimeUnit.SECONDS), "passes after the failed one: " + passes.get());
        }
        int stopped = passes.get();
        Thread.sleep(50);
        assertEquals(stopped, passes.get(), "no pass after close");
    }

    @Test
    void should_double_the_delay_after_each_failure_up_to_the_maximum() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(5));
        assertEquals(Duration.ofSeconds(1), backoff.after(1));
        assertEquals(Duration.ofSeconds(4), backoff.after(3));
        assertEquals(Duration.ofSeconds(5), backoff.after(4));
        assertEquals(Duration.ofSeconds(5), backoff.after(1000));
        assertEquals("IllegalStateException: HTTP 500", Backoff.describe(new IllegalStateException("HTTP 500")));
    }
}
