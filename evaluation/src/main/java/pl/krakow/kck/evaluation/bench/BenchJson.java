package pl.krakow.kck.evaluation.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import pl.krakow.kck.evaluation.report.Numbers;

/** The machine-readable figures printed after {@code BENCH }. */
public final class BenchJson {

    private static final double MB = 1024.0 * 1024.0;

    private BenchJson() {
    }

    public static JsonObject of(Benchmark.Result result, long seed) {
        return Json.createObjectBuilder()
                .add("java", Runtime.version().toString())
                .add("cpus", Runtime.getRuntime().availableProcessors())
                .add("max_heap_mb", Numbers.rounded(result.maxHeap() / MB, 1))
                .add("rounds", result.rounds())
                .add("warmup_rounds", result.warmupRounds())
                .add("queries", result.queries())
                .add("seed", seed)
                .add("bundled", index(result.bundled()))
                .add("synthetic", index(result.synthetic()))
                .add("heap_used_mb_after_synthetic", Numbers.rounded(result.heapAfterSynthetic() / MB, 1))
                .add("heap_synthetic_index_mb",
                        Numbers.rounded((result.heapAfterSynthetic() - result.heapBeforeSynthetic()) / MB, 1))
                .build();
    }

    private static JsonObjectBuilder index(IndexFigures figures) {
        BuildFigures build = figures.build();
        return Json.createObjectBuilder()
                .add("articles", build.articles())
                .add("build_ms", Json.createObjectBuilder()
                        .add("first", Numbers.rounded(build.firstMs(), 1))
                        .add("median", Numbers.rounded(build.medianMs(), 1))
                        .add("min", Numbers.rounded(build.minMs(), 1)))
                .add("search", latency(figures.search()))
                .add("reply", latency(figures.reply()));
    }

    private static JsonObjectBuilder latency(LatencyFigures latency) {
        return Json.createObjectBuilder()
                .add("samples", latency.samples())
                .add("p50_us", Numbers.rounded(latency.p50Us(), 1))
                .add("p95_us", Numbers.rounded(latency.p95Us(), 1))
                .add("p99_us", Numbers.rounded(latency.p99Us(), 1))
                .add("p50_ms", Numbers.rounded(latency.p50Us() / 1000, 3))
                .add("p95_ms", Numbers.rounded(latency.p95Us() / 1000, 3))
                .add("p99_ms", Numbers.rounded(latency.p99Us() / 1000, 3));
    }
}
