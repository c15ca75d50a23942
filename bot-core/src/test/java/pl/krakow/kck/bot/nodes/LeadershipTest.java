package pl.krakow.kck.bot.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.TestDatabases;

/** Telegram long polling runs on one node: the one holding the advisory lock; another takes over when it goes. */
class LeadershipTest {

    @Test
    void should_let_one_node_lead_and_another_take_over_when_it_goes() throws Exception {
        String schema = TestDatabases.freshSchema();
        Database a = TestDatabases.postgres(schema);
        Database b = TestDatabases.postgres(schema);
        AtomicInteger running = new AtomicInteger();
        Leadership onA = new Leadership(a, "polling");
        Leadership onB = new Leadership(b, "polling");
        try {
            onA.start(running::incrementAndGet, running::decrementAndGet);
            await(onA::leading);
            onB.start(running::incrementAndGet, running::decrementAndGet);
            Thread.sleep(Leadership.RETRY.multipliedBy(2).toMillis());
            assertFalse(onB.leading(), "B waits while A leads");
            assertEquals(1, running.get(), "one node runs the job");

            onA.close();
            assertFalse(onA.leading());
            long start = System.nanoTime();
            await(onB::leading);
            System.out.println("leadership: B took over " + (System.nanoTime() - start) / 1_000_000 + " ms after A left");
            assertEquals(1, running.get(), "still one");
        } finally {
            onA.close();
            onB.close();
            a.close();
            b.close();
            TestDatabases.dropSchema(schema);
        }
    }

    @Test
    void should_stop_the_job_when_the_leaders_session_is_lost_and_keep_one_leader() throws Exception {
        String schema = TestDatabases.freshSchema();
        Database a = TestDatabases.postgres(schema);
        Database b = TestDatabases.postgres(schema);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger deposedOnA = new AtomicInteger();
        Leadership onA = new Leadership(a, "polling");
        Leadership onB = new Leadership(b, "polling");
        try {
            onA.start(running::incrementAndGet, () -> {
                deposedOnA.incrementAndGet();
                running.decrementAndGet();
            });
            await(onA::leading);
            onB.start(running::incrementAndGet, running::decrementAndGet);

            terminateLockHolder(schema + ":polling");
            await(() -> deposedOnA.get() == 1);
            await(() -> onA.leading() || onB.leading());
            Thread.sleep(Leadership.RETRY.multipliedBy(2).toMillis());
            assertTrue(onA.leading() ^ onB.leading(), "one leader again");
            assertEquals(1, running.get(), "one node runs the job");
        } finally {
            onA.close();
            onB.close();
            a.close();
            b.close();
            TestDatabases.dropSchema(schema);
        }
    }

    /** Ends the session holding this schema's lock, as a network failure or a restarted database would. */
    private static void terminateLockHolder(String key) throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabases.POSTGRES_URL, TestDatabases.POSTGRES_USER, "");
             Statement kill = c.createStatement()) {
            kill.execute("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND classid = " + 0x4B434B
                    + " AND objid = " + Integer.toUnsignedLong(key.hashCode()) + " AND granted");
        }
    }

    @Test
    void should_lead_at_once_on_embedded_h2() {
        Database h2 = TestDatabases.h2();
        try (Leadership alone = new Leadership(h2, "polling")) {
            AtomicInteger running = new AtomicInteger();
            alone.start(running::incrementAndGet, running::decrementAndGet);
            assertTrue(alone.leading());
            assertEquals(1, running.get());
            alone.close();
            assertEquals(0, running.get(), "closing stops the job");
        } finally {
            h2.close();
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertTrue(condition.getAsBoolean(), "in time");
    }
}
