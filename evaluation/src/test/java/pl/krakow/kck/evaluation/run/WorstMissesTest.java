package pl.krakow.kck.evaluation.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pl.krakow.kck.evaluation.TestData.answer;
import static pl.krakow.kck.evaluation.TestData.negative;
import static pl.krakow.kck.evaluation.TestData.outcome;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.evaluation.metrics.Outcome;
import pl.krakow.kck.evaluation.questions.Expectation;

class WorstMissesTest {

    @Test
    void should_put_wrong_answers_first_then_the_lowest_ranked_expected_topic() {
        Outcome hit = outcome(answer("hit-p", "plain", "odpady", List.of()), ReplyKind.ANSWER, "", 1, "odpady");
        Outcome clarifiedRight = outcome(answer("clar-p", "plain", "odpady", List.of()), ReplyKind.CLARIFY, "", 1, "odpady");
        Outcome fellBackRight = outcome(answer("fell-p", "plain", "odpady", List.of()), ReplyKind.FALLBACK, "", 1, "odpady");
        Outcome secondRank = outcome(answer("second-p", "plain", "odpady", List.of()), ReplyKind.CLARIFY, "", 1, "meldunek", "odpady");
        Outcome absent = outcome(answer("absent-p", "plain", "odpady", List.of()), ReplyKind.FALLBACK, "", 1, "meldunek");
        Outcome wrongAnswer = outcome(answer("wrong-p", "plain", "odpady", List.of()), ReplyKind.ANSWER, "", 1, "meldunek", "odpady");
        Outcome falseAnswer = outcome(negative("false", Expectation.FALLBACK), ReplyKind.ANSWER, "", 1, "meldunek");
        Outcome negativeClarified = outcome(negative("neg", Expectation.FALLBACK), ReplyKind.CLARIFY, "", 1, "meldunek");
        Outcome negativeRight = outcome(negative("ok", Expectation.FALLBACK), ReplyKind.FALLBACK, "", 1, "meldunek");

        List<String> ids = WorstMisses.select(List.of(hit, clarifiedRight, fellBackRight, secondRank, absent,
                        wrongAnswer, falseAnswer, negativeClarified, negativeRight), 20).stream()
                .map(m -> m.outcome().question().id())
                .toList();

        assertEquals(List.of("false", "wrong-p", "absent-p", "second-p", "fell-p", "neg", "clar-p"), ids);
    }

    @Test
    void should_keep_only_the_limit() {
        Outcome absent = outcome(answer("absent-p", "plain", "odpady", List.of()), ReplyKind.FALLBACK, "", 1, "meldunek");

        assertEquals(1, WorstMisses.select(List.of(absent, absent, absent), 1).size());
    }
}
