package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.QueryConcept;
import pl.krakow.kck.bot.retrieval.SearchResult;

/**
 * A bare question of what something is ("co to jest PKK?", "що таке Karta Krakowska?", "what is a PKK?") is answered
 * by the article written to define it, the one whose title opens by asking what the thing is ("Czym jest Profil
 * Kandydata na Kierowcę…", "Co to jest Karta Krakowska?"): every article of the thing holds its name, so the search
 * ties them, and orders them on how often they use it, not on what they answer. Only among the articles tied with the
 * first, of its topic, and only when the definition's title names every subject word of the question (not "Co to
 * jest Bilet Metropolitalny?" for a question on the monthly ticket that the metropolitan one mentions); a question
 * that asks something of the thing besides (a facet: "what is the fine…", "co to jest PKK i gdzie go wyrobię?") is
 * not a bare one.
 */
final class DefinitionArticle {

    /** Coverages this close are the same share of the question. */
    private static final double TIE = 1e-9;

    private DefinitionArticle() {
    }

    /**
     * @param titles how an article's title reads ({@link pl.krakow.kck.bot.retrieval.Retriever#titleConcepts})
     * @return the result with the tied definition article first; as it was otherwise
     */
    static SearchResult tied(SearchResult result, String text, FollowUps followUps, Function<String, List<QueryConcept>> titles) {
        List<Candidate> candidates = result.candidates();
        if (candidates.size() < 2 || !followUps.asksOnlyDefinition(text) || followUps.definitionTitle(candidates.getFirst().article().title())) {
            return result;
        }
        Candidate first = candidates.getFirst();
        Set<Set<String>> asked = followUps.subject(result.concepts()).stream().map(QueryConcept::terms).collect(Collectors.toSet());
        if (asked.isEmpty()) {
            return result;
        }
        Optional<Candidate> definition = candidates.stream()
                .filter(c -> c.coverage() >= first.coverage() - TIE && c.article().topic().equals(first.article().topic()))
                .filter(c -> followUps.definitionTitle(c.article().title()))
                .filter(c -> titles.apply(c.article().title()).stream().map(QueryConcept::terms).collect(Collectors.toSet())
                        .containsAll(asked))
                .findFirst();
        if (definition.isEmpty()) {
            return result;
        }
        List<Candidate> ordered = new ArrayList<>(candidates.size());
        ordered.add(definition.get());
        candidates.stream().filter(c -> c != definition.get()).forEach(ordered::add);
        return new SearchResult(result.question(), result.concepts(), ordered, result.redirect(), result.named());
    }
}
