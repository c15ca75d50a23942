package pl.krakow.kck.bot.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JdbcTest {

    private record Job(String name, String outcome, OffsetDateTime startedAt) {
    }

    private final OffsetDateTime now = Jdbc.now(Clock.systemUTC());
    private TestDatabase db;

    private Jdbc open(String engine) {
        db = TestDatabase.open(engine);
        return new Jdbc(db.database());
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_roll_back_everything_when_the_work_fails_and_say_what_failed(String engine) {
        Jdbc jdbc = open(engine);
        String insert = "INSERT INTO job_run (job, run_day, node, started_at) VALUES (?, ?, ?, ?)";
        StorageException failure = assertThrows(StorageException.class, () -> jdbc.transaction("cannot run the test job", c -> {
            Jdbc.execute(c, insert, "test", now.toLocalDate(), "here", now);
            return Jdbc.execute(c, insert, "test", now.toLocalDate(), "there", now);
        }));
        assertEquals("cannot run the test job", failure.getMessage());
        assertTrue(Jdbc.uniqueViolation(failure), "the cause is kept: " + failure.getCause());
        assertEquals(0, jdbc.list("read", "SELECT job FROM job_run WHERE job = ?", row -> row.string("job"), "test").size(),
                "the first insert was rolled back with the second");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_bind_nulls_and_read_columns_by_name_with_nulls_kept(String engine) {
        Jdbc jdbc = open(engine);
        jdbc.update("write", "INSERT INTO job_run (job, run_day, node, started_at, outcome) VALUES (?, ?, ?, ?, ?)", "test",
                now.toLocalDate(), "here", now, null);
        jdbc.update("write", "UPDATE job_run SET outcome = COALESCE(?, outcome) WHERE job = ?", Jdbc.orNull(null, Types.VARCHAR),
                "test");
        Job job = jdbc.first("read", "SELECT node, job, outcome, started_at FROM job_run WHERE job = ?",
                row -> new Job(row.string("job"), row.string("outcome"), row.time("started_at")), "test").orElseThrow();
        assertEquals("test", job.name());
        assertNull(job.outcome());
        assertEquals(now.toInstant(), job.startedAt().toInstant());
    }

    @Test
    void should_give_now_in_utc_to_the_microsecond() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:15:30.123456789Z"), ZoneId.of("Europe/Warsaw"));
        OffsetDateTime fixed = Jdbc.now(clock);
        assertEquals(ZoneOffset.UTC, fixed.getOffset());
        assertEquals(123_456_000, fixed.getNano());
    }
}
