package pl.krakow.kck.evaluation.bench;

import java.util.List;
import java.util.function.ToIntFunction;

/** Times one call per text, {@code rounds} times over all texts, after untimed warm-up rounds. */
public final class QueryTimer {

    private final int warmupRounds;
    private final int rounds;
    private long sink;

    public QueryTimer(int warmupRounds, int rounds) {
        if (warmupRounds < 0 || rounds < 1) {
            throw new IllegalArgumentException("need warm-up rounds >= 0 and rounds >= 1");
        }
        this.warmupRounds = warmupRounds;
        this.rounds = rounds;
    }

    /** Nanoseconds of every timed call. The call's result is consumed so that the JIT cannot drop it. */
    public long[] time(List<String> texts, ToIntFunction<String> call) {
        for (int round = 0; round < warmupRounds; round++) {
            for (String text : texts) {
                sink += call.applyAsInt(text);
            }
        }
        long[] nanos = new long[texts.size() * rounds];
        int next = 0;
        for (int round = 0; round < rounds; round++) {
            for (String text : texts) {
                long start = System.nanoTime();
                int result = call.applyAsInt(text);
                nanos[next++] = System.nanoTime() - start;
                sink += result;
            }
        }
        return nanos;
    }

    long sink() {
        return sink;
    }
}
