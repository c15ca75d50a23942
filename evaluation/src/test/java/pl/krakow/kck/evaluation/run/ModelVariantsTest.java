package pl.krakow.kck.evaluation.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.krakow.kck.bot.knowledge.KnowledgeBase;
import pl.krakow.kck.bot.llm.EmbeddingSettings;
import pl.krakow.kck.bot.llm.LanguageModels;
import pl.krakow.kck.bot.llm.ModelProvider;
import pl.krakow.kck.evaluation.TestData;
import pl.krakow.kck.evaluation.questions.EvalQuestion;

class ModelVariantsTest {

    @TempDir
    Path folder;

    @Test
    void should_unpack_the_bundled_model_into_files_and_load_it_as_onnx() throws Exception {
        EmbeddingSettings settings = ModelVariants.bundled(ModelVariants.MINILM);

        assertEquals(ModelProvider.ONNX, settings.provider());
        assertTrue(Files.size(settings.modelFile()) > 1_000_000);
        assertTrue(Files.isRegularFile(settings.tokenizerFile()));
    }

    @Test
    void should_run_the_product_with_hybrid_retrieval_side_by_side_with_the_lexical_one() throws Exception {
        KnowledgeBase knowledgeBase = TestData.smallKnowledgeBase(folder);
        List<EvalQuestion> questions = List.of(
                TestData.answer("q1-p", "Ile kosztuje dowód osobisty?", "dowod-osobisty"),
                TestData.answer("q2-p", "kiedy wywóz śmieci", "odpady"),
                TestData.answer("q3-p", "jak się zameldować", "meldunek"));
        Evaluation evaluation = new Evaluation(knowledgeBase, questions, new EvalRunner(0));

        SystemResult lexical = evaluation.engine();
        SystemResult hybrid = evaluation.hybrid(LanguageModels.embedder(ModelVariants.bundled(ModelVariants.MINILM)), ModelVariants.MINILM);

        assertEquals(Evaluation.HYBRID, hybrid.name());
        assertEquals(3, hybrid.outcomes().size());
        assertFalse(hybrid.outcomes().getFirst().ranked().isEmpty());
        assertEquals(lexical.overall().lines(), hybrid.overall().lines());
    }
}
