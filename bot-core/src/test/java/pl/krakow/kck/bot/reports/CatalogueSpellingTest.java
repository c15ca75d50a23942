package pl.krakow.kck.bot.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.retrieval.Word;

class CatalogueSpellingTest {

    private static final Set<String> LEMMAS = Set.of("latarnia", "dziura", "przekopany", "studzienka", "chodnik",
            "zniszczony", "pekniety", "peknac", "zaslonic", "oswietlenie", "swiecic", "smietnik", "przystanek", "lawka",
            "rozwalony", "zatarasowany", "wybity", "wywalic", "awaria", "kosz");

    private final CatalogueSpelling spelling = new CatalogueSpelling(LEMMAS);

    @Test
    void should_read_a_misspelt_word_as_the_catalogue_word() {
        assertEquals(Set.of("dziura"), spelling.lemmas(unknown("dziory")));
        assertEquals(Set.of("latarnia"), spelling.lemmas(unknown("latrnia")));
        assertEquals(Set.of("przekopany"), spelling.lemmas(unknown("przekopanay")));
        assertEquals(Set.of("chodnik"), spelling.lemmas(unknown("chodnki")));
        assertEquals(Set.of("pekniety"), spelling.lemmas(unknown("peknieta")));
    }

    @Test
    void should_not_read_an_english_word_as_a_catalogue_word_it_only_rhymes_with() {
        // English has no dictionary here: every word is unknown, so a real word one letter from a catalogue word
        // ("married" and "barrier", "krakow" and "brakowac") must not become it; a typo keeps its first letter
        CatalogueSpelling english = new CatalogueSpelling(Set.of("barrier", "brakowac", "pothole", "streetlight"), false);
        assertEquals(Set.of("married"), english.lemmas(unknown("married")));
        assertEquals(Set.of("krakow"), english.lemmas(unknown("krakow")));
        assertEquals(Set.of("pothole"), english.lemmas(unknown("pothol")));
        assertEquals(Set.of("brakowac"), new CatalogueSpelling(Set.of("brakowac"), true).lemmas(unknown("krakow")));
    }

    @Test
    void should_keep_a_word_no_catalogue_word_is_near() {
        assertEquals(Set.of("samochod"), spelling.lemmas(unknown("samochod")));
        assertEquals(Set.of("Latrnia"), spelling.lemmas(new Word("Latrnia", "latrnia", Set.of("Latrnia"), false, 1)));
    }

    /** Every lemma's one- and two-edit variants (and random words): the same lemmas as comparing with each lemma. */
    @Test
    void should_find_what_comparing_with_every_lemma_finds() {
        Set<String> typed = new LinkedHashSet<>();
        String letters = "abcdeklnoprstwyz";
        for (String lemma : LEMMAS) {
            for (String one : edits(lemma, letters)) {
                typed.add(one);
                typed.addAll(edits(one, "aeyz"));
            }
        }
        Random random = new Random(17);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder word = new StringBuilder();
            for (int i = 6 + random.nextInt(6); i > 0; i--) {
                word.append(letters.charAt(random.nextInt(letters.length())));
            }
            typed.add(word.toString());
        }
        int misspelt = 0;
        for (String word : typed) {
            Set<String> expected = new HashSet<>();
            for (String lemma : LEMMAS) {
                if (CatalogueSpelling.close(word, lemma)) {
                    expected.add(lemma);
                }
            }
            Set<String> found = spelling.lemmas(unknown(word));
            if (word.length() >= 6 && !expected.isEmpty()) {
                misspelt++;
                assertEquals(expected, found, word);
            } else {
                assertEquals(Set.of(word), found, word);
            }
        }
        assertEquals(true, misspelt > 1_000, "variants read as catalogue words: " + misspelt);
    }

    private static Word unknown(String folded) {
        return new Word(folded, folded, Set.of(folded), false, 1);
    }

    private static Set<String> edits(String word, String letters) {
        Set<String> edits = new LinkedHashSet<>();
        for (int i = 0; i <= word.length(); i++) {
            for (char c : letters.toCharArray()) {
                edits.add(word.substring(0, i) + c + word.substring(i));
                if (i < word.length()) {
                    edits.add(word.substring(0, i) + c + word.substring(i + 1));
                }
            }
            if (i < word.length()) {
                edits.add(word.substring(0, i) + word.substring(i + 1));
            }
            if (i + 1 < word.length()) {
                edits.add(word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2));
            }
        }
        return edits;
    }
}
