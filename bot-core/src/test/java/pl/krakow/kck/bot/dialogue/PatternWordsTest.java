package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The words of word patterns, each on its own, answer as a pass over the patterns does. */
class PatternWordsTest {

    private static final List<WordPattern> PATTERNS = List.of(WordPattern.of("ile koszt*"), WordPattern.of("opłata"),
            WordPattern.of("godziny otwarcia"));

    @Test
    void should_know_every_word_of_a_phrase_on_its_own() {
        PatternWords words = new PatternWords(PATTERNS);
        assertTrue(words.matches("ile"));
        assertTrue(words.matches("otwarcia"));
        assertTrue(words.matches("oplata"));
        assertFalse(words.matches("paszport"));
    }

    @Test
    void should_take_a_word_ending_in_a_star_as_the_start_of_words() {
        PatternWords words = new PatternWords(PATTERNS);
        assertTrue(words.matches("koszt"));
        assertTrue(words.matches("kosztuje"));
        assertFalse(words.matches("kosz"));
    }

    @Test
    void should_answer_as_the_patterns_do_for_each_word() {
        PatternWords words = new PatternWords(PATTERNS);
        for (String token : WordPattern.tokens("Ile kosztuje opłata za kosz na śmieci i godziny otwarcia urzędu?")) {
            assertEquals(PATTERNS.stream().anyMatch(p -> p.anyWordMatches(token)), words.matches(token), token);
        }
    }
}
