package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.QueryConcept;
import pl.krakow.kck.bot.retrieval.SearchResult;

/**
 * The article a conversation is on, kept for a follow-up it answers: "and without?" after the monthly
 * ticket's price asks for the price without the card, which the monthly-ticket article gives, not for
 * the fine for riding without a ticket, another article of the same topic that has the word too.
 */
final class SubjectArticle {

    /** "and without?", "a skrócony?", "and the 6 month one?": a follow-up this short qualifies the subject. */
    static final int SHORT_WORDS = 5;

    private SubjectArticle() {
    }

    /**
     * The candidates of the subject's topic with the current article first when the follow-up is short
     * (at most {@value #SHORT_WORDS} words) and the current article has every subject word of the follow-up
     * itself ({@code own}), unless the title of the first candidate names one of them ("a krzaki?" after the
     * felling of trees: the shrubs' own article); as they were when the follow-up has no subject word of its own
     * (only a facet: "a ile się czeka?" may be another article's).
     *
     * @param titles how an article's title reads ({@link pl.krakow.kck.bot.retrieval.Retriever#titleConcepts})
     */
    static List<Candidate> first(List<Candidate> inTopic, SearchResult combined, List<QueryConcept> own, String article,
                                 int words, Function<Article, List<QueryConcept>> titles) {
        if (own.isEmpty() || words > SHORT_WORDS || article == null || inTopic.isEmpty()
                || inTopic.getFirst().article().id().equals(article)) {
            return inTopic;
        }
        Optional<Candidate> current = inTopic.stream().filter(c -> c.article().id().equals(article)).findFirst();
        if (current.isEmpty() || !covers(combined, current.get(), own) || names(titles.apply(inTopic.getFirst().article()), own)) {
            return inTopic;
        }
        List<Candidate> reordered = new ArrayList<>(inTopic.size());
        reordered.add(current.get());
        inTopic.stream().filter(c -> c != current.get()).forEach(reordered::add);
        return reordered;
    }

    /**
     * The article the conversation is on, when no article of the subject holds any of the follow-up's own subject
     * words ("how early can I do it?" after renewing the Karta Krakowska: none of the card's articles says "early"):
     * the words carried from the earlier questions would otherwise choose among the subject's articles on what the
     * resident said before ("I'm not zameldowany"), not on what is asked now. Empty when one of them holds one, when the
     * follow-up has no subject word of its own, or when the current article is not among the candidates.
     */
    static Optional<Candidate> unheld(List<Candidate> inTopic, SearchResult combined, List<QueryConcept> own, String article) {
        if (own.isEmpty() || article == null) {
            return Optional.empty();
        }
        for (Candidate candidate : inTopic) {
            if (own.stream().anyMatch(concept -> covers(combined, candidate, List.of(concept)))) {
                return Optional.empty();
            }
        }
        return inTopic.stream().filter(c -> c.article().id().equals(article)).findFirst();
    }

    /** Whether a title's concepts include one of the follow-up's. */
    private static boolean names(List<QueryConcept> title, List<QueryConcept> own) {
        return own.stream().anyMatch(o -> title.stream().anyMatch(t -> t.terms().equals(o.terms())));
    }

    /**
     * Whether the candidate has one of the concepts, or there are none: a follow-up to a clarifying question the
     * resident did not answer, searched with the title words of the first article of the topic it found (a guess),
     * is answered from it only when it holds something the resident named, not on the title's words alone.
     */
    static boolean holdsAny(SearchResult search, Candidate candidate, List<QueryConcept> concepts) {
        return concepts.isEmpty() || concepts.stream().anyMatch(c -> covers(search, candidate, List.of(c)));
    }

    /** Whether the candidate has every one of the concepts (matched by their terms among the search's concepts). */
    static boolean covers(SearchResult combined, Candidate candidate, List<QueryConcept> concepts) {
        for (QueryConcept concept : concepts) {
            boolean found = false;
            for (int i = 0; i < combined.concepts().size() && i < candidate.found().size(); i++) {
                if (combined.concepts().get(i).terms().equals(concept.terms()) && candidate.found().get(i)) {
                    found = true;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
