package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.TestDatabases;

/**
 * A question no article answered is kept (its subject words, {@link DialogueState#missed()}) for the next message,
 * stored with the conversation (V33), and forgotten once a subject is answered.
 */
class RecentMissTest {

    private final DialogueEngine engine = new DialogueEngine(Fixtures::corpusIndex, new AnswerPolicy());

    @Test
    void should_keep_the_words_of_a_question_no_article_answered() {
        DialogueEngine.Turn turn = engine.turn("jak ugotować bigos z kapustą?", null, List.of(), DialogueState.EMPTY);

        assertEquals(ReplyKind.FALLBACK, turn.reply().kind(), turn.reply().text());
        assertTrue(turn.state().missed() != null && turn.state().missed().contains("bigos"), String.valueOf(turn.state()));
    }

    @Test
    void should_forget_the_missed_question_once_a_subject_is_answered() {
        DialogueState missed = DialogueState.EMPTY.withMissed("bigos kapusta");

        DialogueEngine.Turn turn = engine.turn("ile kosztuje wydanie paszportu?", null, List.of(), missed);

        assertEquals(ReplyKind.ANSWER, turn.reply().kind(), turn.reply().text());
        assertNull(turn.state().missed());
    }

    @Test
    void should_not_answer_a_message_pointing_back_at_a_miss_from_a_verb_alone() {
        DialogueState missed = DialogueState.EMPTY.withMissed("bigos kapusta");

        DialogueEngine.Turn turn = engine.turn("a co zrobić, jak się spóźnię?", null, List.of(), missed);

        assertNotEquals(ReplyKind.ANSWER, turn.reply().kind(), turn.reply().text());
    }

    @Test
    void should_store_the_missed_words_with_the_conversation() {
        try (Database database = TestDatabases.h2()) {
            String id = new ConversationRepository(database, Clock.systemUTC()).create("web").id();
            DialogueStateRepository states = new DialogueStateRepository(database, Clock.systemUTC());

            states.save(id, DialogueState.EMPTY.withMissed("bigos kapusta"));

            assertEquals("bigos kapusta", states.find(id).missed());
        }
    }
}
