package pl.krakow.kck.bot.retrieval;

import java.util.Locale;

import morfologik.stemming.DictionaryLookup;

/**
 * Whether a word is a Polish word form (PoliMorf), typed with its Polish letters or without them ("mozna" is
 * "można"): what a Latin-script word other than Polish is told apart from. Thread-safe; the dictionary is shared.
 */
public final class PolishWords {

    private PolishWords() {
    }

    public static boolean known(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (DiacriticRestorer.isCandidate(lower)) {
            return !PolishDictionary.restorer().restore(lower).isEmpty();
        }
        return !new DictionaryLookup(PolishDictionary.dictionary()).lookup(lower).isEmpty();
    }
}
