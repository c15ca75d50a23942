package pl.krakow.kck.bot.nodes;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import pl.krakow.kck.bot.storage.Database;

/**
 * One dedicated PostgreSQL session per node that LISTENs on a channel and hands every notification's payload
 * to a consumer, on its own thread. Every {@link #PING} it runs {@code ping} on the session, so a session lost
 * silently is noticed (and the caller notes how far it has heard); a lost session is reopened (after 0.5 s, doubling up to 10 s)
 * and {@code resync} runs once LISTEN is back, to fetch what was announced meanwhile.
 */
final class NotificationListener implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(NotificationListener.class.getName());
    static final Duration PING = Duration.ofSeconds(5);
    private static final Duration WAIT = Duration.ofMillis(500);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LAST_RETRY = Duration.ofSeconds(10);
    private static final Executor SAME_THREAD = Runnable::run;

    /** What runs on the listening session: after each connect, and every {@link #PING}. */
    interface Session {
        void ping(Connection connection) throws SQLException;
    }

    private final Database database;
    private final String channel;
    private final Consumer<String> onPayload;
    private final Session ping;
    private final Runnable resync;
    private final Thread thread;
    private volatile boolean closed;
    private volatile boolean listening;
    private volatile Connection connection;

    NotificationListener(Database database, String channel, Consumer<String> onPayload, Session ping, Runnable resync) {
        this.database = database;
        this.channel = channel;
        this.onPayload = onPayload;
        this.ping = ping;
        this.resync = resync;
        this.thread = Thread.ofPlatform().name("kck-node-events").daemon().unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    /** True while LISTEN is in place. */
    boolean listening() {
        return listening;
    }

    /** The listening session's backend process id, for tests that end it; 0 when not connected. */
    int backendPid() {
        Connection current = connection;
        try {
            return current == null ? 0 : current.unwrap(PGConnection.class).getBackendPID();
        } catch (SQLException e) {
            return 0;
        }
    }

    private void run() {
        Duration retry = FIRST_RETRY;
        boolean first = true;
        while (!closed) {
            try (Connection c = database.dedicatedConnection()) {
                connection = c;
                c.setNetworkTimeout(SAME_THREAD, (int) PING.multipliedBy(3).toMillis());
                try (Statement listen = c.createStatement()) {
                    listen.execute("LISTEN \"" + channel + "\"");
                }
                ping.ping(c);
                listening = true;
                retry = FIRST_RETRY;
                if (!first) {
                    LOG.info(() -> "listening to the other nodes again on " + channel + "; catching up");
                    resync.run();
                }
                first = false;
                receive(c);
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    break;
                }
                if (listening) {
                    LOG.log(Level.WARNING, "lost the session listening to the other nodes; reconnecting", e);
                } else {
                    LOG.log(Level.FINE, "cannot listen to the other nodes yet", e);
                }
            } finally {
                listening = false;
                connection = null;
            }
            sleep(retry);
            retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
        }
    }

    private void receive(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long pinged = System.nanoTime();
        while (!closed) {
            PGNotification[] notifications = pg.getNotifications((int) WAIT.toMillis());
            if (notifications != null && notifications.length > 0) {
                for (PGNotification notification : notifications) {
                    try {
                        onPayload.accept(notification.getParameter());
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "cannot handle the notification '" + notification.getParameter() + "'", e);
                    }
                }
            }
            if (System.nanoTime() - pinged > PING.toNanos()) {
                ping.ping(c);
                pinged = System.nanoTime();
            }
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
