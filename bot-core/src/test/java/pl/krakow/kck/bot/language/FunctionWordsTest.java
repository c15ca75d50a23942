package pl.krakow.kck.bot.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.retrieval.Word;

class FunctionWordsTest {

    private static FunctionWords of(String text) {
        return FunctionWords.of(Arrays.asList(text.split(" ")));
    }

    @Test
    void should_count_english_words_where_no_polish_function_word_is() {
        assertTrue(of("Urząd Miasta opening hours").english());
        assertTrue(of("meldunek deadline").english());
        assertFalse(of("jak zapłacić przez app").english(), "a Polish sentence with an English word in it");
        assertFalse(of("karta krakowska odnowienie").english());
    }

    @Test
    void should_count_words_of_both_languages_for_neither() {
        FunctionWords words = of("one ticket to Nowa Huta by tram");
        assertEquals(0, words.polishWords());
        assertEquals(2, of("co to jest sterfomat").polishMargin());
    }

    @Test
    void should_hold_no_polish_word_in_the_english_word_list() throws IOException {
        List<String> words;
        try (InputStream in = FunctionWords.class.getResourceAsStream("english-words.txt")) {
            words = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
        assertTrue(words.size() > 1_000, "words: " + words.size());
        try (TextAnalyzer polish = TextAnalyzer.of(Language.PL)) {
            for (String word : words) {
                List<Word> read = polish.words(word);
                assertFalse(read.size() == 1 && read.getFirst().inDictionary(), word + " is a Polish word");
                assertEquals(word.toLowerCase(java.util.Locale.ROOT), word, word);
            }
        }
    }
}
