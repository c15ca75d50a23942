package pl.krakow.kck.evaluation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.krakow.kck.evaluation.TestData.answer;
import static pl.krakow.kck.evaluation.TestData.negative;
import static pl.krakow.kck.evaluation.TestData.outcome;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.evaluation.metrics.Outcome;
import pl.krakow.kck.evaluation.questions.EvalQuestion;
import pl.krakow.kck.evaluation.questions.Expectation;
import pl.krakow.kck.evaluation.run.SystemResult;
import pl.krakow.kck.evaluation.split.SeenSplit;

class EvalJsonTest {

    @Test
    void should_put_overall_scores_at_the_top_with_variants_parts_and_baselines() {
        EvalQuestion plain = answer("a-p", "Ile kosztuje dowód?", "dowod-osobisty");
        EvalQuestion external = negative("fallback-01", Expectation.FALLBACK);
        SeenSplit split = new SeenSplit(List.of("Ile kosztuje dowód?"), List.of(plain, external));
        List<Outcome> outcomes = List.of(
                outcome(plain, ReplyKind.ANSWER, "bezpłatne", 1.5, "dowod-osobisty"),
                outcome(external, ReplyKind.FALLBACK, "Niestety", 0.5));
        SystemResult engine = SystemResult.of("engine", "the product", outcomes, split);
        SystemResult baseline = SystemResult.of("standard", "BM25", outcomes, split);

        JsonObject json = Json.createReader(new StringReader(EvalJson.of(engine, List.of(baseline)).toString())).readObject();

        assertEquals(2, json.getInt("lines"));
        assertEquals(1.0, json.getJsonNumber("kind_accuracy").doubleValue(), 1e-9);
        assertEquals(1.0, json.getJsonNumber("topic_at_1").doubleValue(), 1e-9);
        assertEquals(0.0, json.getJsonNumber("false_answer_rate").doubleValue(), 1e-9);
        assertEquals(JsonValue.NULL, json.get("facts_hit"));
        assertEquals(1.5, json.getJsonObject("latency_ms").getJsonNumber("p99").doubleValue(), 1e-9);
        assertEquals(1, json.getJsonObject("by_variant").getJsonObject("plain").getInt("lines"));
        assertEquals(JsonValue.NULL, json.getJsonObject("by_variant").getJsonObject("external").get("topic_at_1"));
        assertEquals(1, json.getJsonObject("by_part").getJsonObject("seen").getInt("lines"));
        assertEquals(0, json.getJsonObject("by_part").getJsonObject("unseen").getInt("lines"));
        assertTrue(json.getJsonObject("baselines").getJsonObject("standard").containsKey("by_part"));
    }

    @Test
    void should_write_numbers_plainly() {
        assertEquals("10", Numbers.rounded(10.0, 3).toString());
        assertEquals("0.8333", Numbers.rounded(5.0 / 6, 4).toString());
        assertEquals("1", Numbers.rounded(1.0, 4).toString());
    }
}
