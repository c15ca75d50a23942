package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.language.Language;

class StreetNamesTest {

    private final TextAnalyzer ukrainian = TextAnalyzer.of(Language.UK);

    @Test
    void should_take_the_capitalised_word_after_a_street_abbreviation_as_a_name() {
        List<Word> words = ukrainian.words("мешкаю на вул. Зеленій біля школи");
        Word street = words.get(3);
        assertTrue(street.surface().equals("Зеленій"));
        assertFalse(street.inDictionary(), "a street named after the abbreviation is a place, not the adjective");
        assertTrue(ukrainian.word("Зеленій").inDictionary(), "the same word elsewhere is the dictionary's adjective");
    }

    @Test
    void should_leave_a_lower_case_word_after_a_street_abbreviation_as_it_is() {
        List<Word> words = ukrainian.words("на ул. зеленій");
        assertTrue(words.get(2).inDictionary());
    }

    @Test
    void should_take_the_polish_abbreviation_ul_as_a_street_marker_too() {
        List<Word> words = TextAnalyzer.of(Language.PL).words("mieszkam przy ul. Zielonej");
        assertFalse(words.get(3).inDictionary());
    }

    @Test
    void should_read_russian_influenced_words_of_need_and_the_street_abbreviation_as_saying_nothing() {
        Stopwords stopwords = ukrainian.stopwords();
        for (String word : List.of("нужно", "нада", "вул", "ул")) {
            assertTrue(stopwords.isStopword(ukrainian.word(word)), word);
        }
    }
}
