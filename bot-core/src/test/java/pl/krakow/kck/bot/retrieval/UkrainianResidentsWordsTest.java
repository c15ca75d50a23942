package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.language.Language;

/**
 * Ukrainian questions in residents' own words over the shipped knowledge base (synonyms.uk.txt, out-of-scope.uk.txt,
 * stopwords-uk.txt): the night and loud words of a noise complaint, the water mains, an SMS in Cyrillic; "уряд міста" is
 * the city office, not politics; Polish citizenship held is a condition of the question, getting it another office's matter.
 */
class UkrainianResidentsWordsTest {

    private static LiveIndex index;

    @BeforeAll
    static void open() {
        index = Fixtures.corpusEditions();
    }

    private static SearchResult search(String question) {
        return index.edition(Language.UK).get().search(question, 8);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "сусід щоночі голосно співає, куди дзвонити?|zgloszenia",
            "у нас прорвало водопровід, куди дзвонити?|zgloszenia",
    })
    void should_answer_a_question_in_the_residents_words_for_what_an_article_says_in_others(String question, String topic) {
        AnswerPolicy.Decision decision = new AnswerPolicy().decide(search(question));
        assertNotEquals(ReplyKind.FALLBACK, decision.kind(), question);
        assertEquals(topic, decision.best().article().topic(), question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "як написати листа до уряду міста?",
            "син має польське громадянство, де зробити йому dowód?",
    })
    void should_not_send_a_city_matter_elsewhere_for_a_word_it_shares_with_another_office(String question) {
        assertNull(search(question).redirect(), question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "що думає уряд України про мігрантів?",
            "як прискорити отримання польського громадянства?",
    })
    void should_still_name_the_other_office_of_its_own_matter(String question) {
        assertNotNull(search(question).redirect(), question);
    }
}
