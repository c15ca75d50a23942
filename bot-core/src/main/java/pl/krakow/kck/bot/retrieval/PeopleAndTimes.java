package pl.krakow.kck.bot.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import pl.krakow.kck.bot.language.Language;

/**
 * Words that say who a question concerns ("my daughter", "moja żona") or when ("yesterday", "w weekend"), not what it
 * asks (issues 12/13), one list per language ({@code people-and-times.txt}, {@code people-and-times-uk.txt},
 * {@code people-and-times-en.txt}). The search weighs such a word that no article holds as nothing in the coverage, and
 * the life events do not take it for something asked beside the event. A word ending in {@code *} is a stem.
 */
public final class PeopleAndTimes {

    private final Set<String> words;
    private final List<String> stems;

    PeopleAndTimes(Set<String> words, List<String> stems) {
        this.words = Set.copyOf(words);
        this.stems = List.copyOf(stems);
    }

    /** The language's list. */
    public static PeopleAndTimes of(Language language) {
        return read(switch (language) {
            case PL -> "people-and-times.txt";
            case UK -> "people-and-times-uk.txt";
            case EN -> "people-and-times-en.txt";
        });
    }

    /** A list of comma-separated words and stems ({@code "córk*"}), {@code #} starting a comment line. */
    static PeopleAndTimes parse(String text) {
        Set<String> words = new HashSet<>();
        List<String> stems = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            for (String item : line.split(",")) {
                for (String word : item.strip().split("\\s+")) { // "на жаль": each word of a phrase on its own
                    String folded = TextAnalyzer.fold(word.strip());
                    if (folded.endsWith("*") && folded.length() > 1) {
                        stems.add(folded.substring(0, folded.length() - 1));
                    } else if (!folded.isEmpty()) {
                        words.add(folded);
                    }
                }
            }
        }
        return new PeopleAndTimes(words, stems);
    }

    private static PeopleAndTimes read(String resource) {
        try (InputStream in = PeopleAndTimes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a folded word ({@link TextAnalyzer#fold}) says who or when. */
    public boolean names(String folded) {
        if (words.contains(folded)) {
            return true;
        }
        for (int i = 0; i < stems.size(); i++) { // by index: no iterator per word on the message path
            if (folded.startsWith(stems.get(i))) {
                return true;
            }
        }
        return false;
    }
}
