package pl.krakow.kck.bot.jobs;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One daemon thread that runs a pass again and again, {@code period} after the previous pass ended. A pass
 * that throws is logged and the next one runs as planned, so one failure (the database away for a moment)
 * never stops the work for good. Used by the report outbox, the status notifications and the daily jobs.
 */
public final class PeriodicWorker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PeriodicWorker.class.getName());
    private static final long STOP_WAIT_SECONDS = 30;

    private final String name;
    private final Runnable pass;
    private ScheduledExecutorService scheduler;

    /**
     * @param name names the thread and the work in the log, e.g. {@code report-outbox}
     * @param pass one pass of the work
     */
    public PeriodicWorker(String name, Runnable pass) {
        this.name = name;
        this.pass = pass;
    }

    /** Starts the passes (once; later calls do nothing): the first after {@code initialDelay}. */
    public synchronized void start(Duration initialDelay, Duration period) {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(name).daemon().factory());
        long every = period.toMillis();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                pass.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, name + " pass failed; next pass in " + every + " ms", e);
            }
        }, initialDelay.toMillis(), every, TimeUnit.MILLISECONDS);
    }

    /**
     * Stops after the running pass, if any, has ended (waiting up to 30 s), without interrupting it: an
     * interrupted read of an embedded H2 file closes the database's file.
     */
    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                scheduler.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }

    /** Stops at once, interrupting a running pass (one waiting on the network). */
    public synchronized void closeNow() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }
}
