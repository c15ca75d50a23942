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

class AnswerPolicyTest {

    private final AnswerPolicy policy = new AnswerPolicy();

    /** "zgubiłem prawo jazdy": the ranking puts the lost ID card first (it holds "zgubić" only). */
    private static final List<QueryConcept> LOST_LICENCE = List.of(
            concept("prawo jazdy", 2.8), concept("zgubiłem", 1.8));

    @Test
    void should_answer_from_an_article_further_down_that_holds_the_question_when_the_first_holds_too_little() {
        SearchResult result = new SearchResult("zgubiłem prawo jazdy", LOST_LICENCE, List.of(
                candidate("dowod-zgubiony", 0.39, false, true),
                candidate("prawojazdy-wtornik", 0.8, true, true),
                candidate("prawojazdy-oplata", 0.61, true, false)), null);

        AnswerPolicy.Decision decision = policy.decide(result);

        assertEquals(ReplyKind.ANSWER, decision.kind());
        assertEquals("prawojazdy-wtornik", decision.best().article().id());
        assertEquals("prawojazdy-wtornik", policy.ranked(result).candidates().getFirst().article().id());
    }

    @Test
    void should_keep_the_ranking_when_the_first_can_be_answered_or_clarified() {
        SearchResult result = new SearchResult("zgubiłem prawo jazdy", LOST_LICENCE, List.of(
                candidate("prawojazdy-oplata", 0.61, true, false),
                candidate("prawojazdy-wtornik", 1.0, true, true)), null);

        assertEquals("prawojazdy-oplata", policy.decide(result).best().article().id());
    }

    @Test
    void should_not_let_one_word_or_numbers_override_the_ranking() {
        // "Ile to jest 17 razy 23?": an article holds "17" and "raz", which is not a question about it
        List<QueryConcept> sum = List.of(concept("17", 0.7), concept("razy", 2.1), concept("23", 0.9));
        SearchResult result = new SearchResult("Ile to jest 17 razy 23?", sum, List.of(
                candidate("oplata-skarbowa", 0.19, false, false, true),
                candidate("termin-platnosci", 0.76, true, true, false)), null);

        assertEquals(ReplyKind.FALLBACK, policy.decide(result).kind());
    }

    @Test
    void should_ask_rather_than_answer_from_one_of_several_telling_words_that_names_no_topic_of_the_article() {
        // "jaki jest sens życia?": a parking article speaks of a "sensowne" place; "życie" is nowhere
        List<QueryConcept> life = List.of(concept("sens", 3.0), concept("życie", 2.0));
        Candidate parking = candidate("parking-reklamacja", 0.6, true, false);
        SearchResult result = new SearchResult("jaki jest sens życia?", life, List.of(parking), null);

        assertEquals(ReplyKind.CLARIFY, policy.decide(result).kind());
    }

    @Test
    void should_answer_from_one_telling_word_that_names_the_articles_topic() {
        // "czy e-meldunek jest darmowy?": "e-meldunek" names the meldunek topic, whatever else the question says
        List<QueryConcept> free = List.of(concept("e-meldunek", 3.0), concept("darmowy", 2.0));
        Candidate meldunek = candidate("meldunek-online", 0.6, true, false);
        Candidate named = new Candidate(meldunek.article(), 1.0, 0.6, 0.6, meldunek.found(), true);
        Candidate unnamed = new Candidate(meldunek.article(), 1.0, 0.6, 0.6, meldunek.found(), false);

        assertEquals(ReplyKind.ANSWER, policy.decide(new SearchResult("czy e-meldunek jest darmowy?", free, List.of(named), null)).kind());
        assertEquals(ReplyKind.CLARIFY, policy.decide(new SearchResult("czy e-meldunek jest darmowy?", free, List.of(unnamed), null)).kind());
    }

    private static QueryConcept concept(String text, double weight) {
        return new QueryConcept(text, Set.of(text), weight, false);
    }

    private static Candidate candidate(String id, double coverage, Boolean... found) {
        Article article = new Article(id, id, id.substring(0, id.indexOf('-')), List.of(), LocalDate.of(2026, 1, 1),
                List.of(), List.of(), "", id + ".md");
        return new Candidate(article, 1.0, coverage, coverage, List.of(found), false);
    }
}
