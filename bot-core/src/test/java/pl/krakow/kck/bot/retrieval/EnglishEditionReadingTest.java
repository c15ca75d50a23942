package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.language.Language;

/** How the English edition of the real knowledge base reads English words it has no Morfologik dictionary for. */
class EnglishEditionReadingTest {

    private static LiveIndex index;

    @BeforeAll
    static void open() {
        index = Fixtures.corpusEditions();
    }

    private static List<QueryConcept> concepts(String question) {
        try {
            return index.edition(Language.EN).get().concepts(question);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "what is the minimum wage in Poland|wage",
            "my wife lost her ID card|wife",
            "is it for real?|real",
            "where is the best place for that|best",
    })
    void should_read_a_real_english_word_as_typed_not_as_an_article_word_one_letter_away(String question, String word) {
        assertTrue(concepts(question).stream().anyMatch(c -> c.text().equals(word) && !c.corrected()), () -> question + " " + concepts(question));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "my son is 10, can he get the card himself?|himself",
            "I already paid once, do I pay again?|once",
            "we both live near the park|both",
    })
    void should_not_weigh_a_function_word_of_the_snowball_list(String question, String word) {
        assertFalse(concepts(question).stream().anyMatch(c -> c.text().equals(word)), () -> question + " " + concepts(question));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "my bike is stolen i think, what now?|think",
            "ok and how much is it gonna be?|gonna",
            "ok and how much is it gonna be?|ok",
            "i dont have the receipt though|though",
            "i dont have the receipt though|dont",
    })
    void should_not_weigh_a_chat_word_the_knowledge_base_never_holds(String question, String word) {
        assertFalse(concepts(question).stream().anyMatch(c -> c.text().equalsIgnoreCase(word)), () -> question + " " + concepts(question));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "helo, i am new in krakow, need to make meldunek?|help",
    })
    void should_not_weigh_a_misspelt_word_read_as_a_stopword(String question, String term) {
        assertFalse(concepts(question).stream().anyMatch(c -> c.terms().contains(term)), () -> question + " " + concepts(question));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "what time does the Wieliczka salt mine open?|Wieliczka",
            "I moved here from Zakopane|Zakopane",
    })
    void should_read_a_polish_proper_name_as_typed_not_as_an_article_word_one_letter_away(String question, String word) {
        assertTrue(concepts(question).stream().anyMatch(c -> c.text().equals(word) && !c.corrected()), () -> question + " " + concepts(question));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "when do I recieve my ID card|recieve",
            "how do I change my adress|adress",
    })
    void should_still_correct_a_misspelt_word(String question, String word) {
        assertTrue(concepts(question).stream().anyMatch(c -> c.text().startsWith(word + "→")), () -> question + " " + concepts(question));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "how do I get a job at Google Krakow|googl",
            "I am from Italy, do I register my address|itali",
    })
    void should_keep_a_capitalised_english_word_that_is_no_local_name(String question, String term) {
        assertTrue(concepts(question).stream().anyMatch(c -> c.terms().contains(term)), () -> question + " " + concepts(question));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I live on Karmelicka, where is my office|karmelicka",
    })
    void should_still_leave_out_a_local_name(String question, String term) {
        assertFalse(concepts(question).stream().anyMatch(c -> c.terms().contains(term)), () -> question + " " + concepts(question));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "how much is the ID card?|dowod-oplata",
            "how much is a driving licence?|prawojazdy-oplata",
    })
    void should_read_how_much_as_asking_the_cost(String question, String article) {
        assertEquals(article, index.edition(Language.EN).get().search(question, 5).candidates().getFirst().article().id(), question);
    }
}
