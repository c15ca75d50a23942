package pl.krakow.kck.bot.retrieval;

import java.util.Set;

/**
 * One word of analysed text.
 *
 * @param surface      the word as written
 * @param folded       lower-cased, ASCII-folded surface form
 * @param lemmas       folded lemmas (the folded surface itself when the dictionary does not know the word)
 * @param inDictionary whether Morfologik knows the word (directly or after restoring Polish letters)
 */
public record Word(String surface, String folded, Set<String> lemmas, boolean inDictionary) {

    public Word {
        lemmas = Set.copyOf(lemmas);
    }

    public boolean allCaps() {
        return surface.length() > 1 && surface.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
    }
}
