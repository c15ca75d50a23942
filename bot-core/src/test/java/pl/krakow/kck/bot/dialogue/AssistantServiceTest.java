package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.storage.Author;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.GroupCommit;
import pl.krakow.kck.bot.storage.StoredMessage;
import pl.krakow.kck.bot.storage.TestDatabases;

class AssistantServiceTest {

    private final Database database = TestDatabases.h2();
    private final ArticleIndex index = Fixtures.index();
    private final ConversationEvents events = new ConversationEvents();
    private final AssistantService service = new AssistantService(new ConversationRepository(database, Clock.systemUTC()),
            new DialogueEngine(() -> index, new AnswerPolicy()), events);

    @AfterEach
    void close() {
        database.close();
        index.close();
    }

    @Test
    void should_store_the_question_and_the_reply_and_tell_the_listeners() {
        String id = service.start("web").id();
        List<StoredMessage> seen = new ArrayList<>();
        try (ConversationEvents.Subscription subscription = events.subscribe(id, seen::add)) {
            AssistantService.Exchange exchange = service.post(id, "zgubiłem dowód", null).orElseThrow();
            assertEquals(ReplyKind.ANSWER, exchange.reply().kind());
        }
        assertEquals(List.of(Author.RESIDENT, Author.ASSISTANT), seen.stream().map(StoredMessage::author).toList());
        assertEquals(2, service.transcript(id).size());
    }

    @Test
    void should_tell_the_listeners_only_once_the_question_and_the_reply_are_on_disk(@TempDir Path folder) {
        try (Database file = Database.open("jdbc:h2:file:" + folder.resolve("kck"), "", "", null)) {
            AssistantService stored = new AssistantService(new ConversationRepository(file, Clock.systemUTC()),
                    new DialogueEngine(() -> index, new AnswerPolicy()), events);
            String id = stored.start("web").id();
            List<Boolean> unwritten = new ArrayList<>();
            try (ConversationEvents.Subscription subscription = events.subscribe(id, m -> unwritten.add(GroupCommit.awaitingWrite()))) {
                stored.post(id, "zgubiłem dowód", null).orElseThrow();
            }
            assertEquals(List.of(false, false), unwritten);
        }
    }

    @Test
    void should_remember_the_offered_choices_for_the_next_message() {
        AssistantService cautious = new AssistantService(new ConversationRepository(database, Clock.systemUTC()),
                new DialogueEngine(() -> index, new AnswerPolicy(1.0, 0.3)), events);
        String id = cautious.start("web").id();
        Reply clarify = cautious.post(id, "zgubiłem dowód w tramwaju", null).orElseThrow().reply();
        assertEquals(ReplyKind.CLARIFY, clarify.kind());
        AssistantService.Exchange picked = cautious.post(id, "1", null).orElseThrow();
        assertEquals(ReplyKind.ANSWER, picked.reply().kind());
        assertEquals(clarify.options().getFirst().id(), DialogueEngine.ARTICLE_OPTION + picked.reply().article().id());
    }

    @Test
    void should_stop_delivering_after_the_subscription_is_closed() {
        String id = service.start("web").id();
        List<StoredMessage> seen = new ArrayList<>();
        events.subscribe(id, seen::add).close();
        service.post(id, "dzień dobry", null);
        assertTrue(seen.isEmpty());
    }
}
