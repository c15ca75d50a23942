package pl.krakow.kck.bot.retrieval;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import morfologik.fsa.FSA;
import morfologik.fsa.FSATraversal;
import morfologik.fsa.MatchResult;
import morfologik.stemming.Dictionary;

/**
 * The Polish words one slip away from a word the dictionary does not know: a letter missing ("konsultatem" →
 * "konsultantem", "odholwali" → "odholowali"), one too many, a wrong one, or two swapped ("wark" → "wrak"). The
 * knowledge base's own word forms ({@link TypoCorrector}) hold only the inflections its articles use; this finds the
 * others of the same words ("konsultantem" where the articles say "konsultant", "konsultanta"). Each variant is matched
 * against Morfologik's automaton (a walk over bytes, no analysis), and only with the letters the automaton continues
 * its first letters with, so only real words come out, in a fraction of a millisecond. Thread-safe.
 *
 * <p>Three pieces read typos, each for its own job, all counting edits alike ({@link pl.krakow.kck.bot.text.EditDistance}
 * for the two that compare two given words): {@link TypoCorrector} asks which word form of the articles an unknown
 * word is (one or two edits, SymSpell over the knowledge base's forms); this class asks which words of the whole
 * Polish dictionary are one edit from it, generating them from the automaton, and {@link Misspellings} keeps the one
 * whose lemma the articles use; {@code handoff.Misspelt} asks only whether an unknown word is a misspelt inflected
 * form of one given word of a handoff phrase ("konsulatnem", "konsltantem" → "konsultant"): its ending may differ,
 * it may be two edits off, and the words to compare are the few of the phrases, so nothing is generated.
 */
final class DictionaryNeighbours {

    private static final String LETTERS = "aąbcćdeęfghijklłmnńoóprsśtuwyzźż";
    private static final int MAX_LENGTH = 24;

    private final FSA fsa;
    private final byte separator;
    private final ThreadLocal<FSATraversal> traversals;

    DictionaryNeighbours(Dictionary dictionary) {
        this.fsa = dictionary.fsa;
        this.separator = dictionary.metadata.getSeparator();
        this.traversals = ThreadLocal.withInitial(() -> new FSATraversal(dictionary.fsa));
    }

    /** Dictionary words one edit from {@code typed} (lower-cased), in the order found; empty for a long word. */
    List<String> of(String typed) {
        String word = typed.toLowerCase(Locale.ROOT);
        if (word.length() > MAX_LENGTH) {
            return List.of();
        }
        FSATraversal traversal = traversals.get();
        Set<String> found = new LinkedHashSet<>();
        StringBuilder variant = new StringBuilder(word.length() + 1);
        for (int i = 0; i <= word.length(); i++) {
            // a slip at a letter leaves the letters before it right: only the letters the dictionary continues them with
            int node = i == 0 ? fsa.getRootNode() : node(traversal, word.substring(0, i));
            if (node < 0) {
                break;
            }
            if (i < word.length()) {
                variant.setLength(0);
                variant.append(word, 0, i).append(word, i + 1, word.length());
                add(traversal, variant, found); // a letter too many
                if (i + 1 < word.length() && word.charAt(i) != word.charAt(i + 1)) {
                    variant.setLength(0);
                    variant.append(word, 0, i).append(word.charAt(i + 1)).append(word.charAt(i)).append(word, i + 2, word.length());
                    add(traversal, variant, found); // two letters swapped
                }
            }
            for (char letter : letters(node)) {
                variant.setLength(0);
                variant.append(word, 0, i).append(letter).append(word, i, word.length());
                add(traversal, variant, found); // a letter missing
                if (i < word.length() && word.charAt(i) != letter) {
                    variant.setLength(0);
                    variant.append(word, 0, i).append(letter).append(word, i + 1, word.length());
                    add(traversal, variant, found); // a wrong letter
                }
            }
        }
        found.remove(word);
        return List.copyOf(found);
    }

    /** The automaton's state after {@code prefix}, or -1 when no word begins with it. */
    private static int node(FSATraversal traversal, String prefix) {
        MatchResult match = traversal.match(prefix.getBytes(StandardCharsets.UTF_8));
        return match.kind == MatchResult.SEQUENCE_IS_A_PREFIX ? match.node : -1;
    }

    /** The Polish letters that follow {@code node} in some word (a Polish letter is two bytes in UTF-8). */
    private List<Character> letters(int node) {
        List<Character> letters = new java.util.ArrayList<>();
        for (int arc = fsa.getFirstArc(node); arc != 0; arc = fsa.getNextArc(arc)) {
            int first = fsa.getArcLabel(arc) & 0xff;
            if (first >= 'a' && first <= 'z') {
                addLetter(letters, (char) first);
            } else if ((first & 0xe0) == 0xc0 && !fsa.isArcTerminal(arc)) {
                int next = fsa.getEndNode(arc);
                for (int second = fsa.getFirstArc(next); second != 0; second = fsa.getNextArc(second)) {
                    byte[] bytes = {(byte) first, fsa.getArcLabel(second)};
                    String letter = new String(bytes, StandardCharsets.UTF_8);
                    if (letter.length() == 1) {
                        addLetter(letters, letter.charAt(0));
                    }
                }
            }
        }
        return letters;
    }

    private static void addLetter(List<Character> letters, char letter) {
        if (LETTERS.indexOf(letter) >= 0) {
            letters.add(letter);
        }
    }

    private void add(FSATraversal traversal, CharSequence variant, Set<String> found) {
        // an entry of the automaton is the word form, the separator, then its lemma and tags
        byte[] form = variant.toString().getBytes(StandardCharsets.UTF_8);
        byte[] entry = java.util.Arrays.copyOf(form, form.length + 1);
        entry[form.length] = separator;
        int kind = traversal.match(entry).kind;
        if (kind == MatchResult.SEQUENCE_IS_A_PREFIX || kind == MatchResult.EXACT_MATCH) {
            found.add(variant.toString());
        }
    }
}
