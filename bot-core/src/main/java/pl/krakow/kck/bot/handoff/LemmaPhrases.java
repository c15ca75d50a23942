package pl.krakow.kck.bot.handoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.retrieval.Word;

/**
 * Phrases matched on lemmas: a phrase is a sequence of words, found in a message in the same order with at
 * most {@value #MAX_GAP} other words between two of them. A word matches when it shares a lemma with the
 * phrase's word, so "z kims z urzedu" matches "ktoś z urzędu". In Polish, whose dictionary tells a misspelt
 * word from a known one, a one-word phrase also matches a word the dictionary does not know that is its
 * misspelling ({@link Misspelt}: "z konsulatnem" is "z konsultantem").
 */
final class LemmaPhrases {

    static final int MAX_GAP = 2;

    private final List<List<Set<String>>> phrases = new ArrayList<>();
    /** The one-word phrases as written (folded), for misspellings; empty where the language has no dictionary. */
    private final List<String> single = new ArrayList<>();

    LemmaPhrases(TextAnalyzer analyzer, List<String> phrases) {
        boolean dictionary = analyzer.language() == Language.PL;
        for (String phrase : phrases) {
            List<Word> parsed = analyzer.words(phrase);
            List<Set<String>> words = parsed.stream().map(Word::lemmas).toList();
            if (!words.isEmpty()) {
                this.phrases.add(words);
            }
            if (dictionary && parsed.size() == 1) {
                single.add(parsed.getFirst().folded());
            }
        }
    }

    boolean isEmpty() {
        return phrases.isEmpty();
    }

    /** Whether any phrase occurs in the words. */
    boolean foundIn(List<Word> words) {
        for (List<Set<String>> phrase : phrases) {
            for (int start = 0; start < words.size(); start++) {
                if (matchesFrom(phrase, words, start)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Positions of the words that are a one-word phrase of this list (several-word phrases: their first word). */
    List<Integer> positionsIn(List<Word> words) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            boolean found = false;
            for (List<Set<String>> phrase : phrases) {
                if (matchesFrom(phrase, words, i)) {
                    found = true;
                    break;
                }
            }
            Word word = words.get(i);
            if (found || !word.inDictionary() && single.stream().anyMatch(p -> Misspelt.as(word.folded(), p))) {
                positions.add(i);
            }
        }
        return positions;
    }

    private static boolean matchesFrom(List<Set<String>> phrase, List<Word> words, int start) {
        if (!shares(phrase.getFirst(), words.get(start))) {
            return false;
        }
        int at = start;
        for (int k = 1; k < phrase.size(); k++) {
            int found = -1;
            for (int j = at + 1; j < words.size() && j <= at + 1 + MAX_GAP; j++) {
                if (shares(phrase.get(k), words.get(j))) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                return false;
            }
            at = found;
        }
        return true;
    }

    private static boolean shares(Set<String> lemmas, Word word) {
        for (String lemma : word.lemmas()) {
            if (lemmas.contains(lemma)) {
                return true;
            }
        }
        return false;
    }
}
