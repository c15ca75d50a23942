package pl.krakow.kck.bot.retrieval;

import java.util.List;
import java.util.Optional;

/** Ranked candidates for a question, best first, with the concepts the question was read as. */
public record SearchResult(String question, List<QueryConcept> concepts, List<Candidate> candidates) {

    public SearchResult {
        concepts = List.copyOf(concepts);
        candidates = List.copyOf(candidates);
    }

    public Optional<Candidate> best() {
        return candidates.stream().findFirst();
    }
}
