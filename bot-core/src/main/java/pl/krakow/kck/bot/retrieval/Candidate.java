package pl.krakow.kck.bot.retrieval;

import java.util.List;

import pl.krakow.kck.bot.knowledge.Article;

/**
 * An article found for a question.
 *
 * @param score    the ranking score (BM25 over the weighted fields)
 * @param coverage share of the question's meaning the article covers, 0..1: the sum of the weights
 *                 (inverse document frequency) of the question's concepts found in the article, over the
 *                 sum for all of them. A word the knowledge base has never seen counts fully against it.
 * @param matched  the sum of the weights of the question's concepts found in the article
 * @param found    for each of the question's concepts, in order, whether the article contains it
 * @param named    whether the article holds a word of the question that names its own topic ("paszport" for a
 *                 passport article); true where the retriever cannot tell
 * @param grounded whether the article holds a word of its own subject among the question's (its topic's name, a word
 *                 of its title, a word mostly its topic's: {@link OwnWords}); true where the retriever cannot tell
 */
public record Candidate(Article article, double score, double coverage, double matched, List<Boolean> found, boolean named,
                        boolean grounded) {

    public Candidate {
        found = List.copyOf(found);
    }

    public Candidate(Article article, double score, double coverage, double matched, List<Boolean> found) {
        this(article, score, coverage, matched, found, true, true);
    }

    public Candidate(Article article, double score, double coverage, double matched, List<Boolean> found, boolean named) {
        this(article, score, coverage, matched, found, named, true);
    }

    /** The same candidate, saying whether it holds a word naming its topic. */
    Candidate naming(boolean holdsName) {
        return holdsName == named ? this : new Candidate(article, score, coverage, matched, found, holdsName, grounded);
    }

    /** The same candidate, holding no word of its own subject ({@link OwnWords}). */
    Candidate ungrounded() {
        return new Candidate(article, score, coverage, matched, found, named, false);
    }
}
