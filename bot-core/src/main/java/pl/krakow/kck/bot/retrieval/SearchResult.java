package pl.krakow.kck.bot.retrieval;

import java.util.List;
import java.util.Optional;

/**
 * Ranked candidates for a question, best first, with the concepts the question was read as.
 *
 * @param redirect when the question names another institution's matter or another town: the reply that
 *                 says whose matter it is; null otherwise
 */
public record SearchResult(String question, List<QueryConcept> concepts, List<Candidate> candidates, String redirect) {

    public SearchResult {
        concepts = List.copyOf(concepts);
        candidates = List.copyOf(candidates);
    }

    public SearchResult(String question, List<QueryConcept> concepts, List<Candidate> candidates) {
        this(question, concepts, candidates, null);
    }

    public Optional<Candidate> best() {
        return candidates.stream().findFirst();
    }
}
