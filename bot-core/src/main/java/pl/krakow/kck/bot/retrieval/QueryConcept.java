package pl.krakow.kck.bot.retrieval;

import java.util.Set;

/**
 * One unit of meaning in a question: a word (its lemmas), a synonym group, or a misspelt word with the
 * word it was corrected to.
 *
 * @param text      what the resident wrote
 * @param terms     index terms, any of which matches
 * @param weight    inverse document frequency of the rarest-matching term; highest when no article has it
 * @param corrected {@code text} was not a word and was read as the nearest word of the knowledge base
 * @param certain   the correction leaves no doubt (a spelling that sounds the same, "dowud" for "dowód"): a
 *                  match counts as much as on a word spelt right
 */
public record QueryConcept(String text, Set<String> terms, double weight, boolean corrected, boolean certain) {

    public QueryConcept {
        terms = Set.copyOf(terms);
    }

    public QueryConcept(String text, Set<String> terms, double weight, boolean corrected) {
        this(text, terms, weight, corrected, false);
    }

    /** Whether a match on this concept counts for less than a word spelt right. */
    boolean doubtful() {
        return corrected && !certain;
    }
}
