package pl.krakow.kck.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.evaluation.baseline.Baseline;

class EvalOptionsTest {

    @Test
    void should_default_to_the_bundled_knowledge_base_and_dev_set() throws UsageException {
        EvalOptions options = EvalOptions.parse(new String[0]);

        assertEquals(Path.of("faq-corpus/articles"), options.knowledgeBase());
        assertEquals(Path.of("evaluation/questions/dev.jsonl"), options.questions());
        assertTrue(options.baselines().isEmpty());
    }

    @Test
    void should_collect_repeated_baselines_once_and_expand_all() throws UsageException {
        assertEquals(List.of(Baseline.STEMPEL), EvalOptions.parse(new String[] {"--baseline", "stempel", "--baseline", "stempel"}).baselines());
        assertEquals(List.of(Baseline.STANDARD, Baseline.STEMPEL),
                EvalOptions.parse(new String[] {"--baseline", "all", "--json-only"}).baselines());
    }

    @Test
    void should_refuse_unknown_options_baselines_and_missing_values() {
        assertThrows(UsageException.class, () -> EvalOptions.parse(new String[] {"--fast"}));
        assertThrows(UsageException.class, () -> EvalOptions.parse(new String[] {"--baseline", "bm42"}));
        assertThrows(UsageException.class, () -> EvalOptions.parse(new String[] {"--kb"}));
        assertThrows(UsageException.class, () -> BenchOptions.parse(new String[] {"--rounds", "0"}));
    }

    @Test
    void should_read_the_model_variants_and_default_to_the_model_free_product() throws UsageException {
        EvalOptions plain = EvalOptions.parse(new String[0]);
        assertTrue(!plain.hybrid() && !plain.grounded() && plain.embeddingModel() == null);

        EvalOptions hybrid = EvalOptions.parse(new String[] {"--retrieval", "hybrid", "--embedding-model", "all-minilm-l6-v2-q",
                "--answers", "grounded"});
        assertTrue(hybrid.hybrid() && hybrid.grounded());
        assertEquals("all-minilm-l6-v2-q", hybrid.embeddingModel());
        assertTrue(!EvalOptions.parse(new String[] {"--retrieval", "lexical"}).hybrid());

        assertThrows(UsageException.class, () -> EvalOptions.parse(new String[] {"--retrieval", "semantic"}));
        assertThrows(UsageException.class, () -> EvalOptions.parse(new String[] {"--embedding-model", "all-minilm-l6-v2-q"}));
        assertThrows(UsageException.class, () -> EvalOptions.parse(new String[] {"--retrieval", "hybrid", "--embedding-model", "e5"}));
        assertThrows(UsageException.class, () -> EvalOptions.parse(new String[] {"--answers", "creative"}));
    }

    @Test
    void should_read_bench_options() throws UsageException {
        BenchOptions options = BenchOptions.parse(new String[] {"--articles", "300", "--rounds", "3"});

        assertEquals(300, options.articles());
        assertEquals(3, options.rounds());
    }
}
