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
 * @param salience  the part of speech of the word ({@link Word#salience()}): 1 for a noun, a name, a word the
 *                  dictionary does not know, a phrase; less for adjectives, verbs, function words
 * @param outside   a noun of the language (its dictionary knows it; in English a word of {@link EnglishWords}) that no
 *                  article holds: what the question asks of lies outside the knowledge base ("pension", "mortgage")
 */
public record QueryConcept(String text, Set<String> terms, double weight, boolean corrected, boolean certain, double salience,
                           boolean outside) {

    /** The share of its weight a corrected word counts for, in the coverage and in the search ("intrenet" read as "internet"). */
    public static final double DOUBTFUL_SHARE = 0.8;

    /** The salience of a noun (or a name, a phrase). */
    public static final double NOUN = PartOfSpeech.NOUN;

    public QueryConcept {
        terms = Set.copyOf(terms);
    }

    public QueryConcept(String text, Set<String> terms, double weight, boolean corrected, boolean certain, double salience) {
        this(text, terms, weight, corrected, certain, salience, false);
    }

    public QueryConcept(String text, Set<String> terms, double weight, boolean corrected, boolean certain) {
        this(text, terms, weight, corrected, certain, NOUN);
    }

    public QueryConcept(String text, Set<String> terms, double weight, boolean corrected) {
        this(text, terms, weight, corrected, false);
    }

    /** Whether the word is a noun or a name ("paszport", "PESEL", a phrase), not an adjective, a verb or a function word. */
    public boolean noun() {
        return salience >= NOUN;
    }

    /** Whether a match on this concept counts for less than a word spelt right. */
    boolean doubtful() {
        return corrected && !certain;
    }

    /** What a match on this concept counts for in a coverage: its weight, {@value #DOUBTFUL_SHARE} of it when doubtful. */
    public double matchedWeight() {
        return doubtful() ? weight * DOUBTFUL_SHARE : weight;
    }
}
