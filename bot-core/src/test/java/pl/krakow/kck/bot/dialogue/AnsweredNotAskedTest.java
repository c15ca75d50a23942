package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Conversations where a good agent answers rather than asks back (issue 12, "Honest confidence"): a question
 * plainly about one subject, the reply to "in which matter?", a follow-up that names nothing but the subject. And
 * where it still asks: choices across subjects, a lone word out of the blue.
 */
class AnsweredNotAskedTest {

    @Test
    void should_answer_a_question_about_one_subject_though_it_holds_less_than_a_clear_answer() {
        try (CorpusConversation resident = new CorpusConversation()) {
            Reply reply = resident.post("babcia leży w szpitalu, zgubiła dowód osobisty, mogę złożyć zgłoszenie w jej imieniu?");
            assertEquals(ReplyKind.ANSWER, reply.kind(), reply.text());
            assertEquals("dowod-osobisty", reply.article().topic());
        }
    }

    @Test
    void should_still_ask_or_admit_when_the_grey_zone_spans_several_subjects() {
        for (String question : new String[] {"jaki jest sens zycia", "Jaki jest dziś kurs euro?", "jak zmienić dowód rejestracyjny w Niemczech"}) {
            try (CorpusConversation resident = new CorpusConversation()) {
                assertNotEquals(ReplyKind.ANSWER, resident.post(question).kind(), question);
            }
        }
    }

    @Test
    void should_answer_the_subject_named_after_being_asked_what_a_lone_number_meant() {
        String[][] conversations = {{"7", "chodzi mi o paszport", "paszport"}, {"3", "chciałem zapytać o parkowanie", "parkowanie"},
                {"12", "bilety", "komunikacja"}};
        for (String[] turns : conversations) {
            try (CorpusConversation resident = new CorpusConversation()) {
                assertEquals(ReplyKind.CLARIFY, resident.post(turns[0]).kind());
                assertEquals(turns[2], resident.topicOf(turns[1]), turns[1]);
            }
        }
    }

    @Test
    void should_still_offer_choices_for_a_lone_word_out_of_the_blue() {
        try (CorpusConversation resident = new CorpusConversation()) {
            assertEquals(ReplyKind.CLARIFY, resident.post("parking").kind());
        }
    }

    @Test
    void should_answer_a_follow_up_that_names_nothing_from_the_subject_not_from_another_topics_facet() {
        String[][] conversations = {{"jak wyrobić Kartę Krakowską?", "a długo się czeka?"}, {"czy Karta Krakowska jest płatna?", "długo się na to czeka?"}};
        for (String[] turns : conversations) {
            try (CorpusConversation resident = new CorpusConversation()) {
                assertEquals("karta-krakowska", resident.topicOf(turns[0]));
                assertEquals("karta-krakowska", resident.topicOf(turns[1]), turns[1]);
            }
        }
    }

    @Test
    void should_answer_a_bare_facet_follow_up_from_the_subjects_article_on_that_facet() {
        String[][] conversations = {{"zgubiłem portfel, a w nim dowód", "czy płaci się coś za nowy?", "dowod-oplata"},
                {"potrzebuję odpisu aktu urodzenia", "a ile za to zapłacę?", "usc-odpis-aktu-oplata"},
                {"muszę wyrobić paszport", "a ile to trwa?", "paszport-czas-oczekiwania"},
                {"chcę się zameldować na pobyt stały", "ile mam na to czasu?", "meldunek-termin"}};
        for (String[] turns : conversations) {
            try (CorpusConversation resident = new CorpusConversation()) {
                resident.topicOf(turns[0]);
                Reply reply = resident.post(turns[1]);
                assertEquals(ReplyKind.ANSWER, reply.kind(), reply.text());
                assertEquals(turns[2], reply.article().id(), turns[1]);
            }
        }
    }
}
