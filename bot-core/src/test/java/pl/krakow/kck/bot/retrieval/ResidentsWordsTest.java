package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.dialogue.ReplyKind;

/**
 * Questions in residents' own words over the shipped knowledge base: the synonym groups (faq-corpus/articles/synonyms.txt)
 * read "za darmo" for "bezpłatnie", "krwiodawca" for "dawca krwi", "połamany" for "uszkodzony", "noworodek" for
 * "dziecko"; the stopwords leave out a label ("kat. B") and "jak się nazywa", which say nothing of the matter; a well-known place of Kraków (proper-names.txt: "na Plantach")
 * weighs as little as a district.
 */
class ResidentsWordsTest {

    private static ArticleIndex index;

    @BeforeAll
    static void open() {
        index = Fixtures.corpusIndex();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "czy Karta Krakowska jest za darmo?|karta-krakowska",
            "czy honorowy krwiodawca jeździ za darmo|komunikacja",
            "dowód mi się połamał na pół|dowod-osobisty",
            "Karta Krakowska dla noworodka|karta-krakowska",
            "ile kosztuje bilet na 20 minut?|komunikacja",
    })
    void should_answer_a_question_in_the_residents_words_for_what_an_article_says_in_others(String question, String topic) {
        AnswerPolicy.Decision decision = new AnswerPolicy().decide(index.search(question, 5));
        assertEquals(ReplyKind.ANSWER, decision.kind(), question);
        assertEquals(topic, decision.best().article().topic(), question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ile kosztuje prawo jazdy kat. B?|prawojazdy-oplata",
            "jak się nazywa apka miasta Krakowa?|kck-aplikacja-mkrakow",
    })
    void should_answer_from_what_is_asked_not_from_a_label_or_the_asking_for_a_name(String question, String article) {
        AnswerPolicy.Decision decision = new AnswerPolicy().decide(index.search(question, 5));
        assertEquals(ReplyKind.ANSWER, decision.kind(), question);
        assertEquals(article, decision.best().article().id(), question);
    }

    @org.junit.jupiter.api.Test
    void should_not_hold_a_well_known_place_of_krakow_against_the_article_that_answers() {
        String question = "pies bez właściciela biega po Plantach, do kogo dzwonić?";
        AnswerPolicy.Decision decision = new AnswerPolicy().decide(index.search(question, 5));
        assertEquals(ReplyKind.ANSWER, decision.kind(), "the Planty say where, not what: " + question);
        assertEquals("zgloszenia", decision.best().article().topic(), question);
    }

    @org.junit.jupiter.api.Test
    void should_not_read_whether_something_pays_off_as_paying_for_it() {
        String question = "czy karta krakowska sie oplaca?";
        AnswerPolicy.Decision decision = new AnswerPolicy().decide(index.search(question, 5));
        assertTrue(decision.kind() != ReplyKind.ANSWER || !decision.best().article().topic().equals("parkowanie"),
                "'opłaca się' asks whether it is worth it, not how to pay for parking: " + decision.kind());
    }
}
