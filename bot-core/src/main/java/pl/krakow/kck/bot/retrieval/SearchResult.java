package pl.krakow.kck.bot.retrieval;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Ranked candidates for a question, best first, with the concepts the question was read as.
 *
 * @param redirect when the question names another institution's matter or another town: the reply that
 *                 says whose matter it is; null otherwise
 * @param named    when the question names another institution's matter: the topics it names besides that matter's
 *                 words, the only ones an article may answer it from; null when there is no such restriction
 */
public record SearchResult(String question, List<QueryConcept> concepts, List<Candidate> candidates, String redirect,
                           Set<String> named) {

    public SearchResult {
        concepts = List.copyOf(concepts);
        candidates = List.copyOf(candidates);
        named = named == null ? null : Set.copyOf(named);
    }

    public SearchResult(String question, List<QueryConcept> concepts, List<Candidate> candidates, String redirect) {
        this(question, concepts, candidates, redirect, null);
    }

    /**
     * Whether the candidate may answer a question that names another institution's matter: the question names the
     * candidate's topic besides it ("do I have to file PIT in Kraków for the Karta Krakowska?", not "how do I file my
     * PIT tax return?", however fully the Karta Krakowska article covers its words).
     */
    public boolean mayAnswerDespiteRedirect(Candidate candidate) {
        return named == null || named.contains(candidate.article().topic());
    }

    public SearchResult(String question, List<QueryConcept> concepts, List<Candidate> candidates) {
        this(question, concepts, candidates, null);
    }

    /**
     * The same with {@code topic} named too: the conversation's subject, which a follow-up need not name again; and its
     * articles grounded by it ("and if I pay within a week?" after the parking surcharge holds no word of the surcharge
     * article's own subject, the conversation does).
     */
    public SearchResult naming(String topic) {
        if (topic == null) {
            return this;
        }
        List<Candidate> grounded = candidates.stream().map(c -> c.grounded() || !c.article().topic().equals(topic) ? c
                : new Candidate(c.article(), c.score(), c.coverage(), c.matched(), c.found(), c.named(), true)).toList();
        Set<String> more = named;
        if (named != null && !named.contains(topic)) {
            more = new java.util.HashSet<>(named);
            more.add(topic);
        }
        return new SearchResult(question, concepts, grounded, redirect, more);
    }

    public Optional<Candidate> best() {
        return candidates.stream().findFirst();
    }
}
