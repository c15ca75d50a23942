package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DiacriticRestorerTest {

    private final DiacriticRestorer restorer = PolishDictionary.restorer();

    @Test
    void should_find_the_polish_word_behind_an_ascii_spelling() {
        assertEquals(List.of("zaświadczenia"), restorer.restore("zaswiadczenia"));
        assertEquals(List.of("urzędzie"), restorer.restore("urzedzie"));
        assertEquals(List.of("żółw"), restorer.restore("zolw"));
    }

    @Test
    void should_offer_every_dictionary_word_an_ascii_spelling_may_stand_for() {
        List<String> forms = restorer.restore("sad");
        assertTrue(forms.contains("sad") && forms.contains("sąd"), forms::toString);
    }

    @Test
    void should_keep_case_as_typed() {
        assertEquals(List.of("Kraków"), restorer.restore("Krakow"));
    }

    @Test
    void should_find_nothing_for_non_words_and_skip_words_with_polish_letters() {
        assertEquals(List.of(), restorer.restore("qwzx"));
        assertEquals(List.of(), restorer.restore("dowód"));
        assertFalse(DiacriticRestorer.isCandidate("dowód"));
        assertFalse(DiacriticRestorer.isCandidate("123"));
    }
}
