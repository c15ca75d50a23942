package pl.krakow.kck.bot.retrieval;

import morfologik.stemming.Dictionary;
import morfologik.stemming.polish.PolishStemmer;

/** The Morfologik Polish dictionary (PoliMorf), loaded once per JVM and shared by every analyzer. */
final class PolishDictionary {

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
}
