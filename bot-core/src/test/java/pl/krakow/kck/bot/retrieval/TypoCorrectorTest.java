package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import pl.krakow.kck.bot.text.EditDistance;

class TypoCorrectorTest {

    private final TypoCorrector corrector = new TypoCorrector(Map.of(
            "dowod", 12, "osobisty", 10, "zameldowaniu", 3, "harmonogram", 2, "wydzial", 5, "przelewu", 1,
            "paszport", 4, "pasport", 0, "kara", 6, "karta", 9));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "osbisty, osobisty",        // a letter missing
            "osobistyy, osobisty",      // a letter doubled
            "dowid, dowod",             // a neighbouring key
            "wydizal, wydzial",         // two letters swapped
            "zameldowniu, zameldowaniu",
            "harmongram, harmonogram"})
    void should_correct_one_slip_of_the_keyboard(String typed, String meant) {
        assertEquals(meant, corrector.correct(typed));
    }

    @Test
    void should_allow_two_edits_only_in_long_words() {
        // a letter lost here and one doubled there: two edits, found through one deletion on each side
        assertEquals("harmonogram", corrector.correct("hrmonogramm"));
        assertNull(corrector.correct("dwid"));
    }

    @Test
    void should_prefer_the_word_found_in_more_articles() {
        assertEquals("karta", corrector.correct("karrta"));
        assertEquals("karta", corrector.correct("kartaa"));
    }

    @Test
    void should_prefer_among_equals_the_word_the_slip_left_most_of() {
        TypoCorrector equals = new TypoCorrector(Map.of("prace", 2, "pracuje", 2, "jezdni", 2, "jezdzic", 2));
        assertEquals("pracuje", equals.correct("pracje"));   // "prac" and "je" kept, against "prac" and "e"
        assertEquals("jezdzic", equals.correct("jezdzi"));   // "jezdzi" kept whole, against "jezd" and "i"
    }

    @Test
    void should_list_every_close_word_the_likeliest_first() {
        // "karat": "karta" (two letters swapped) and "kara" (one left out) are one edit away, "karty" two
        TypoCorrector words = new TypoCorrector(Map.of("kara", 6, "karta", 9, "karty", 1));
        assertEquals(java.util.List.of("karta", "kara"), words.corrections("karat"));
        assertEquals(java.util.List.of(), words.corrections("karta"));
    }

    @Test
    void should_leave_known_words_and_short_words_alone() {
        assertNull(corrector.correct("dowod"));
        assertNull(corrector.correct("kar"));
    }

    @Test
    void should_measure_distance_with_adjacent_swaps_as_one_edit() {
        assertEquals(1, EditDistance.between("wydizal", "wydzial"));
        assertEquals(2, EditDistance.between("hrmonogramm", "harmonogram"));
        assertEquals(0, EditDistance.between("kara", "kara"));
    }

    @ParameterizedTest(name = "{0} sounds like {1}: {2}")
    @CsvSource({
            "dowud, dowod, true",          // ó written u
            "pasarzera, pasazera, true",   // ż written rz
            "morze, moze, true",
            "hodnik, chodnik, true",       // ch written h
            "dowid, dowod, false",         // a neighbouring key
            "wydizal, wydzial, false",     // two letters swapped
            "karat, karta, false",
            "kara, karta, false",          // a letter left out, not a sound
            "dowod, dowod, false"})
    void should_tell_a_spelling_that_sounds_the_same_from_other_slips(String typed, String meant, boolean alike) {
        assertEquals(alike, TypoCorrector.soundsAlike(typed, meant));
    }

    @Test
    void should_prefer_among_equally_close_words_the_one_that_sounds_as_typed() {
        // "dowud" is one letter from "dowod" (ó/u) and from "dowid", found in more articles
        TypoCorrector words = new TypoCorrector(Map.of("dowod", 2, "dowid", 9));
        assertEquals("dowod", words.correct("dowud"));
    }
}
