package pl.krakow.kck.bot.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import pl.krakow.kck.bot.text.EditDistance;

/**
 * Corrects a misspelt word to the nearest word form of the knowledge base, by symmetric deletion
 * (SymSpell): every vocabulary word is filed under itself and each form with one letter deleted, so a
 * word one edit away (a letter missing, extra, wrong, or two letters swapped) shares a key with it and
 * is found by a handful of hash lookups instead of an automaton walk over the vocabulary.
 *
 * <p>Words up to 7 letters are corrected at distance 1; longer words at distance 2 when the candidates
 * found are that close. Among equals a word spelt the way the typed one sounds wins ({@link #soundsAlike}),
 * then the word found in more articles, then the one sharing more of its first and last letters with the
 * typed word. Immutable, thread-safe.
 */
public final class TypoCorrector {

    private static final int MIN_LENGTH = 4;
    private static final int LONG_WORD = 8;

    private final Map<String, Object> byKey = new HashMap<>();
    private final Map<String, Integer> frequency;

    /** @param vocabulary folded word forms with the number of articles each occurs in */
    public TypoCorrector(Map<String, Integer> vocabulary) {
        this.frequency = Map.copyOf(vocabulary);
        for (String word : vocabulary.keySet()) {
            if (word.length() < MIN_LENGTH || !word.chars().allMatch(Character::isLetter)) {
                continue;
            }
            file(word, word);
            for (int i = 0; i < word.length(); i++) {
                file(deleted(word, i), word);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void file(String key, String word) {
        Object present = byKey.get(key);
        if (present == null) {
            byKey.put(key, word);
        } else if (present instanceof String single) {
            if (!single.equals(word)) {
                List<String> words = new ArrayList<>(2);
                words.add(single);
                words.add(word);
                byKey.put(key, words);
            }
        } else {
            List<String> words = (List<String>) present;
            if (!words.contains(word)) {
                words.add(word);
            }
        }
    }

    /** Whether {@code folded} is a word form of the vocabulary. */
    public boolean contains(String folded) {
        return frequency.containsKey(folded);
    }

    /** The vocabulary word {@code folded} was probably meant as, or null when none is close enough. */
    public String correct(String folded) {
        List<String> candidates = corrections(folded);
        return candidates.isEmpty() ? null : candidates.getFirst();
    }

    /**
     * Every vocabulary word close enough to {@code folded} to be what was meant, the likeliest first: the
     * fewest edits, then a word that sounds as typed, then the word found in more articles. Empty for a word
     * of the vocabulary or a short one.
     */
    public List<String> corrections(String folded) {
        if (folded.length() < MIN_LENGTH || frequency.containsKey(folded)) {
            return List.of();
        }
        int allowed = folded.length() >= LONG_WORD ? 2 : 1;
        Map<String, Integer> distances = new HashMap<>();
        distances.put(folded, Integer.MAX_VALUE); // the typed word is no candidate
        List<String> keys = new ArrayList<>(folded.length() + 1);
        keys.add(folded);
        for (int i = 0; i < folded.length(); i++) {
            keys.add(deleted(folded, i));
        }
        List<String> found = new ArrayList<>();
        for (String key : keys) {
            for (String candidate : candidates(key)) {
                if (distances.containsKey(candidate)) {
                    continue;
                }
                int distance = EditDistance.between(folded, candidate);
                distances.put(candidate, distance);
                if (distance <= allowed) {
                    found.add(candidate);
                }
            }
        }
        found.sort(java.util.Comparator.<String>comparingInt(distances::get)
                .thenComparing(c -> soundsAlike(folded, c) ? 0 : 1)
                .thenComparing(c -> -frequency.getOrDefault(c, 0))
                .thenComparing(c -> -affixes(folded, c))
                .thenComparing(java.util.Comparator.naturalOrder()));
        return found;
    }

    /**
     * Letters two words share at their start and at their end: between equally likely corrections the
     * one the slip left most of ("pracje": "pracuje" keeps "prac" and "je", "prace" only "prac" and "e").
     */
    static int affixes(String a, String b) {
        int prefix = 0;
        while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length() - prefix && suffix < b.length() - prefix
                && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        return prefix + suffix;
    }

    /**
     * Whether {@code meant} differs from {@code typed} only by a spelling that sounds the same, which leaves
     * no doubt about the word: ó/u ("dowud", folded "o"/"u"), rz/ż ("pasarzera", folded "rz"/"z") or ch/h
     * ("hodnik"). Both words are folded.
     */
    static boolean soundsAlike(String typed, String meant) {
        if (typed.length() == meant.length()) {
            int differs = -1;
            for (int i = 0; i < typed.length(); i++) {
                if (typed.charAt(i) != meant.charAt(i)) {
                    if (differs >= 0) {
                        return false;
                    }
                    differs = i;
                }
            }
            return differs >= 0 && oOrU(typed.charAt(differs)) && oOrU(meant.charAt(differs));
        }
        String longer = typed.length() > meant.length() ? typed : meant;
        String shorter = longer.equals(typed) ? meant : typed;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        for (int i = 0; i + 1 < longer.length(); i++) {
            String pair = longer.substring(i, i + 2);
            if ((pair.equals("rz") || pair.equals("ch")) && deleted(longer, i).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    private static boolean oOrU(char letter) {
        return letter == 'o' || letter == 'u';
    }

    @SuppressWarnings("unchecked")
    private List<String> candidates(String key) {
        Object present = byKey.get(key);
        if (present == null) {
            return List.of();
        }
        return present instanceof String single ? List.of(single) : (List<String>) present;
    }

    private static String deleted(String word, int at) {
        return word.substring(0, at) + word.substring(at + 1);
    }
}
