package pl.krakow.kck.evaluation.metrics;

import java.util.List;
import java.util.regex.Pattern;

import pl.krakow.kck.bot.retrieval.TextAnalyzer;

/**
 * Checks that a reply states the expected facts: case-insensitively, with every run of whitespace
 * collapsed to one space and Polish diacritics folded ({@link TextAnalyzer#fold}, ł → l included).
 */
public final class FactMatcher {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+", Pattern.UNICODE_CHARACTER_CLASS);

    private FactMatcher() {
    }

    /** True when the text contains at least one alternative of every group (vacuously true for no groups). */
    public static boolean containsAll(String text, List<List<String>> groups) {
        String normalized = normalize(text);
        for (List<String> group : groups) {
            if (group.stream().map(FactMatcher::normalize).noneMatch(normalized::contains)) {
                return false;
            }
        }
        return true;
    }

    static String normalize(String text) {
        return WHITESPACE.matcher(TextAnalyzer.fold(text == null ? "" : text)).replaceAll(" ").strip();
    }
}
