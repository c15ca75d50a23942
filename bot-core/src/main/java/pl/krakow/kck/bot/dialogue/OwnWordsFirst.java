package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.QueryConcept;
import pl.krakow.kck.bot.retrieval.SearchResult;

/**
 * A follow-up searched with the subject's words carried over ("а за місяць?" after a diesel of 2010 in the
 * clean-transport zone) asks its own facet of the subject: the words it says itself weigh more than the words
 * carried from the subject's question, which would otherwise keep it on the first article, the one that has
 * them all. The subject's articles are ordered by how much of the follow-up they hold, the carried words
 * counting for {@value #CARRIED} of their weight, and a carried verb or adjective none of them has ("чула",
 * heard) not at all: it tells none of them, and, unknown to the knowledge base, it would weigh most.
 */
final class OwnWordsFirst {

    static final double CARRIED = 0.25;

    private OwnWordsFirst() {
    }

    /**
     * @param inTopic  the candidates of the subject's topic, as {@code combined} found them
     * @param combined the search of the follow-up with the carried words
     * @param own      the concepts of the follow-up on its own
     * @param answer   the coverage an answer needs
     * @return the candidates with the one that holds most of the follow-up, so weighed, first (its coverage so
     * weighed), when that is another article, holding more of the follow-up's own words than the first and
     * enough of the follow-up to answer it; else as they were
     */
    static List<Candidate> ordered(List<Candidate> inTopic, SearchResult combined, List<QueryConcept> own, double answer) {
        Set<Set<String>> ownTerms = own.stream().map(QueryConcept::terms).collect(Collectors.toSet());
        List<QueryConcept> concepts = combined.concepts();
        if (inTopic.size() < 2 || concepts.stream().noneMatch(c -> ownTerms.contains(c.terms()))
                || concepts.stream().allMatch(c -> ownTerms.contains(c.terms()))) {
            return inTopic;
        }
        double total = 0;
        double[] weights = new double[concepts.size()];
        for (int i = 0; i < concepts.size(); i++) {
            QueryConcept concept = concepts.get(i);
            if (!ownTerms.contains(concept.terms()) && !concept.noun() && !heldByAny(inTopic, i)) {
                continue; // "чула" carried from "чула щось про SCT": an incidental verb no article of the subject has
            }
            // a doubtful correction ("intrenet" read as "internet") counts for less, as in the search's coverage
            weights[i] = concept.matchedWeight() * (ownTerms.contains(concept.terms()) ? 1 : CARRIED);
            total += weights[i];
        }
        List<Candidate> weighed = new ArrayList<>(inTopic.size());
        for (Candidate candidate : inTopic) {
            double held = 0;
            for (int i = 0; i < weights.length && i < candidate.found().size(); i++) {
                held += candidate.found().get(i) ? weights[i] : 0;
            }
            weighed.add(new Candidate(candidate.article(), candidate.score(), total == 0 ? 0 : held / total, held,
                    candidate.found(), candidate.named(), candidate.grounded()));
        }
        double ownFirst = own(inTopic.getFirst(), concepts, ownTerms);
        Candidate best = weighed.stream().filter(c -> own(c, concepts, ownTerms) > ownFirst)
                .max(Comparator.comparingDouble(Candidate::coverage)).orElse(weighed.getFirst());
        if (best.article().id().equals(inTopic.getFirst().article().id()) || best.coverage() < answer
                || best.coverage() <= weighed.getFirst().coverage()) {
            return inTopic;
        }
        List<Candidate> ordered = new ArrayList<>(inTopic.size());
        ordered.add(best);
        inTopic.stream().filter(c -> !c.article().id().equals(best.article().id())).forEach(ordered::add);
        return ordered;
    }

    /** The weight of the follow-up's own words the candidate holds. */
    private static double own(Candidate candidate, List<QueryConcept> concepts, Set<Set<String>> ownTerms) {
        double held = 0;
        for (int i = 0; i < concepts.size() && i < candidate.found().size(); i++) {
            if (candidate.found().get(i) && ownTerms.contains(concepts.get(i).terms())) {
                held += concepts.get(i).weight();
            }
        }
        return held;
    }

    private static boolean heldByAny(List<Candidate> candidates, int concept) {
        return candidates.stream().anyMatch(c -> concept < c.found().size() && c.found().get(concept));
    }
}
