package pl.krakow.kck.bot.privacy;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import pl.krakow.kck.bot.jobs.PeriodicWorker;
import pl.krakow.kck.bot.storage.Jdbc;
import pl.krakow.kck.bot.storage.StorageException;

/**
 * Jobs that run once a day on exactly one node: after {@code at} (Kraków time) the first node to insert the
 * day's row in {@code job_run} runs the job; every other node finds the key taken. A job interrupted by a
 * crash is not repeated that day; the jobs are idempotent, so the next day's run completes it.
 */
public final class DailyJobs implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DailyJobs.class.getName());
    private static final ZoneId KRAKOW = ZoneId.of("Europe/Warsaw");

    private final Jdbc jdbc;
    private final Clock clock;
    private final LocalTime at;
    private final String node;
    private final Map<String, Supplier<String>> jobs = new LinkedHashMap<>();
    private final PeriodicWorker timer = new PeriodicWorker("kck-daily-jobs", this::runDue);

    public DailyJobs(DataSource dataSource, Clock clock, LocalTime at, String node) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
        this.at = at;
        this.node = node;
    }

    /** This JVM as the job records name it: host and process id. */
    public static String thisNode() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid();
    }

    /** @param job does the work and says what it did, for the {@code job_run} row */
    public DailyJobs add(String name, Supplier<String> job) {
        jobs.put(name, job);
        return this;
    }

    /** Checks every {@code every} whether a job is due. */
    public void start(java.time.Duration every) {
        timer.start(java.time.Duration.ZERO, every);
    }

    /** Runs each job that is due today and not yet claimed by any node; returns how many ran here. */
    public int runDue() {
        ZonedDateTime local = ZonedDateTime.now(clock).withZoneSameInstant(KRAKOW);
        if (local.toLocalTime().isBefore(at)) {
            return 0;
        }
        int ran = 0;
        for (Map.Entry<String, Supplier<String>> job : jobs.entrySet()) {
            try {
                if (claim(job.getKey(), local.toLocalDate())) {
                    String outcome;
                    try {
                        outcome = job.getValue().get();
                    } catch (RuntimeException e) {
                        outcome = "failed: " + e;
                        LOG.log(Level.WARNING, "daily job " + job.getKey() + " failed", e);
                    }
                    finish(job.getKey(), local.toLocalDate(), outcome);
                    ran++;
                }
            } catch (StorageException e) {
                LOG.log(Level.WARNING, "daily job " + job.getKey() + ": cannot reach the database", e);
            }
        }
        return ran;
    }

    private boolean claim(String job, LocalDate day) {
        try {
            return jdbc.update("cannot claim daily job " + job, "INSERT INTO job_run (job, run_day, node, started_at) "
                    + "SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM job_run WHERE job = ? AND run_day = ?)",
                    job, day, node, now(), job, day) == 1;
        } catch (StorageException e) {
            if (e.getCause() instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return false; // another node inserted the same key a moment earlier
            }
            throw e;
        }
    }

    private void finish(String job, LocalDate day, String outcome) {
        jdbc.update("cannot finish daily job " + job, "UPDATE job_run SET finished_at = ?, outcome = ? WHERE job = ? AND run_day = ?",
                now(), outcome == null ? "" : outcome.length() > 500 ? outcome.substring(0, 500) : outcome, job, day);
    }

    private OffsetDateTime now() {
        return Jdbc.now(clock);
    }

    @Override
    public void close() {
        timer.closeNow();
    }
}
