package pl.krakow.kck.bot.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;

/**
 * The Ukrainian Morfologik dictionary (morfologik-ukrainian-search, the one Lucene's
 * {@code UkrainianMorfologikAnalyzer} uses), loaded once per JVM.
 */
public final class UkrainianDictionary {

    static final String RESOURCE = "ua/net/nlp/ukrainian.dict";
    private static final Dictionary DICTIONARY = load();

    private UkrainianDictionary() {
    }

    public static Dictionary dictionary() {
        return DICTIONARY;
    }

    /** Whether the word (as written, or in lower case) is a Ukrainian word form. */
    public static boolean knows(String word) {
        DictionaryLookup lookup = new DictionaryLookup(DICTIONARY);
        String normalized = word.replace('’', '\'').replace('ʼ', '\'');
        return !lookup.lookup(normalized).isEmpty() || !lookup.lookup(normalized.toLowerCase(Locale.ROOT)).isEmpty();
    }

    private static Dictionary load() {
        URL url = UkrainianDictionary.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException(RESOURCE + " missing from the classpath (morfologik-ukrainian-search)");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
