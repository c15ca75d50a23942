package pl.krakow.kck.bot.reports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import pl.krakow.kck.bot.retrieval.Word;

/**
 * Reads a misspelt word as the catalogue word it was meant as ("dziora" → dziura, "latrnia" → latarnia,
 * "przekopanay" → przekopany): a word the dictionary does not know, typed in lower case (a capitalised
 * unknown word is mostly a name), is compared with the catalogue's lemmas without their endings, since
 * the misspelt word is inflected and the lemma is not. The stems must be at least five letters long and at
 * most one edit apart. Without a dictionary (English: every word is "unknown") a word is read as a catalogue
 * word only when it starts with the same letter: real words one letter from a catalogue word mostly differ
 * there ("married" is no "barrier", "krakow" no "brakować"), a typo rarely does ("potholl", "strete light").
 * Immutable, thread-safe.
 *
 * <p>The lemmas are found through their stems' one-letter deletions (two strings one edit apart share a string
 * with at most one letter deleted from each), then checked exactly: the same lemmas as comparing the word with
 * every lemma, without the scan (building the report matcher compared every catalogue word with every lemma).
 */
final class CatalogueSpelling {

    private static final int MIN_STEM = 5;
    private static final int MAX_ENDING = 2;

    /** A stem, or a stem with one letter deleted, → the lemmas with that stem. */
    private final Map<String, List<String>> byDeletion = new HashMap<>();
    private final boolean dictionary;

    /** @param lemmas the folded lemmas of the catalogue's keywords, signals and cues */
    CatalogueSpelling(Set<String> lemmas) {
        this(lemmas, true);
    }

    /**
     * @param lemmas     the folded lemmas of the catalogue's keywords, signals and cues
     * @param dictionary whether the analysis knows the language's words (Polish, Ukrainian), so that only
     *                   words it does not know are misspelt; false for English
     */
    CatalogueSpelling(Set<String> lemmas, boolean dictionary) {
        this.dictionary = dictionary;
        for (String lemma : lemmas) {
            for (String stem : stems(lemma)) {
                for (String key : deletions(stem)) {
                    List<String> holders = byDeletion.computeIfAbsent(key, k -> new java.util.ArrayList<>(1));
                    if (!holders.contains(lemma)) {
                        holders.add(lemma);
                    }
                }
            }
        }
    }

    /** The word's lemmas, or for a misspelt word the catalogue lemmas it was probably meant as (its own when none). */
    Set<String> lemmas(Word word) {
        if (word.inDictionary() || word.folded().length() < MIN_STEM + 1 || !word.surface().equals(word.surface().toLowerCase(Locale.ROOT))
                || !word.folded().chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return word.lemmas();
        }
        Set<String> meant = new HashSet<>();
        for (String stem : stems(word.folded())) {
            for (String key : deletions(stem)) {
                for (String lemma : byDeletion.getOrDefault(key, List.of())) {
                    if (!meant.contains(lemma) && close(word.folded(), lemma)
                            && (dictionary || lemma.charAt(0) == word.folded().charAt(0))) {
                        meant.add(lemma);
                    }
                }
            }
        }
        return meant.isEmpty() ? word.lemmas() : meant;
    }

    /** The stem itself and the stem with each one letter deleted. */
    private static Set<String> deletions(String stem) {
        Set<String> keys = new HashSet<>();
        keys.add(stem);
        for (int i = 0; i < stem.length(); i++) {
            keys.add(stem.substring(0, i) + stem.substring(i + 1));
        }
        return keys;
    }

    static boolean close(String typed, String lemma) {
        if (Math.abs(typed.length() - lemma.length()) > MAX_ENDING + 1) {
            return false;
        }
        for (String a : stems(typed)) {
            for (String b : stems(lemma)) {
                if (Math.abs(a.length() - b.length()) <= 1 && withinOneEdit(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> stems(String word) {
        List<String> stems = new java.util.ArrayList<>();
        for (int cut = 0; cut <= MAX_ENDING && word.length() - cut >= MIN_STEM; cut++) {
            stems.add(word.substring(0, word.length() - cut));
        }
        return stems;
    }

    /** Whether a and b differ by at most one letter inserted, deleted or replaced, or two neighbours swapped. */
    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() == b.length()) {
            int first = -1;
            int differences = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (differences++ == 0) {
                        first = i;
                    }
                }
            }
            if (differences == 1) {
                return true;
            }
            return differences == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first) && a.substring(first + 2).equals(b.substring(first + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        if (longer.length() - shorter.length() != 1) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.substring(i).equals(longer.substring(i + 1));
    }
}
