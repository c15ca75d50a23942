package pl.krakow.kck.bot.retrieval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How much an English word says about what is asked, as {@link PartOfSpeech} tells it of a Polish one: the English
 * edition has no tagged dictionary, so the verbs and adverbs that say how or when, not what ("how do I reach the
 * infoline", "who looks after the parks", "I sold my car yesterday") are listed in {@code english-salience.txt} and
 * weigh as Polish verbs and adverbs do; every other word weighs as a noun. An unseen verb so no longer outweighs the
 * nouns a question shares with its article. Loaded once per JVM; thread-safe.
 */
final class EnglishSalience {

    static final String RESOURCE = "english-salience.txt";
    /** A time of day typed as one word ("2am", "10pm", "7:30am"): when it happens, weighed as a Polish number is. */
    private static final Pattern TIME_OF_DAY = Pattern.compile("\\d{1,2}([:.]\\d{2})?(am|pm)");
    private static final Map<String, Double> WEIGHTS = read();

    private EnglishSalience() {
    }

    /** The weight of {@code folded} (lower case, ASCII): a verb's or adverb's when listed, else a noun's. */
    static double of(String folded) {
        if (TIME_OF_DAY.matcher(folded).matches()) {
            return PartOfSpeech.VERB;
        }
        return WEIGHTS.getOrDefault(folded, PartOfSpeech.NOUN);
    }

    static Map<String, Double> read() {
        try (InputStream in = EnglishSalience.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines "verb: word, word" or "adverb: word, word"; a list may go on on later lines; # starts a comment. */
    static Map<String, Double> parse(BufferedReader reader) throws IOException {
        Map<String, Double> weights = new HashMap<>();
        Double weight = null;
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int colon = text.indexOf(':');
            if (colon > 0 && !text.substring(0, colon).contains(",")) {
                weight = switch (text.substring(0, colon).strip()) {
                    case "verb", "adverb" -> PartOfSpeech.VERB;
                    default -> throw new IllegalStateException(RESOURCE + ":" + number + ": unknown list " + text.substring(0, colon));
                };
                text = text.substring(colon + 1);
            }
            if (weight == null) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": words before a list name");
            }
            for (String word : text.split(",")) {
                String folded = word.strip().toLowerCase(Locale.ROOT);
                if (!folded.isEmpty()) {
                    weights.put(folded, weight);
                }
            }
        }
        return Map.copyOf(weights);
    }
}
