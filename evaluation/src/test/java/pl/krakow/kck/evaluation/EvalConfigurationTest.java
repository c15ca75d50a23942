package pl.krakow.kck.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.AssistantCore;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.knowledge.KnowledgeBase;
import pl.krakow.kck.bot.reports.CategoryCatalogue;
import pl.krakow.kck.evaluation.questions.EvalQuestion;
import pl.krakow.kck.evaluation.questions.QuestionReader;
import pl.krakow.kck.evaluation.run.EvalRunner;
import pl.krakow.kck.evaluation.run.Evaluation;
import pl.krakow.kck.evaluation.run.KnowledgeBaseFolder;
import pl.krakow.kck.evaluation.run.SystemResult;

/** Eval reads the configuration as serve does: a changed kck.answer-threshold changes what eval measures. */
class EvalConfigurationTest {

    @AfterEach
    void clear() {
        System.clearProperty("kck.answer-threshold");
        AssistantCore.DEFAULTS.applyTexts();
    }

    @Test
    void should_follow_a_changed_answer_threshold() throws Exception {
        KnowledgeBase knowledgeBase = KnowledgeBaseFolder.load(Path.of("../faq-corpus/articles"));
        List<EvalQuestion> questions = new QuestionReader().read(Path.of("questions/dev.jsonl")).stream()
                .filter(q -> q.id().endsWith("-p")).limit(60).toList();
        CategoryCatalogue catalogue = CategoryCatalogue.load(Path.of("../faq-corpus/reports/categories.json"));

        AssistantCore configured = EvalMain.configuredCore();
        assertEquals(0.55, configured.answerThreshold(), 1e-9, "the default threshold");
        long answersAsConfigured = answers(new Evaluation(knowledgeBase, questions, new EvalRunner(0), catalogue, configured).engine());

        System.setProperty("kck.answer-threshold", "0.99");
        AssistantCore strict = EvalMain.configuredCore();
        assertEquals(0.99, strict.answerThreshold(), 1e-9);
        long answersWhenStrict = answers(new Evaluation(knowledgeBase, questions, new EvalRunner(0), catalogue, strict).engine());

        assertTrue(answersWhenStrict < answersAsConfigured,
                "0.99 answers fewer: " + answersWhenStrict + " against " + answersAsConfigured);
    }

    private static long answers(SystemResult result) {
        return result.outcomes().stream().filter(o -> o.kind() == ReplyKind.ANSWER).count();
    }
}
