package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pl.krakow.kck.bot.retrieval.TextAnalyzer;

/**
 * A word or phrase of a word list, matched on folded words (lower case, no Polish letters); a word
 * ending in {@code *} matches every word that begins with it ("koszt*": koszt, kosztuje, kosztów).
 */
record WordPattern(List<String> words) {

    /** Compiled once: String.replaceAll compiles its pattern on every call, and every message is split several times. */
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}*]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    static WordPattern of(String phrase) {
        return new WordPattern(List.of(tokens(phrase)));
    }

    /** How many texts' words each thread keeps ({@link #tokens}). */
    static final int RECENT_TEXTS = 64;

    /**
     * The words of the texts split last on this thread: reading one message splits the same text (the message, its
     * concepts, the subject's words) a dozen times over, and a text's words are a function of the text alone.
     */
    private static final ThreadLocal<Map<String, String[]>> RECENT = ThreadLocal.withInitial(
            () -> new LinkedHashMap<>(RECENT_TEXTS * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String[]> eldest) {
                    return size() > RECENT_TEXTS;
                }
            });

    /** The folded words of a message, punctuation dropped (words of any script kept: Cyrillic too). */
    static String[] tokens(String text) {
        String key = text == null ? "" : text;
        Map<String, String[]> recent = RECENT.get();
        String[] words = recent.get(key);
        if (words == null) {
            String folded = NOT_A_WORD.matcher(TextAnalyzer.fold(key)).replaceAll(" ").strip();
            words = folded.isEmpty() ? new String[0] : folded.split(" ");
            recent.put(key, words);
        }
        return words.length == 0 ? words : words.clone(); // a copy: no caller can change what the next one gets
    }

    /**
     * The folded words of a message as {@link #tokens} gives them, with where each begins in the text, so that
     * the text after a matched phrase can be cut as typed ("nie, chodzi mi o Paszport" → "Paszport").
     *
     * @param starts receives each word's offset in {@code text}
     */
    static String[] tokens(String text, List<Integer> starts) {
        List<String> folded = new ArrayList<>();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            starts.add(words.start());
            folded.add(TextAnalyzer.fold(words.group()));
        }
        return folded.toArray(String[]::new);
    }

    /** How many words match from {@code start}: the phrase's length, or 0. */
    /** The longest of the patterns' matches at the token (the number of tokens it takes), 0 when none matches there. */
    static int longestAt(List<WordPattern> patterns, String[] tokens, int start) {
        int longest = 0;
        for (WordPattern pattern : patterns) {
            longest = Math.max(longest, pattern.matchAt(tokens, start));
        }
        return longest;
    }

    int matchAt(String[] tokens, int start) {
        if (start + words.size() > tokens.length) {
            return 0;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!matches(words.get(k), tokens[start + k])) {
                return 0;
            }
        }
        return words.size();
    }

    /** Whether one of the pattern's words, each on its own, matches the token. */
    boolean anyWordMatches(String token) {
        for (int i = 0; i < words.size(); i++) { // by index: no iterator per token on the message path
            if (matches(words.get(i), token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String word, String token) {
        if (word.endsWith("*")) {
            int prefix = word.length() - 1;
            return token.length() >= prefix && token.regionMatches(0, word, 0, prefix);
        }
        return token.equals(word);
    }

    /** Whether the phrase occurs anywhere in the tokens. */
    boolean in(String[] tokens) {
        for (int i = 0; i < tokens.length; i++) {
            if (matchAt(tokens, i) > 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
