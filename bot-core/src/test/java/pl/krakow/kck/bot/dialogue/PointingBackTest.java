package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A follow-up that points back ("to", "a w …", "and for …") when nothing has been answered yet (the question
 * before it was not understood) is asked about, not answered from whatever a place name or its one word finds.
 */
class PointingBackTest {

    private final CorpusConversation conversation = new CorpusConversation();

    @AfterEach
    void close() {
        conversation.close();
    }

    private Reply post(String text) {
        return conversation.post(text);
    }

    @Test
    void should_ask_which_matter_when_a_follow_up_names_only_a_place_after_a_question_not_understood() {
        assertEquals(ReplyKind.FALLBACK, post("ile kosztuje parking w Zakopanem?").kind());
        Reply reply = post("a w Krakowie na Podgórzu?");
        assertEquals(ReplyKind.CLARIFY, reply.kind(), "a place alone names no matter: " + reply.text());
    }

    @Test
    void should_ask_which_matter_when_a_follow_up_points_back_with_one_word_after_a_question_not_understood() {
        assertEquals(ReplyKind.FALLBACK, post("ile kosztuje parking w Zakopanem?").kind());
        Reply reply = post("czy w aplikacji też to jest?");
        assertEquals(ReplyKind.CLARIFY, reply.kind(), "'to' points at a matter not understood: " + reply.text());
    }

    @Test
    void should_answer_a_follow_up_that_names_its_matter_after_a_question_not_understood() {
        assertEquals(ReplyKind.FALLBACK, post("ile kosztuje parking w Zakopanem?").kind());
        Reply reply = post("a w Krakowie w podstrefie A?");
        assertEquals(ReplyKind.ANSWER, reply.kind(), reply.text());
        assertEquals("parkowanie", reply.article().topic());
    }
}
