package pl.krakow.kck.bot.retrieval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The reviewed stopword list ({@code stopwords.txt}): words that never decide which article answers.
 * "nie" is deliberately not one of them.
 */
public final class Stopwords {

    private final Set<String> words;

    private Stopwords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    public static Stopwords polish() {
        return read("stopwords.txt");
    }

    /**
     * A language's list: Polish {@code stopwords.txt}; Ukrainian {@code stopwords-uk.txt} plus the Polish list
     * (Ukrainians write Polish office phrases in Latin letters); English {@code stopwords-en.txt}.
     */
    public static Stopwords of(pl.krakow.kck.bot.language.Language language) {
        return switch (language) {
            case PL -> polish();
            case UK -> {
                Set<String> words = new HashSet<>(read("stopwords-uk.txt").words);
                words.addAll(polish().words);
                yield new Stopwords(words);
            }
            case EN -> read("stopwords-en.txt");
        };
    }

    private static Stopwords read(String resource) {
        try (InputStream in = Stopwords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(TextAnalyzer.fold(word));
                }
            }
            return new Stopwords(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the word carries no meaning for retrieval: its form, or all its lemmas, are listed. */
    public boolean isStopword(Word word) {
        return words.contains(word.folded()) || words.containsAll(word.lemmas());
    }

    public boolean contains(String folded) {
        return words.contains(folded);
    }
}
