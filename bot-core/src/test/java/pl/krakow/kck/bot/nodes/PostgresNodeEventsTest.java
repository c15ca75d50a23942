package pl.krakow.kck.bot.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.dialogue.ConversationEvents;
import pl.krakow.kck.bot.handoff.HandoffCase;
import pl.krakow.kck.bot.handoff.HandoffEvents;
import pl.krakow.kck.bot.handoff.HandoffMode;
import pl.krakow.kck.bot.handoff.HandoffReason;
import pl.krakow.kck.bot.handoff.HandoffRepository;
import pl.krakow.kck.bot.storage.Author;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.StoredMessage;
import pl.krakow.kck.bot.storage.TestDatabases;

/**
 * Two nodes in one JVM, each with its own pool, buses and listening session, on one PostgreSQL schema: what
 * one stores the other publishes, once, and a node whose listening session is killed catches up.
 */
class PostgresNodeEventsTest {

    private final String schema = TestDatabases.freshSchema();
    private final Node a = new Node(TestDatabases.postgres(schema));
    private final Node b = new Node(TestDatabases.postgres(schema));

    /** One node: its database, repositories, in-process buses and the relay between nodes. */
    private static final class Node implements AutoCloseable {
        final Database database;
        final ConversationRepository conversations;
        final ConversationEvents events = new ConversationEvents();
        final HandoffRepository cases;
        final HandoffEvents caseEvents = new HandoffEvents();
        final PostgresNodeEvents relay;

        Node(Database database) {
            this.database = database;
            this.conversations = new ConversationRepository(database, Clock.systemUTC());
            this.cases = new HandoffRepository(database, Clock.systemUTC());
            this.relay = (PostgresNodeEvents) NodeEvents.join(database, conversations, events, cases, caseEvents);
        }

        /** Stores a message and publishes it here, as AssistantService does. */
        StoredMessage say(String conversationId, String text) {
            StoredMessage message = conversations.append(conversationId, Author.RESIDENT, null, text, null).orElseThrow();
            events.publish(message);
            return message;
        }

        void awaitListening() throws InterruptedException {
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!relay.listening() && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            assertTrue(relay.listening(), "the node listens");
        }

        @Override
        public void close() {
            relay.close();
            database.close();
        }
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
        TestDatabases.dropSchema(schema);
    }

    @Test
    void should_publish_on_node_b_the_message_node_a_stored_within_a_second_and_not_echo_it_on_a() throws Exception {
        a.awaitListening();
        b.awaitListening();
        String conversation = a.conversations.create("web").id();
        BlockingQueue<StoredMessage> onA = new LinkedBlockingQueue<>();
        BlockingQueue<StoredMessage> onB = new LinkedBlockingQueue<>();
        a.events.subscribe(conversation, onA::add);
        b.events.subscribe(conversation, onB::add);

        long start = System.nanoTime();
        StoredMessage stored = a.say(conversation, "Gdzie wyrobię dowód osobisty?");
        StoredMessage heard = onB.poll(1, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("node events: a message stored on A was published on B after " + millis + " ms");

        assertNotNull(heard, "B heard it within a second");
        assertEquals(stored, heard);
        assertSame(stored, onA.poll(), "A published its own message once, as stored");
        assertNull(onA.poll(300, TimeUnit.MILLISECONDS), "and did not hear its own echo");
        assertNull(onB.poll(), "B heard it once");
    }

    @Test
    void should_publish_on_node_b_a_case_claimed_on_node_a() throws Exception {
        a.awaitListening();
        b.awaitListening();
        String conversation = a.conversations.create("web").id();
        BlockingQueue<HandoffCase> onB = new LinkedBlockingQueue<>();
        b.caseEvents.subscribe(onB::add);

        HandoffCase opened = a.cases.open(new HandoffRepository.NewCase(conversation, HandoffMode.LIVE,
                HandoffReason.EXPLICIT_REQUEST, null, null, null)).orElseThrow();
        a.caseEvents.publish(opened);
        assertEquals(opened, onB.poll(1, TimeUnit.SECONDS));
        assertTrue(a.cases.claim(opened.id(), "anna"));
        a.caseEvents.publish(a.cases.find(opened.id()).orElseThrow());
        assertEquals("anna", onB.poll(1, TimeUnit.SECONDS).consultant(), "B sees who claimed it");
    }

    @Test
    void should_catch_up_with_what_was_stored_while_its_listening_session_was_lost() throws Exception {
        a.awaitListening();
        b.awaitListening();
        String conversation = a.conversations.create("web").id();
        BlockingQueue<StoredMessage> onB = new LinkedBlockingQueue<>();
        b.events.subscribe(conversation, onB::add);
        a.say(conversation, "pierwsza");
        assertEquals(1, onB.poll(1, TimeUnit.SECONDS).seq());
        Thread.sleep(NotificationListener.PING.toMillis() + 500); // B noted how far it has heard

        terminate(b.relay.listenerBackendPid());
        StoredMessage missed = a.say(conversation, "druga, gdy B nie słuchał");

        StoredMessage caughtUp = null;
        for (StoredMessage next; (next = onB.poll(15, TimeUnit.SECONDS)) != null; ) {
            if (next.seq() == missed.seq()) {
                caughtUp = next;
                break;
            }
        }
        assertEquals(missed, caughtUp, "B caught up after reconnecting");
        assertTrue(b.relay.listening(), "and listens again");
        StoredMessage after = a.say(conversation, "trzecia");
        StoredMessage next = onB.poll(1, TimeUnit.SECONDS);
        while (next != null && next.seq() < after.seq()) {
            next = onB.poll(1, TimeUnit.SECONDS);
        }
        assertEquals(after, next, "and hears new messages again");
    }

    @Test
    void should_relay_nothing_on_embedded_h2_where_there_is_one_node() {
        Database h2 = TestDatabases.h2();
        try {
            assertSame(NodeEvents.ONE_NODE, NodeEvents.join(h2, null, new ConversationEvents(), null, new HandoffEvents()));
        } finally {
            h2.close();
        }
    }

    private static void terminate(int backendPid) throws Exception {
        assertTrue(backendPid > 0);
        try (Connection c = DriverManager.getConnection(TestDatabases.POSTGRES_URL, TestDatabases.POSTGRES_USER, "");
             PreparedStatement kill = c.prepareStatement("SELECT pg_terminate_backend(?)")) {
            kill.setInt(1, backendPid);
            kill.execute();
        }
    }
}
