package pl.krakow.kck.bot.retrieval;

import java.util.Set;

/**
 * One word of analysed text.
 *
 * @param surface      the word as written
 * @param folded       lower-cased, ASCII-folded surface form
 * @param lemmas       folded lemmas (the folded surface itself when the dictionary does not know the word)
 * @param inDictionary whether Morfologik knows the word (directly or after restoring Polish letters)
 * @param salience     how much the word's part of speech says about the topic of a question: nouns 1,
 *                     adjectives 0.8, verbs and adverbs 0.5, function words 0.3; unknown words count as
 *                     nouns (names, abbreviations)
 */
public record Word(String surface, String folded, Set<String> lemmas, boolean inDictionary, double salience) {

    public Word {
        lemmas = Set.copyOf(lemmas);
    }

    public boolean allCaps() {
        return surface.length() > 1 && surface.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
    }
}
