package pl.krakow.kck.bot.retrieval;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import morfologik.fsa.FSA;
import morfologik.stemming.Dictionary;
import morfologik.stemming.polish.PolishStemmer;

/**
 * Finds the Polish words a resident meant when typing without Polish letters: "zaswiadczenia" →
 * "zaświadczenia", "urzedzie" → "urzędzie", "sad" → "sad", "sąd".
 *
 * <p>It walks Morfologik's dictionary automaton (surface forms, UTF-8, each followed by the separator)
 * and at every letter that has a diacritic twin follows both arcs, so only real dictionary words are
 * produced and dead branches are cut at once. Thread-safe; the dictionary is shared.
 */
public final class DiacriticRestorer {

    private static final int MAX_RESULTS = 8;
    private static final int MAX_LENGTH = 40;

    private final FSA fsa;
    private final byte separator;

    public DiacriticRestorer() {
        this(new PolishStemmer().getDictionary());
    }

    DiacriticRestorer(Dictionary dictionary) {
        this.fsa = dictionary.fsa;
        this.separator = dictionary.metadata.getSeparator();
    }

    /** Whether a word may have lost Polish letters: ASCII only, with at least one letter that has a twin. */
    public static boolean isCandidate(CharSequence word) {
        boolean twin = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c > 127) {
                return false;
            }
            twin |= variants(c).length > 1;
        }
        return twin && word.length() <= MAX_LENGTH;
    }

    /**
     * Dictionary surface forms that fold to {@code word}, the word itself included when it is one.
     * Case is kept as typed. Empty when the word is not a candidate or no form exists.
     */
    public List<String> restore(String word) {
        List<String> found = new ArrayList<>(2);
        if (isCandidate(word)) {
            walk(word, 0, fsa.getRootNode(), new StringBuilder(word.length()), found);
        }
        return found;
    }

    private void walk(String word, int at, int node, StringBuilder prefix, List<String> found) {
        if (found.size() >= MAX_RESULTS) {
            return;
        }
        if (at == word.length()) {
            if (fsa.getArc(node, separator) != 0) {
                found.add(prefix.toString());
            }
            return;
        }
        for (char option : variants(word.charAt(at))) {
            int next = follow(node, option);
            if (next >= 0) {
                prefix.append(option);
                walk(word, at + 1, next, prefix, found);
                prefix.setLength(prefix.length() - 1);
            }
        }
    }

    /** Follows the UTF-8 bytes of one character; the node reached, or -1 when the automaton has no such path. */
    private int follow(int node, char c) {
        byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        int current = node;
        for (byte b : bytes) {
            int arc = fsa.getArc(current, b);
            if (arc == 0 || fsa.isArcTerminal(arc)) {
                return -1;
            }
            current = fsa.getEndNode(arc);
        }
        return current;
    }

    private static final char[] NONE = new char[0];
    private static final char[][] VARIANTS = new char[128][];

    static {
        for (char c = 0; c < 128; c++) {
            VARIANTS[c] = new char[] {c};
        }
        put('a', "aą");
        put('c', "cć");
        put('e', "eę");
        put('l', "lł");
        put('n', "nń");
        put('o', "oó");
        put('s', "sś");
        put('z', "zżź");
        put('A', "AĄ");
        put('C', "CĆ");
        put('E', "EĘ");
        put('L', "LŁ");
        put('N', "NŃ");
        put('O', "OÓ");
        put('S', "SŚ");
        put('Z', "ZŻŹ");
    }

    private static void put(char c, String options) {
        VARIANTS[c] = options.toCharArray();
    }

    private static char[] variants(char c) {
        return c < 128 ? VARIANTS[c] : NONE;
    }
}
