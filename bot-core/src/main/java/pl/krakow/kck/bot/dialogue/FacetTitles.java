package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.QueryConcept;
import pl.krakow.kck.bot.retrieval.SearchResult;

/**
 * A follow-up that asks one thing of the subject ("a do kiedy trzeba to zrobić?" after how to register a death) is
 * answered from the subject's article whose title asks that very thing ("W jakim terminie trzeba zgłosić zgon?"), not
 * from the article the conversation is on when its title asks something else ("Jak zgłosić zgon i jakie dokumenty są
 * potrzebne?"): an article titled with the question is the one written to answer it. Its title must name all the
 * matter the first one's names (the same matter, or a narrower one: not "Ile kosztuje ślub cywilny?" for the cost of a
 * certificate to marry abroad), and the follow-up's own subject words, if it has any, must be in the article. For the
 * facets of the language's {@value FollowUps#MATTER_TITLED} list (Polish); {@link FacetArticle} reads its titles otherwise.
 */
final class FacetTitles {

    /** How far down the subject's candidates an article titled with the question is looked for. */
    static final int REACH = 6;

    private FacetTitles() {
    }

    /**
     * The candidates with the first one titled with the facet the follow-up asks moved to the front, when the first
     * candidate's title does not ask it; as they were otherwise.
     *
     * @param article the article the conversation is on, or null (a subject of a topic alone: the contact centre while
     *                the resident waits for a consultant)
     * @param search the knowledge base's search, to read the follow-up's concepts with
     * @param titles how an article's title reads ({@link pl.krakow.kck.bot.retrieval.Retriever#titleConcepts})
     */
    static List<Candidate> first(List<Candidate> inTopic, FollowUps followUps, String text, SearchResult combined, String article,
                                 Function<String, SearchResult> search, Function<Article, List<QueryConcept>> titles) {
        Optional<String> asked = followUps.facetOf(text).filter(followUps::matterTitled);
        if (asked.isEmpty() || inTopic.size() < 2 || followUps.facetsOf(inTopic.getFirst().article().title()).contains(asked.get())) {
            return inTopic;
        }
        List<QueryConcept> own = followUps.subject(search.apply(text).concepts());
        if (article == null) {
            return topicTitled(inTopic, followUps, asked.get(), combined, own);
        }
        Set<Set<String>> matter = subjectTerms(followUps, titles.apply(inTopic.getFirst().article()));
        for (int i = 1; i < inTopic.size() && i < REACH; i++) {
            Candidate candidate = inTopic.get(i);
            if (!followUps.facetsOf(candidate.article().title()).contains(asked.get()) || !holdsAll(combined, candidate, own)) {
                continue;
            }
            if (!matter.isEmpty() && subjectTerms(followUps, titles.apply(candidate.article())).containsAll(matter)) {
                List<Candidate> reordered = new ArrayList<>(inTopic.size());
                reordered.add(candidate);
                inTopic.stream().filter(c -> c != candidate).forEach(reordered::add);
                return reordered;
            }
        }
        return inTopic;
    }

    /**
     * On no article ("a w jakich godzinach pracujecie?" while waiting for a consultant: the contact centre is the
     * subject), the first candidate is only the search's guess, and its title no matter the answer must keep: the
     * subject's article titled with the facet that holds the most of the follow-up goes first (the earlier of equals),
     * when it holds at least as much of it as the guess.
     */
    private static List<Candidate> topicTitled(List<Candidate> inTopic, FollowUps followUps, String asked, SearchResult combined,
                                               List<QueryConcept> own) {
        Candidate guess = inTopic.getFirst();
        Optional<Candidate> titled = inTopic.stream().limit(REACH).skip(1)
                .filter(c -> followUps.facetsOf(c.article().title()).contains(asked) && holdsAll(combined, c, own))
                .reduce((a, b) -> b.coverage() > a.coverage() ? b : a)
                .filter(c -> c.coverage() >= guess.coverage());
        if (titled.isEmpty()) {
            return inTopic;
        }
        List<Candidate> reordered = new ArrayList<>(inTopic.size());
        reordered.add(titled.get());
        inTopic.stream().filter(c -> c != titled.get()).forEach(reordered::add);
        return reordered;
    }

    private static Set<Set<String>> subjectTerms(FollowUps followUps, List<QueryConcept> title) {
        Set<Set<String>> terms = new HashSet<>();
        followUps.subject(title).forEach(c -> terms.add(c.terms()));
        return terms;
    }

    /** Whether the candidate has each of the concepts (by their terms among the combined search's concepts). */
    private static boolean holdsAll(SearchResult combined, Candidate candidate, List<QueryConcept> concepts) {
        for (QueryConcept concept : concepts) {
            boolean found = false;
            for (int i = 0; i < combined.concepts().size() && i < candidate.found().size(); i++) {
                found |= combined.concepts().get(i).terms().equals(concept.terms()) && candidate.found().get(i);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
