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
 * The words of English ({@code english-dictionary.txt}, from SCOWL), which the English edition has no
 * Morfologik dictionary for: a real word the articles never use is read as typed, not as the article word one
 * letter away ("real" is no misspelt "deal", "Opel" no "open"), and a capitalised real word inside a question is
 * no local name to leave out ("a job at Google", "I'm from Italy"). Loaded once per JVM; thread-safe.
 */
final class EnglishWords {

    private static final String RESOURCE = "english-dictionary.txt";
    private static final Set<String> WORDS = read();

    private EnglishWords() {
    }

    /** Whether {@code folded} (lower case, ASCII) is an English word of four letters or more. */
    static boolean contains(String folded) {
        return WORDS.contains(folded);
    }

    private static Set<String> read() {
        try (InputStream in = EnglishWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath");
            }
            Set<String> words = new HashSet<>(100_000);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line);
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
