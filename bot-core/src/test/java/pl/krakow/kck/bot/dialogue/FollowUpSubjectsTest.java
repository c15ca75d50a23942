package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Whether a follow-up changes the subject, in conversations over the real knowledge base: a word pointing back
 * ("to", "tam", "te automaty", "jaki formularz") keeps it, and so do a qualification ("a przy ulicy?") and a date;
 * a new subject named after "a", "a potem", "a jeszcze" is answered from its own topic, not from the old
 * subject's article that mentions it in passing.
 */
class FollowUpSubjectsTest {

    private final CorpusConversation conversation = new CorpusConversation();

    @AfterEach
    void close() {
        conversation.close();
    }

    private String topicOf(String text) {
        return conversation.topicOf(text);
    }

    @Test
    void should_answer_a_new_subject_from_its_own_topic_not_from_the_old_article_that_mentions_it() {
        assertEquals("dowod-osobisty", topicOf("czy po przeprowadzce trzeba wymienić dowód osobisty?"));
        assertEquals("meldunek", topicOf("a meldunek też trzeba zmienić?"));
        assertEquals("meldunek", topicOf("w jakim terminie?"), "the new subject is the subject now");
    }

    @Test
    void should_ask_what_a_question_about_what_to_bring_is_about_when_nothing_was_said_before() {
        Reply reply = conversation.post("co trzeba ze sobą przynieść?");
        assertEquals(ReplyKind.CLARIFY, reply.kind(), "'przynieść' asks for the documents of a matter not named yet: " + reply.text());
    }

    @Test
    void should_ask_a_long_question_on_a_new_subject_without_the_facet_of_the_last_one() {
        assertEquals("prawo-jazdy", topicOf("na ile lat jest ważne prawo jazdy?"));
        assertEquals("karta-krakowska", topicOf("A jak wyrobić Kartę Krakowską dla całej mojej rodziny?"),
                "the card's own question, not its validity: the large-family card answers it");
    }

    @Test
    void should_keep_the_subject_when_a_word_points_back_at_what_was_said() {
        assertEquals("sct", topicOf("gdzie zapłacę za wjazd do strefy czystego transportu?"));
        assertEquals("sct", topicOf("a gdzie stoją te automaty?"), "'te automaty': the ones just spoken of, not the ticket machines");
        assertEquals("sct", topicOf("czy w aplikacji też to załatwię?"), "'to': the subject, with the app named in passing");
    }

    @Test
    void should_answer_a_matter_of_its_own_that_no_article_of_the_subject_holds() {
        assertEquals("pojazdy", topicOf("jak wymienić dowód rejestracyjny po zmianie adresu"));
        assertEquals("zgloszenia", topicOf("dobra, a jak zgłosić hałasującego sąsiada w nocy?"),
                "its own words name the noise, nothing of the vehicles holds them: answered, not asked which");
    }

    @Test
    void should_keep_the_subject_when_asked_which_of_its_things() {
        assertEquals("podatki", topicOf("kupiłem dom, co z podatkiem od nieruchomości?"));
        assertEquals("podatki", topicOf("a jaki formularz?"));
    }

    @Test
    void should_read_a_qualification_and_a_date_as_the_same_subject() {
        assertEquals("zielen", topicOf("kto odpowiada za koszenie trawy na osiedlu?"));
        assertEquals("zielen", topicOf("a przy drodze?"));
        assertEquals("parkowanie", topicOf("do której godziny płaci się za parkowanie w strefie?"));
        assertEquals("parkowanie", topicOf("a 11 listopada?"), "a number names no subject");
        assertEquals("parkowanie", topicOf("a wieczorem też?"), "the time of day asks for the hours of the same subject");
    }

    @Test
    void should_turn_to_the_subject_named_after_a_potem_or_a_jeszcze() {
        assertEquals("usc", topicOf("urodziło nam się dziecko, gdzie je zarejestrować?"));
        assertEquals("dowod-osobisty", topicOf("a potem dowód dla niego jak wyrobić?"));
        assertEquals("parkowanie", topicOf("do której płaci się za parkowanie w strefie?"));
        assertEquals("sct", topicOf("a jeszcze jedno: co to jest SCT?"), "the 'to' of 'co to jest' points at nothing said");
    }
}
