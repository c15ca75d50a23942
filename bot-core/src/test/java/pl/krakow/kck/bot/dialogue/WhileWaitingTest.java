package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How a message reads while the resident waits for a consultant ({@code while-waiting.txt}). */
class WhileWaitingTest {

    @Test
    void should_read_a_question_that_begins_with_a_joining_word_in_any_of_the_three_languages() {
        for (String asked : new String[] {"a gdzie odbiorę paszport", "і де отримати паспорт", "and where do I pick up the passport"}) {
            assertTrue(WhileWaiting.asks(asked), asked);
        }
    }

    @Test
    void should_leave_a_description_for_the_consultant() {
        assertFalse(WhileWaiting.asks("chodzi o meldunek mojej córki"));
        assertFalse(WhileWaiting.asks("а паспорт загубила донька"));
    }
}
