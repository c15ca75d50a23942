package pl.krakow.kck.bot.handoff;

import pl.krakow.kck.bot.text.EditDistance;

/**
 * Whether a word the dictionary does not know is a misspelt form of a phrase word: it begins as the word
 * does (the first {@value #SAME_START} letters), and its beginning as long as the word (give or take a letter,
 * for the inflected ending) is at most {@value #LONG_EDITS} edits away from it (a letter left out, added,
 * changed, or two swapped), one for words shorter than {@value #LONG_WORD} letters: "konsulatnem",
 * "konsltantem", "konsutlantem" are "konsultant"'s; "konsul" is not.
 *
 * <p>Its job beside the retrieval's typo readers: it compares one typed word with one given word of a handoff
 * phrase and lets the inflected ending differ, which neither {@code retrieval.TypoCorrector} (the nearest word form of
 * the articles) nor {@code retrieval.DictionaryNeighbours} (every dictionary word exactly one edit away) does; the
 * edits are counted by the same {@link EditDistance} as the typo corrector's.
 */
final class Misspelt {

    static final int SAME_START = 3;
    static final int MIN_WORD = 6;
    static final int LONG_WORD = 8;
    static final int LONG_EDITS = 2;

    private Misspelt() {
    }

    /** @param typed the folded word as typed; @param word the folded phrase word */
    static boolean as(String typed, String word) {
        if (word.length() < MIN_WORD || typed.length() < word.length() - 1 || !typed.startsWith(word.substring(0, SAME_START))) {
            return false;
        }
        int allowed = word.length() >= LONG_WORD ? LONG_EDITS : 1;
        for (int length = word.length() - 1; length <= Math.min(typed.length(), word.length() + 1); length++) {
            if (EditDistance.between(typed.substring(0, length), word) <= allowed) {
                return true;
            }
        }
        return false;
    }
}
