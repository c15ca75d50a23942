package pl.krakow.kck.evaluation.bench;

import java.util.List;

import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.knowledge.KnowledgeBase;
import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;

/**
 * Measures the product's index: build time for two knowledge bases (each built {@code rounds} times, every
 * time with a fresh {@link TextAnalyzer}, as at service start), heap in use once the larger one is built,
 * and query latency of {@code ArticleIndex.search(text, 8)} and of the full {@code DialogueEngine.reply}
 * over the given texts, timed {@code rounds} times. Before any query is timed, every kind of call runs
 * {@link #WARMUP_ROUNDS} untimed rounds over all texts on both indexes, so that the JIT is done compiling.
 */
public final class Benchmark {

    public static final int SEARCH_LIMIT = 8;
    public static final int WARMUP_ROUNDS = 2;

    /** Everything measured. Heap figures are bytes in use after {@link System#gc()}. */
    public record Result(IndexFigures bundled, IndexFigures synthetic, long heapBeforeSynthetic,
                         long heapAfterSynthetic, long maxHeap, int queries, int rounds, int warmupRounds) {
    }

    private record Built(ArticleIndex index, TextAnalyzer analyzer, BuildFigures figures) implements AutoCloseable {

        @Override
        public void close() {
            index.close();
            analyzer.close();
        }
    }

    private final int rounds;
    private final AnswerPolicy policy;

    public Benchmark(int rounds) {
        this(rounds, new AnswerPolicy());
    }

    /** @param policy the configured answer policy (bench reads the configuration as serve does) */
    public Benchmark(int rounds, AnswerPolicy policy) {
        this.policy = policy;
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be >= 1");
        }
        this.rounds = rounds;
    }

    public Result run(KnowledgeBase bundled, KnowledgeBase synthetic, List<String> texts) {
        try (Built small = build(bundled)) {
            long heapBefore = HeapProbe.usedAfterGc();
            try (Built large = build(synthetic)) {
                long heapAfter = HeapProbe.usedAfterGc();
                List<Calls> calls = List.of(new Calls(small, policy), new Calls(large, policy));
                QueryTimer warmup = new QueryTimer(WARMUP_ROUNDS, 1);
                for (Calls call : calls) {
                    warmup.time(texts, call::search);
                    warmup.time(texts, call::reply);
                }
                IndexFigures bundledFigures = queries("bundled", calls.get(0), texts);
                IndexFigures syntheticFigures = queries("synthetic", calls.get(1), texts);
                return new Result(bundledFigures, syntheticFigures, heapBefore, heapAfter, HeapProbe.maxHeap(),
                        texts.size(), rounds, WARMUP_ROUNDS);
            }
        }
    }

    private Built build(KnowledgeBase knowledgeBase) {
        long[] nanos = new long[rounds];
        Built last = null;
        for (int round = 0; round < rounds; round++) {
            if (last != null) {
                last.close();
            }
            TextAnalyzer analyzer = new TextAnalyzer();
            long start = System.nanoTime();
            ArticleIndex index = ArticleIndex.build(knowledgeBase, analyzer);
            nanos[round] = System.nanoTime() - start;
            last = new Built(index, analyzer, null);
        }
        return new Built(last.index(), last.analyzer(), BuildFigures.ofNanos(knowledgeBase.articles().size(), nanos));
    }

    private IndexFigures queries(String name, Calls calls, List<String> texts) {
        QueryTimer timer = new QueryTimer(0, rounds);
        LatencyFigures search = LatencyFigures.ofNanos(timer.time(texts, calls::search));
        LatencyFigures reply = LatencyFigures.ofNanos(timer.time(texts, calls::reply));
        return new IndexFigures(name, calls.built.figures(), search, reply);
    }

    /** The two timed calls on one index, each returning something derived from its result. */
    private static final class Calls {

        private final Built built;
        private final DialogueEngine engine;

        Calls(Built built, AnswerPolicy policy) {
            this.built = built;
            this.engine = new DialogueEngine(built::index, policy);
        }

        int search(String text) {
            return built.index().search(text, SEARCH_LIMIT).candidates().size();
        }

        int reply(String text) {
            return engine.reply(text, null, List.of()).text().length();
        }
    }
}
