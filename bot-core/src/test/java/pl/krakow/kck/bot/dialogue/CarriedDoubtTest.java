package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.QueryConcept;
import pl.krakow.kck.bot.retrieval.SearchResult;

/** A follow-up carried on the subject with little confidence, that another topic's article holds clearly, is asked about. */
class CarriedDoubtTest {

    private static final AnswerPolicy POLICY = new AnswerPolicy();
    private static final FollowUps FOLLOW_UPS = new FollowUps();
    private static final DialogueState ON_THE_CARD = DialogueState.EMPTY.withSubject("karta-przedluzenie", "karta-krakowska", "karta krakowska", null);
    private static final QueryConcept LINES = new QueryConcept("linie", Set.of("linia"), 4.0, false);
    private static final QueryConcept COST = new QueryConcept("kosztuje", Set.of("kosztowac"), 2.0, false, false, 0.5);

    @Test
    void should_offer_the_other_topics_article_when_the_carried_answer_holds_little() {
        Candidate monthly = candidate("mpk-bilet-miesieczny", "komunikacja", 0.8);
        SearchResult alone = new SearchResult("a ile za miesięczny na wszystkie linie?", List.of(COST, LINES), List.of(monthly));

        var rival = CarriedDoubt.rival(List.of(candidate("karta-przedluzenie", "karta-krakowska", 0.45)), alone, ON_THE_CARD, POLICY, FOLLOW_UPS);

        assertEquals("mpk-bilet-miesieczny", rival.orElseThrow().article().id());
    }

    @Test
    void should_keep_the_carried_answer_when_it_holds_enough_or_the_follow_up_names_nothing() {
        Candidate monthly = candidate("mpk-bilet-miesieczny", "komunikacja", 0.8);
        SearchResult named = new SearchResult("a ile za linie?", List.of(COST, LINES), List.of(monthly));
        SearchResult nothing = new SearchResult("a ile kosztuje?", List.of(COST), List.of(monthly));

        assertTrue(CarriedDoubt.rival(List.of(candidate("karta-przedluzenie", "karta-krakowska", 0.7)), named, ON_THE_CARD, POLICY, FOLLOW_UPS).isEmpty());
        assertTrue(CarriedDoubt.rival(List.of(candidate("karta-przedluzenie", "karta-krakowska", 0.45)), nothing, ON_THE_CARD, POLICY, FOLLOW_UPS).isEmpty());
        SearchResult sameTopic = new SearchResult("a ile za linie?", List.of(COST, LINES), List.of(candidate("karta-znizki", "karta-krakowska", 0.9)));
        assertTrue(CarriedDoubt.rival(List.of(candidate("karta-przedluzenie", "karta-krakowska", 0.45)), sameTopic, ON_THE_CARD, POLICY, FOLLOW_UPS).isEmpty());
    }

    private static Candidate candidate(String id, String topic, double coverage) {
        Article article = new Article(id, id, topic, List.of(), LocalDate.of(2026, 12, 1), List.of(), List.of(), "", id + ".md");
        return new Candidate(article, 1, coverage, 0, List.of(false, true));
    }
}
