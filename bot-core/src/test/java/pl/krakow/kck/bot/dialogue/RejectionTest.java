package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "nie o to mi chodzi", "nie, chodzi mi o …": the resident says the last reply missed the point; the subject is
 * dropped, not carried into what they say next. A lone name ("karta krakowska") is offered its articles.
 */
class RejectionTest {

    private final CorpusConversation conversation = new CorpusConversation();

    @AfterEach
    void close() {
        conversation.close();
    }

    @Test
    void should_take_the_subject_named_after_a_rejection_with_the_facet_asked_before() {
        Reply first = conversation.post("ile kosztuje wyrobienie dowodu osobistego?");
        assertEquals("dowod-osobisty", first.article().topic(), first.text());
        Reply corrected = conversation.post("nie, chodzi mi o paszport");
        assertNotEquals(ReplyKind.FALLBACK, corrected.kind(), corrected.text());
        if (corrected.kind() == ReplyKind.ANSWER) {
            assertEquals("paszport", corrected.article().topic(), corrected.text());
        } else {
            assertTrue(corrected.options().stream().anyMatch(o -> o.id().contains("paszport")), corrected.options().toString());
        }
    }

    @Test
    void should_offer_the_other_articles_when_the_resident_says_the_answer_missed_the_point() {
        Reply first = conversation.post("zgubiłem dowód osobisty, co robić?");
        assertEquals(ReplyKind.ANSWER, first.kind(), first.text());
        Reply rejected = conversation.post("nie o to mi chodzi");
        assertEquals(ReplyKind.CLARIFY, rejected.kind(), rejected.text());
        assertNull(rejected.article());
        List<String> offered = rejected.options().stream().map(Reply.Option::id).toList();
        assertFalse(offered.contains(DialogueEngine.ARTICLE_OPTION + first.article().id()), offered.toString());
    }

    @Test
    void should_not_read_a_no_that_belongs_to_the_question_as_a_rejection() {
        Reply first = conversation.post("jak zameldować się na pobyt stały?");
        assertEquals("meldunek", first.article().topic(), first.text());
        Reply reply = conversation.post("nie mam umowy najmu, co wtedy?");
        assertEquals(ReplyKind.ANSWER, reply.kind(), reply.text());
        assertEquals("meldunek", reply.article().topic(), reply.text());
    }

    @Test
    void should_offer_the_articles_of_a_matter_named_alone_in_two_words() {
        for (String name : List.of("karta krakowska", "prawo jazdy", "dowód osobisty", "strefa płatnego parkowania")) {
            try (CorpusConversation alone = new CorpusConversation()) {
                Reply reply = alone.post(name);
                assertEquals(ReplyKind.CLARIFY, reply.kind(), name + ": " + reply.text());
                assertTrue(reply.options().size() >= 3, name + ": " + reply.options());
            }
        }
    }

    @Test
    void should_answer_two_words_whose_article_stands_out() {
        for (String text : List.of("zgubiony dowód", "wycinka drzewa")) {
            try (CorpusConversation alone = new CorpusConversation()) {
                Reply reply = alone.post(text);
                assertEquals(ReplyKind.ANSWER, reply.kind(), text + ": " + reply.text());
            }
        }
    }
}
