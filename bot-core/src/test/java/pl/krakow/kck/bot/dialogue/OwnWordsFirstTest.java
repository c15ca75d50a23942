package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.QueryConcept;
import pl.krakow.kck.bot.retrieval.SearchResult;

/** A follow-up's own words weigh more than the subject's words carried into its search. */
class OwnWordsFirstTest {

    // "а за місяць?" searched with "SCT дизелі" carried from a question on which cars may enter the zone
    private static final QueryConcept MONTH = concept("місяць", 2.0);
    private static final QueryConcept SCT = concept("SCT", 2.5);
    private static final QueryConcept DIESEL = concept("дизелі", 4.2);
    private static final SearchResult COMBINED = new SearchResult("а за місяць? SCT дизелі", List.of(MONTH, SCT, DIESEL), List.of());

    @Test
    void should_put_first_the_article_that_holds_the_follow_ups_own_words() {
        Candidate which = candidate("sct-jakie-auta", 0.8, true, true, false);
        Candidate fees = candidate("sct-oplaty", 0.5, false, true, true);

        List<Candidate> ordered = OwnWordsFirst.ordered(List.of(which, fees), COMBINED, List.of(MONTH), 0.55);

        assertEquals("sct-oplaty", ordered.getFirst().article().id());
        assertEquals(2, ordered.size());
    }

    @Test
    void should_keep_the_order_when_the_first_holds_as_much_of_the_follow_up_itself() {
        Candidate which = candidate("sct-jakie-auta", 0.8, true, true, true);
        Candidate fees = candidate("sct-oplaty", 0.5, false, true, true);

        assertEquals("sct-jakie-auta", OwnWordsFirst.ordered(List.of(which, fees), COMBINED, List.of(MONTH), 0.55)
                .getFirst().article().id());
    }

    @Test
    void should_keep_the_order_when_the_follow_up_says_nothing_of_its_own() {
        Candidate which = candidate("sct-jakie-auta", 0.8, true, true, false);
        Candidate fees = candidate("sct-oplaty", 0.5, false, true, true);

        assertEquals("sct-jakie-auta", OwnWordsFirst.ordered(List.of(which, fees), COMBINED, List.of(), 0.55)
                .getFirst().article().id());
    }

    @Test
    void should_not_count_a_carried_verb_no_article_of_the_subject_has() {
        // "а скільки коштує?" with "SCT дизелі чула" carried: "чула" (heard), known to no article, would weigh most
        QueryConcept cost = concept("коштує", 1.9);
        QueryConcept heard = new QueryConcept("чула", Set.of("чути"), 4.7, false, false, 0.8);
        SearchResult combined = new SearchResult("а скільки коштує? SCT дизелі чула", List.of(cost, SCT, DIESEL, heard), List.of());
        Candidate which = candidate("sct-jakie-auta", 0.8, List.of(false, true, true, false));
        Candidate fees = candidate("sct-oplaty", 0.5, List.of(true, true, false, false));

        List<Candidate> ordered = OwnWordsFirst.ordered(List.of(which, fees), combined, List.of(cost), 0.55);

        assertEquals("sct-oplaty", ordered.getFirst().article().id());
    }

    private static QueryConcept concept(String word, double weight) {
        return new QueryConcept(word, Set.of(word.toLowerCase()), weight, false);
    }

    private static Candidate candidate(String id, double coverage, List<Boolean> found) {
        Article article = new Article(id, id, "sct", List.of(), LocalDate.of(2026, 12, 1), List.of(), List.of(), "", id + ".md");
        return new Candidate(article, 1, coverage, 0, found);
    }

    /** @param found whether it holds the carried words (SCT, diesel), then whether the follow-up's (month); in the search's order */
    private static Candidate candidate(String id, double coverage, boolean diesel, boolean sct, boolean month) {
        return candidate(id, coverage, List.of(month, sct, diesel));
    }
}
