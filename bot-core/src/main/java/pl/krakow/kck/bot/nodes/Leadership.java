package pl.krakow.kck.bot.nodes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import pl.krakow.kck.bot.storage.Database;

/**
 * One node among those on a database does a job (Telegram long polling): the leader, the node whose dedicated
 * session holds the PostgreSQL advisory lock {@code pg_try_advisory_lock(KCK, hash(schema:name))}. The others
 * try again every {@link #RETRY}; when the leader dies its session ends, the server releases the lock and
 * another node takes over. A leader that loses its own session stops the job at once (another may be taking
 * over). On embedded H2 there is one node, which leads from the start.
 */
public final class Leadership implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Leadership.class.getName());
    static final Duration RETRY = Duration.ofSeconds(2);
    private static final int KCK = 0x4B434B;

    private final Database database;
    private final String name;
    private Runnable onElected = () -> { };
    private Runnable onDeposed = () -> { };
    private Thread thread;
    private volatile boolean leading;
    private volatile boolean closed;

    public Leadership(Database database, String name) {
        this.database = database;
        this.name = name;
    }

    /**
     * Starts competing: {@code onElected} runs when this node becomes the leader (on H2: now, on this thread),
     * {@code onDeposed} when it stops being one. If {@code onElected} fails, the lead is given up and tried again.
     */
    public synchronized void start(Runnable onElected, Runnable onDeposed) {
        this.onElected = onElected;
        this.onDeposed = onDeposed;
        if (!database.isPostgres()) {
            leading = true;
            onElected.run();
            return;
        }
        thread = Thread.ofPlatform().name("kck-leader-" + name).daemon().start(this::compete);
    }

    /** True while this node leads. */
    public boolean leading() {
        return leading;
    }

    private void compete() {
        while (!closed) {
            try (Connection c = database.dedicatedConnection()) {
                c.setNetworkTimeout(Runnable::run, (int) RETRY.multipliedBy(5).toMillis());
                int key = (c.getSchema() + ":" + name).hashCode();
                while (!closed) {
                    if (!leading && tryLock(c, key)) {
                        LOG.info(() -> "this node leads " + name);
                        leading = true;
                        try {
                            onElected.run();
                        } catch (RuntimeException e) {
                            LOG.log(Level.WARNING, "could not start " + name + " as its leader; giving the lead up", e);
                            depose();
                            break; // closing the session releases the lock
                        }
                    } else if (leading) {
                        try (Statement alive = c.createStatement()) {
                            alive.execute("SELECT 1");
                        }
                    }
                    sleep(RETRY);
                }
            } catch (SQLException | RuntimeException e) {
                LOG.log(leading ? Level.WARNING : Level.FINE, "the session competing for " + name + " failed", e);
            } finally {
                depose();
            }
            sleep(RETRY);
        }
    }

    private static boolean tryLock(Connection c, int key) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            lock.setInt(1, KCK);
            lock.setInt(2, key);
            try (ResultSet row = lock.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private void depose() {
        if (leading) {
            leading = false;
            LOG.info(() -> "this node no longer leads " + name);
            try {
                onDeposed.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "stopping " + name + " failed", e);
            }
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            closed = true;
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running != null) {
            running.interrupt();
            try {
                running.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            depose();
        }
    }
}
