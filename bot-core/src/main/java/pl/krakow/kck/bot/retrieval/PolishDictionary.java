package pl.krakow.kck.bot.retrieval;

import java.util.Locale;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;

/**
 * The Morfologik Polish dictionary (PoliMorf), loaded once per JVM and shared by every analyzer; like
 * {@link UkrainianDictionary}, it also tells whether a word is one of its forms. Thread-safe.
 */
public final class PolishDictionary {

    private static final Dictionary DICTIONARY = new PolishStemmer().getDictionary();
    private static final DiacriticRestorer RESTORER = new DiacriticRestorer(DICTIONARY);

    private PolishDictionary() {
    }

    static Dictionary dictionary() {
        return DICTIONARY;
    }

    static DiacriticRestorer restorer() {
        return RESTORER;
    }

    /**
     * Whether a word is a Polish word form, typed with its Polish letters or without them ("mozna" is "można"): what
     * a Latin-script word of another language is told apart from.
     */
    public static boolean knows(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (DiacriticRestorer.isCandidate(lower)) {
            return !RESTORER.restore(lower).isEmpty();
        }
        return !new DictionaryLookup(DICTIONARY).lookup(lower).isEmpty();
    }

    /**
     * Whether {@code surface}, written with a capital, is a form of a Polish proper name: PoliMorf writes the lemmas of
     * towns, regions, rivers and people's names with a capital ("Wieliczka", "Zakopane", "Wisła"). In an edition
     * without the Polish dictionary (English) such a name is a name as typed, not a misspelt article word one letter
     * away ("Wieliczka" is no "wielicka").
     */
    static boolean isProperName(String surface) {
        if (surface.isEmpty() || !Character.isUpperCase(surface.codePointAt(0))) {
            return false;
        }
        for (WordData data : new DictionaryLookup(DICTIONARY).lookup(surface)) {
            CharSequence lemma = data.getStem();
            if (lemma != null && lemma.length() > 0 && Character.isUpperCase(lemma.charAt(0))) {
                return true;
            }
        }
        return false;
    }
}
