package pl.krakow.kck.evaluation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pl.krakow.kck.evaluation.TestData.answer;
import static pl.krakow.kck.evaluation.TestData.outcome;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.evaluation.metrics.Outcome;
import pl.krakow.kck.evaluation.questions.EvalQuestion;

class QuestionTranscriptTest {

    @Test
    void should_write_the_reply_and_the_ranking_but_not_the_latency() {
        EvalQuestion question = answer("a-1", "Ile kosztuje dowód?", "dowod-osobisty");
        Outcome fast = outcome(question, ReplyKind.ANSWER, "Dowód jest\nbezpłatny.", 1.5, "dowod-osobisty", "meldunek");
        Outcome slow = outcome(question, ReplyKind.ANSWER, "Dowód jest\nbezpłatny.", 9.0, "dowod-osobisty", "meldunek");

        List<String> lines = QuestionTranscript.of(List.of(fast), true);

        assertEquals(List.of("a-1 \"Ile kosztuje dowód?\": answer in pl; dowod-osobisty-1 0.9000 meldunek-2 0.9000",
                "       » Dowód jest bezpłatny."), lines);
        assertEquals(lines, QuestionTranscript.of(List.of(slow), true));
        assertEquals(1, QuestionTranscript.of(List.of(fast), false).size());
    }
}
