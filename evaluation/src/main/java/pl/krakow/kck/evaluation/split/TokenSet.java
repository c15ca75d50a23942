package pl.krakow.kck.evaluation.split;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import pl.krakow.kck.bot.retrieval.TextAnalyzer;

/**
 * A text folded ({@link TextAnalyzer#fold}) and stripped of punctuation, with its set of tokens, so that
 * two texts can be compared for (near) equality.
 */
public record TokenSet(String normalized, Set<String> tokens) {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    public TokenSet {
        tokens = Set.copyOf(tokens);
    }

    public static TokenSet of(String text) {
        String normalized = NOT_WORD.matcher(TextAnalyzer.fold(text)).replaceAll(" ").strip();
        Set<String> tokens = normalized.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(normalized.split(" ")));
        return new TokenSet(normalized, tokens);
    }

    /** |A ∩ B| / |A ∪ B| of the token sets; 0 when both are empty. */
    public double jaccard(TokenSet other) {
        if (tokens.isEmpty() && other.tokens.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String token : tokens) {
            if (other.tokens.contains(token)) {
                common++;
            }
        }
        return (double) common / (tokens.size() + other.tokens.size() - common);
    }
}
