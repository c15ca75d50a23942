package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.TestDatabases;

/**
 * One resident's conversation with the Polish engine over the articles the service ships (the index shared by the
 * test JVM, {@link Fixtures#corpusIndex()}), stored in its own in-memory H2 database: the set-up of the tests that
 * read like a conversation. Close it after the test.
 */
final class CorpusConversation implements AutoCloseable {

    private final Database database = TestDatabases.h2();
    private final AssistantService service = new AssistantService(new ConversationRepository(database, Clock.systemUTC()),
            new DialogueEngine(Fixtures::corpusIndex, new AnswerPolicy()), new ConversationEvents());
    private final String id = service.start("web").id();

    /** The reply to the resident's next message. */
    Reply post(String text) {
        return service.post(id, text, null).orElseThrow().reply();
    }

    /** The topic of the reply to the resident's next message, which must be an answer. */
    String topicOf(String text) {
        Reply reply = post(text);
        assertEquals(ReplyKind.ANSWER, reply.kind(), text + ": " + reply.text());
        return reply.article().topic();
    }

    @Override
    public void close() {
        database.close();
    }
}
