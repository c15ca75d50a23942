package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every word of some {@link WordPattern}s, each on its own: whether a token is one of them
 * ({@link WordPattern#anyWordMatches} for some pattern) with one look-up and a few prefixes, not a pass over
 * every pattern of a list for every word of a message.
 */
final class PatternWords {

    private final Set<String> whole = new HashSet<>();
    private final String[] prefixes;

    PatternWords(Collection<WordPattern> patterns) {
        List<String> starts = new ArrayList<>();
        for (WordPattern pattern : patterns) {
            for (String word : pattern.words()) {
                if (word.endsWith("*")) {
                    starts.add(word.substring(0, word.length() - 1));
                } else {
                    whole.add(word);
                }
            }
        }
        this.prefixes = starts.stream().distinct().toArray(String[]::new);
    }

    /** Whether the token is one of the words, or begins with one of the words ending in {@code *}. */
    boolean matches(String token) {
        if (whole.contains(token)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (token.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
