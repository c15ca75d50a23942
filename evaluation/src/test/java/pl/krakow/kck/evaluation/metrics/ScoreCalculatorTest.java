package pl.krakow.kck.evaluation.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.krakow.kck.evaluation.TestData.answer;
import static pl.krakow.kck.evaluation.TestData.negative;
import static pl.krakow.kck.evaluation.TestData.outcome;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.evaluation.questions.Expectation;

class ScoreCalculatorTest {

    private static final double EPSILON = 1e-9;

    /** Four answer lines, one fallback line, one handoff line. */
    private static List<Outcome> outcomes() {
        return List.of(
                // answered, right topic first, facts present (folded: "bezpłatne" vs "BEZPLATNE")
                outcome(answer("a-p", "plain", "dowod-osobisty", List.of(List.of("bezpłatn", "za darmo"))),
                        ReplyKind.ANSWER, "Wydanie jest BEZPLATNE.", 1, "dowod-osobisty", "meldunek"),
                // clarify, right topic second, facts missing
                outcome(answer("b-p", "plain", "odpady", List.of(List.of("co tydzień"))),
                        ReplyKind.CLARIFY, "Czy chodzi o tę sprawę?", 2, "meldunek", "odpady"),
                // answered with the wrong topic; the right one fifth
                outcome(answer("c-d", "no-diacritics", "meldunek", List.of()),
                        ReplyKind.ANSWER, "...", 3, "odpady", "odpady", "odpady", "odpady", "meldunek"),
                // fallback, expected topic absent
                outcome(answer("d-t", "typo", "zielen", List.of()), ReplyKind.FALLBACK, "Niestety...", 4, "odpady"),
                // a fallback line answered anyway
                outcome(negative("e", Expectation.FALLBACK), ReplyKind.ANSWER, "...", 5, "odpady"),
                // a handoff line that fell back: not a false answer, but the wrong kind
                outcome(negative("f", Expectation.HANDOFF), ReplyKind.FALLBACK, "...", 6));
    }

    @Test
    void should_count_kind_accuracy_over_all_lines() {
        Scores scores = ScoreCalculator.score(outcomes());

        assertEquals(6, scores.kindAccuracy().count());
        assertEquals(2.0 / 6, scores.kindAccuracy().value().orElseThrow(), EPSILON); // a-p and c-d
    }

    @Test
    void should_compute_topic_at_k_and_mrr_over_answer_lines_only() {
        Scores scores = ScoreCalculator.score(outcomes());

        assertEquals(4, scores.topicAt1().count());
        assertEquals(1.0 / 4, scores.topicAt1().value().orElseThrow(), EPSILON);
        assertEquals(3.0 / 4, scores.topicAt5().value().orElseThrow(), EPSILON);
        assertEquals((1 + 0.5 + 0.2 + 0) / 4, scores.mrr().value().orElseThrow(), EPSILON);
    }

    @Test
    void should_score_facts_only_over_lines_with_facts() {
        Scores scores = ScoreCalculator.score(outcomes());

        assertEquals(2, scores.factsHit().count());
        assertEquals(0.5, scores.factsHit().value().orElseThrow(), EPSILON);
    }

    @Test
    void should_compute_false_answer_rate_over_fallback_and_handoff_lines() {
        Scores scores = ScoreCalculator.score(outcomes());

        assertEquals(2, scores.falseAnswerRate().count());
        assertEquals(0.5, scores.falseAnswerRate().value().orElseThrow(), EPSILON);
    }

    @Test
    void should_compute_report_recall_over_report_lines_and_precision_over_opened_reports() {
        Scores scores = ScoreCalculator.score(List.of(
                outcome(negative("r1", Expectation.REPORT), ReplyKind.REPORT, "Zgłoszenie", 1),
                outcome(negative("r2", Expectation.REPORT), ReplyKind.REPORT, "Zgłoszenie", 1),
                outcome(negative("r3", Expectation.REPORT), ReplyKind.FALLBACK, "Niestety", 1),
                // a question turned into a report
                outcome(answer("q-p", "plain", "zgloszenia", List.of()), ReplyKind.REPORT, "Zgłoszenie", 1),
                outcome(negative("f", Expectation.FALLBACK), ReplyKind.FALLBACK, "986", 1)));

        assertEquals(3, scores.reportRecall().count());
        assertEquals(2.0 / 3, scores.reportRecall().value().orElseThrow(), EPSILON);
        assertEquals(3, scores.reportPrecision().count());
        assertEquals(2.0 / 3, scores.reportPrecision().value().orElseThrow(), EPSILON);
    }

    @Test
    void should_take_nearest_rank_latency_percentiles_in_milliseconds() {
        Scores scores = ScoreCalculator.score(outcomes());

        assertEquals(6, scores.latency().count());
        assertEquals(3.0, scores.latency().p50Ms(), EPSILON);
        assertEquals(6.0, scores.latency().p95Ms(), EPSILON);
        assertEquals(6.0, scores.latency().p99Ms(), EPSILON);
    }

    @Test
    void should_leave_scores_undefined_when_no_line_applies() {
        Scores scores = ScoreCalculator.score(List.of(
                outcome(negative("e", Expectation.FALLBACK), ReplyKind.FALLBACK, "...", 1)));

        assertTrue(scores.topicAt1().value().isEmpty());
        assertTrue(scores.mrr().value().isEmpty());
        assertTrue(scores.factsHit().value().isEmpty());
        assertEquals(0.0, scores.falseAnswerRate().value().orElseThrow(), EPSILON);
        assertEquals(1.0, scores.kindAccuracy().value().orElseThrow(), EPSILON);
    }

    @Test
    void should_score_an_empty_set_without_failing() {
        Scores scores = ScoreCalculator.score(List.of());

        assertEquals(0, scores.lines());
        assertTrue(scores.kindAccuracy().value().isEmpty());
        assertEquals(Latency.NONE, scores.latency());
    }

    @Test
    void should_rank_the_first_candidate_with_the_expected_topic() {
        Outcome outcome = outcome(answer("x-p", "plain", "odpady", List.of()), ReplyKind.ANSWER, "", 1,
                "meldunek", "odpady", "odpady");

        assertEquals(2, outcome.topicRank());
        assertFalse(outcome.falseAnswer());
    }
}
