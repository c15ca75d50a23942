package pl.krakow.kck.bot.nodes;

import pl.krakow.kck.bot.dialogue.ConversationEvents;
import pl.krakow.kck.bot.handoff.HandoffEvents;
import pl.krakow.kck.bot.handoff.HandoffRepository;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;

/**
 * How the live events of the nodes sharing one database reach each other: a message stored or a case changed
 * on node A is published on node B too, so a widget or a console connected to B sees it. On PostgreSQL by
 * LISTEN/NOTIFY ({@link PostgresNodeEvents}); on embedded H2 there is one node and nothing to relay
 * ({@link #ONE_NODE}).
 */
public interface NodeEvents extends AutoCloseable {

    /** One node: the in-process buses are all there is. */
    NodeEvents ONE_NODE = new NodeEvents() {
        @Override
        public boolean listening() {
            return true;
        }

        @Override
        public void close() {
        }
    };

    /** Joins the other nodes of {@code database}, relaying both buses; on H2, {@link #ONE_NODE}. */
    static NodeEvents join(Database database, ConversationRepository conversations, ConversationEvents events,
                           HandoffRepository cases, HandoffEvents caseEvents) {
        if (!database.isPostgres()) {
            return ONE_NODE;
        }
        PostgresNodeEvents joined = new PostgresNodeEvents(database, conversations, events, cases, caseEvents);
        joined.start();
        return joined;
    }

    /** True while this node hears the others (for readiness); always true on one node. */
    boolean listening();

    @Override
    void close();
}
