package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.retrieval.LiveIndex;
import pl.krakow.kck.bot.text.Lang;

/**
 * A life event told beside a question on something no article holds (issue 13): the question is read as any other,
 * not answered with the event's matters; an event told with who and when still gets them. English edition.
 */
class EventBesidesTest {

    private static DialogueEngine engine;

    @BeforeAll
    static void build() {
        LiveIndex index = Fixtures.corpusEditions();
        engine = DialogueEngine.in(Language.EN, index.edition(Language.EN), new AnswerPolicy());
    }

    private static Reply reply(String text) {
        return Lang.speaking(Language.EN.lang(), () -> engine.turn(text, null, List.of(), DialogueState.EMPTY).reply());
    }

    @ParameterizedTest
    @ValueSource(strings = {"my father passed away, how do I claim his pension?", "my husband died, who inherits our mortgage?",
            "we moved, how do I transfer my internet provider contract?", "my wife gave birth, how long is paternity leave?",
            "our baby was born in Spain, does she get Spanish citizenship?"})
    void should_not_answer_a_question_besides_the_event_with_its_matters(String question) {
        Reply reply = reply(question);
        assertNotEquals(ReplyKind.ANSWER, reply.kind(), () -> question + " -> " + reply.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"my grandmother passed away yesterday, what do I have to do?", "my mum died last week, what now?"})
    void should_still_list_the_matters_of_an_event_told_with_who_and_when(String question) {
        Reply reply = reply(question);
        assertEquals(ReplyKind.ANSWER, reply.kind(), () -> question + " -> " + reply.text());
        assertEquals("usc", reply.article().topic());
        assertTrue(reply.options().size() >= 3, reply.options().toString());
    }

    @Test
    void should_keep_the_matters_of_an_event_told_with_its_why_without_asking() {
        Reply reply = reply("we are moving to Krakow for my studies in October");
        assertTrue(reply.options().stream().anyMatch(o -> o.id().equals(DialogueEngine.ARTICLE_OPTION + "dowod-przeprowadzka")),
                reply.options().toString());
    }

    @Test
    void should_keep_the_matters_of_a_move_asked_of_in_general() {
        Reply reply = reply("we are moving to a new flat next month, what do I need to take care of?");
        assertEquals(ReplyKind.ANSWER, reply.kind(), reply.text());
        assertFalse(reply.options().isEmpty(), reply.text());
        assertTrue(reply.options().stream().anyMatch(o -> o.id().equals(DialogueEngine.ARTICLE_OPTION + "dowod-przeprowadzka")),
                reply.options().toString());
    }
}
