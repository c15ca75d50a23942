package pl.krakow.kck.bot.nodes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

import pl.krakow.kck.bot.dialogue.ConversationEvents;
import pl.krakow.kck.bot.handoff.HandoffEvents;
import pl.krakow.kck.bot.handoff.HandoffRepository;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.StorageException;
import pl.krakow.kck.bot.storage.StoredMessage;

/**
 * Live events across nodes by PostgreSQL LISTEN/NOTIFY. What this node stores is announced after the commit
 * with a small payload on channel {@code kck_events_<schema>}: {@code m <node> <conversation> <seq>} for a
 * message, {@code c <node> <case>} for a changed case. Every node LISTENs on a dedicated session, drops its own
 * echoes, reads the message or case from the database and publishes it on its in-process bus. Nothing
 * personal travels in a notification. After a lost session it catches up: the messages stored after the last
 * id it had seen (less {@link #IN_FLIGHT}, for transactions that took an id earlier and committed later) and
 * every open case or case closed since.
 */
final class PostgresNodeEvents implements NodeEvents {

    private static final Logger LOG = Logger.getLogger(PostgresNodeEvents.class.getName());
    /** More than the transactions that can be in flight at once: 8 pooled connections × a few dozen nodes. */
    static final int IN_FLIGHT = 500;
    private static final int CATCH_UP_LIMIT = 5_000;
    private static final Duration CLOCK_MARGIN = Duration.ofSeconds(30);

    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private final Database database;
    private final ConversationRepository conversations;
    private final ConversationEvents events;
    private final HandoffRepository cases;
    private final HandoffEvents caseEvents;
    private final String channel;
    private final BlockingQueue<String> outgoing = new LinkedBlockingQueue<>(10_000);
    private final NotificationListener listener;
    private final Thread sender;
    private final ConversationEvents.Subscription messagesHere;
    private final HandoffEvents.Subscription casesHere;
    private volatile long lastSeenId;
    private volatile Instant lastHeard = Instant.now();
    private volatile boolean closed;

    PostgresNodeEvents(Database database, ConversationRepository conversations, ConversationEvents events,
                       HandoffRepository cases, HandoffEvents caseEvents) {
        this.database = database;
        this.conversations = conversations;
        this.events = events;
        this.cases = cases;
        this.caseEvents = caseEvents;
        this.channel = channel(database);
        this.listener = new NotificationListener(database, channel, this::received, this::heard, this::catchUp);
        this.sender = Thread.ofPlatform().name("kck-node-notify").daemon().unstarted(this::send);
        this.messagesHere = events.subscribeHere(m -> announce("m " + node + " " + m.conversationId() + " " + m.seq()));
        this.casesHere = caseEvents.subscribeHere(c -> announce("c " + node + " " + c.id()));
    }

    void start() {
        sender.start();
        listener.start();
    }

    @Override
    public boolean listening() {
        return listener.listening();
    }

    /** The listening session's backend, for tests that end it. */
    int listenerBackendPid() {
        return listener.backendPid();
    }

    String node() {
        return node;
    }

    /** {@code kck_events_<schema>}: NOTIFY reaches the whole database, so two schemas must not share a channel. */
    private static String channel(Database database) {
        try (Connection c = database.dataSource().getConnection()) {
            String schema = c.getSchema() == null ? "public" : c.getSchema();
            return ("kck_events_" + schema.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_"));
        } catch (SQLException e) {
            throw new StorageException("cannot read the database schema", e);
        }
    }

    private void announce(String payload) {
        if (!outgoing.offer(payload)) {
            LOG.warning(() -> "the other nodes are not told of '" + payload + "': the queue of notifications is full");
        }
    }

    /** Sends queued notifications, a batch per pooled connection, in the order they were stored. */
    private void send() {
        List<String> batch = new ArrayList<>();
        while (!closed) {
            try {
                batch.add(outgoing.take());
            } catch (InterruptedException e) {
                return;
            }
            outgoing.drainTo(batch, 500);
            try (Connection c = database.dataSource().getConnection();
                 PreparedStatement notify = c.prepareStatement("SELECT pg_notify(?, ?)")) {
                for (String payload : batch) {
                    notify.setString(1, channel);
                    notify.setString(2, payload);
                    notify.execute();
                }
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.WARNING, "cannot tell the other nodes of " + batch.size() + " events; they catch up when their clients reconnect", e);
            }
            batch.clear();
        }
    }

    /** On the listening session, every few seconds: how far this node has heard. */
    private void heard(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM message");
             ResultSet row = select.executeQuery()) {
            row.next();
            lastSeenId = row.getLong(1);
        }
        lastHeard = Instant.now();
    }

    private void received(String payload) {
        String[] parts = payload.split(" ");
        if (parts.length < 3 || parts[1].equals(node)) {
            return;
        }
        switch (parts[0]) {
            case "m" -> {
                if (parts.length == 4) {
                    conversations.message(parts[2], Integer.parseInt(parts[3])).ifPresent(events::publishFromElsewhere);
                }
            }
            case "c" -> cases.find(Long.parseLong(parts[2])).ifPresent(caseEvents::publishFromElsewhere);
            default -> LOG.fine(() -> "unknown notification " + payload);
        }
    }

    /** After a lost session: what the others may have announced meanwhile (listeners skip what they have). */
    private void catchUp() {
        long from = Math.max(0, lastSeenId - IN_FLIGHT);
        List<StoredMessage> missed = conversations.storedAfter(from, CATCH_UP_LIMIT);
        missed.forEach(events::publishFromElsewhere);
        var changed = cases.openOrClosedSince(lastHeard.minus(CLOCK_MARGIN));
        changed.forEach(caseEvents::publishFromElsewhere);
        LOG.info(() -> "caught up with the other nodes: " + missed.size() + " messages, " + changed.size() + " cases republished");
    }

    @Override
    public void close() {
        closed = true;
        messagesHere.close();
        casesHere.close();
        sender.interrupt();
        listener.close();
    }
}
