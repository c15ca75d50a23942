package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.QueryConcept;
import pl.krakow.kck.bot.retrieval.SearchResult;

/**
 * A follow-up that asks a facet of the subject ("who can get it?", "when is the voting?", "where do I pay?") is
 * answered by the subject's article whose title asks that facet, not by the article the subject's words found
 * first: the question words that say what is asked (who, when, where) are stopwords to the search, so among the
 * subject's articles, which all hold the subject's words, the search cannot tell the one that answers it.
 */
final class FacetArticle {

    private FacetArticle() {
    }

    /**
     * @param inTopic the candidates of the subject's topic, in the order they would be answered from
     * @param text    the follow-up: the facet it asks first ({@link FollowUps#askedFacet}) and its own subject words,
     *                which the article must hold every one of ({@code alone}: its search on its own)
     * @param least   the coverage the article must have of the follow-up with the subject's words
     * @return the candidates with the one that holds most of the follow-up among those whose title asks the facet
     * first, when the first's title does not speak of it; else as they were
     */
    static List<Candidate> first(List<Candidate> inTopic, String text, SearchResult combined, SearchResult alone,
                                 FollowUps followUps, double least) {
        String facet = followUps.askedFacet(text).filter(followUps::titled).orElse(null);
        List<QueryConcept> own = followUps.subject(alone.concepts());
        if (facet == null || inTopic.isEmpty() || followUps.speaksOf(inTopic.getFirst().article().title(), facet)) {
            return inTopic;
        }
        Optional<Candidate> best = asking(inTopic.stream()
                .filter(c -> c.coverage() >= least && (own.isEmpty() || SubjectArticle.covers(combined, c, own))).toList(), facet, followUps);
        if (best.isEmpty()) {
            return inTopic;
        }
        return moved(inTopic, best.get());
    }

    /**
     * A question asked with no subject, or on its own: when the articles it holds the most of are several of one topic
     * ("when is the voting?": the Citizens' Budget's articles all have "voting"), the one whose title asks what the
     * question asks goes first; the search ordered them on how often they use the words, not on what they answer.
     */
    static SearchResult tied(SearchResult result, String text, FollowUps followUps) {
        List<Candidate> candidates = result.candidates();
        String facet = candidates.size() < 2 ? null : followUps.askedFacet(text).filter(followUps::titled).orElse(null);
        if (facet == null || followUps.speaksOf(candidates.getFirst().article().title(), facet)) {
            return result;
        }
        Candidate first = candidates.getFirst();
        Optional<Candidate> best = asking(candidates.stream().filter(c -> c.coverage() >= first.coverage() - TIE
                && c.article().topic().equals(first.article().topic())).toList(), facet, followUps);
        return best.isEmpty() ? result
                : new SearchResult(result.question(), result.concepts(), moved(candidates, best.get()), result.redirect(), result.named());
    }

    /** Coverages this close are the same share of the question. */
    private static final double TIE = 1e-9;

    /**
     * Of the candidates, the one holding most whose title asks the facet first ("How and where do I pay…" asks the
     * place; "What is the schedule of the Budget and when is the voting?" the time), the earlier of equals; not one
     * that speaks of it by the way ("How much is a single or time ticket?" asks the cost).
     */
    private static Optional<Candidate> asking(List<Candidate> candidates, String facet, FollowUps followUps) {
        return candidates.stream().filter(c -> followUps.askedFacet(c.article().title()).filter(facet::equals).isPresent())
                .reduce((a, b) -> b.coverage() > a.coverage() ? b : a);
    }

    private static List<Candidate> moved(List<Candidate> candidates, Candidate first) {
        List<Candidate> ordered = new ArrayList<>(candidates.size());
        ordered.add(first);
        candidates.stream().filter(c -> c != first).forEach(ordered::add);
        return ordered;
    }
}
