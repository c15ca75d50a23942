package pl.krakow.kck.evaluation.bench;

import java.io.PrintStream;
import java.util.List;

import pl.krakow.kck.evaluation.report.Numbers;
import pl.krakow.kck.evaluation.report.TextTable;

/** The human-readable benchmark figures. */
public final class BenchReport {

    private static final double MB = 1024.0 * 1024.0;

    private BenchReport() {
    }

    public static void print(PrintStream out, Benchmark.Result result, String knowledgeBase, String questions, long seed) {
        out.println("KCK assistant benchmark");
        out.println("  JVM            : Java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors()
                + " CPUs, max heap " + Numbers.fixed(result.maxHeap() / MB, 0) + " MB");
        out.println("  bundled        : " + knowledgeBase + " (" + result.bundled().build().articles() + " articles)");
        out.println("  synthetic      : " + result.synthetic().build().articles()
                + " articles recombined from the bundled ones (seed " + seed + ", bodies "
                + SyntheticCorpus.MIN_BODY + "–" + SyntheticCorpus.MAX_BODY + " chars)");
        out.println("                   it reuses the bundled vocabulary: the term dictionary and the word cache do not grow as");
        out.println("                   they would with 5,000 real articles, so its build time is a lower bound");
        out.println("  builds         : " + result.rounds() + " per index, each with a fresh TextAnalyzer (empty word cache)");
        out.println("  queries        : " + result.queries() + " texts of " + questions + "; first " + result.warmupRounds()
                + " untimed warm-up rounds of every call on both indexes, then " + result.rounds()
                + " timed rounds; nearest-rank percentiles");
        out.println();

        out.println("== Index build (ms)");
        TextTable builds = new TextTable(List.of("index", "articles", "first", "median", "min"));
        for (IndexFigures figures : List.of(result.bundled(), result.synthetic())) {
            BuildFigures build = figures.build();
            builds.row(List.of(figures.name(), String.valueOf(build.articles()), Numbers.fixed(build.firstMs(), 1),
                    Numbers.fixed(build.medianMs(), 1), Numbers.fixed(build.minMs(), 1)));
        }
        out.print(builds.render());
        out.println();

        out.println("== Query latency");
        TextTable latency = new TextTable(List.of("index", "call", "samples", "p50 µs", "p95 µs", "p99 µs",
                "p50 ms", "p95 ms", "p99 ms"));
        for (IndexFigures figures : List.of(result.bundled(), result.synthetic())) {
            row(latency, figures.name(), "ArticleIndex.search(text, 8)", figures.search());
            row(latency, figures.name(), "DialogueEngine.reply", figures.reply());
        }
        out.print(latency.render());
        out.println();

        out.println("== Heap (after System.gc())");
        out.println("  in use with both indexes built : " + Numbers.fixed(result.heapAfterSynthetic() / MB, 1) + " MB");
        out.println("  of which the synthetic index   : "
                + Numbers.fixed((result.heapAfterSynthetic() - result.heapBeforeSynthetic()) / MB, 1)
                + " MB (index, its analyzer and word cache; the article texts were already in memory)");
        out.println();
    }

    private static void row(TextTable table, String index, String call, LatencyFigures figures) {
        table.row(List.of(index, call, String.valueOf(figures.samples()),
                Numbers.fixed(figures.p50Us(), 1), Numbers.fixed(figures.p95Us(), 1), Numbers.fixed(figures.p99Us(), 1),
                Numbers.fixed(figures.p50Us() / 1000, 3), Numbers.fixed(figures.p95Us() / 1000, 3),
                Numbers.fixed(figures.p99Us() / 1000, 3)));
    }
}
