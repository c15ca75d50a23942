package pl.krakow.kck.evaluation.report;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import pl.krakow.kck.evaluation.metrics.Latency;
import pl.krakow.kck.evaluation.metrics.Scores;
import pl.krakow.kck.evaluation.metrics.Share;
import pl.krakow.kck.evaluation.run.SystemResult;

/**
 * The machine-readable scores printed after {@code EVAL }: the product's scores at the top level, with
 * {@code by_variant}, {@code by_part} and, when baselines ran, {@code baselines} holding the same
 * structure per baseline. A score no line applies to is {@code null}.
 */
public final class EvalJson {

    private static final int SCORE_DECIMALS = 4;
    private static final int MS_DECIMALS = 3;

    private EvalJson() {
    }

    public static JsonObject of(SystemResult engine, List<SystemResult> baselines) {
        JsonObjectBuilder root = system(engine);
        if (!baselines.isEmpty()) {
            JsonObjectBuilder each = Json.createObjectBuilder();
            for (SystemResult baseline : baselines) {
                each.add(baseline.name(), system(baseline));
            }
            root.add("baselines", each);
        }
        return root.build();
    }

    private static JsonObjectBuilder system(SystemResult result) {
        JsonObjectBuilder system = scores(result.overall());
        system.add("by_variant", group(result.byVariant()));
        system.add("by_part", group(result.byPart()));
        return system;
    }

    private static JsonObjectBuilder group(Map<String, Scores> groups) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        groups.forEach((key, scores) -> builder.add(key, scores(scores)));
        return builder;
    }

    public static JsonObjectBuilder scores(Scores scores) {
        JsonObjectBuilder builder = Json.createObjectBuilder()
                .add("lines", scores.lines());
        share(builder, "kind_accuracy", scores.kindAccuracy());
        builder.add("answer_lines", scores.topicAt1().count());
        share(builder, "topic_at_1", scores.topicAt1());
        share(builder, "topic_at_5", scores.topicAt5());
        share(builder, "mrr", scores.mrr());
        if (scores.articleAt1().count() > 0) {
            builder.add("article_lines", scores.articleAt1().count());
            share(builder, "article_at_1", scores.articleAt1());
        }
        builder.add("facts_lines", scores.factsHit().count());
        share(builder, "facts_hit", scores.factsHit());
        builder.add("negative_lines", scores.falseAnswerRate().count());
        share(builder, "false_answer_rate", scores.falseAnswerRate());
        if (scores.replyLanguage().count() > 0) {
            builder.add("language_lines", scores.replyLanguage().count());
            share(builder, "reply_language", scores.replyLanguage());
        }
        if (scores.reportRecall().count() > 0 || scores.reportPrecision().count() > 0) {
            builder.add("report_lines", scores.reportRecall().count());
            share(builder, "report_recall", scores.reportRecall());
            builder.add("reports_opened", scores.reportPrecision().count());
            share(builder, "report_precision", scores.reportPrecision());
        }
        builder.add("latency_ms", latency(scores.latency()));
        return builder;
    }

    private static void share(JsonObjectBuilder builder, String name, Share share) {
        OptionalDouble value = share.value();
        if (value.isPresent()) {
            builder.add(name, Numbers.rounded(value.getAsDouble(), SCORE_DECIMALS));
        } else {
            builder.addNull(name);
        }
    }

    private static JsonObjectBuilder latency(Latency latency) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        if (latency.count() == 0) {
            return builder.addNull("p50").addNull("p95").addNull("p99");
        }
        return builder.add("p50", Numbers.rounded(latency.p50Ms(), MS_DECIMALS))
                .add("p95", Numbers.rounded(latency.p95Ms(), MS_DECIMALS))
                .add("p99", Numbers.rounded(latency.p99Ms(), MS_DECIMALS));
    }
}
