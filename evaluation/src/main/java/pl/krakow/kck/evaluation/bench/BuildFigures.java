package pl.krakow.kck.evaluation.bench;

import java.util.Arrays;

/** Index build times over several rounds, in milliseconds: the first (cold JIT) and the median and best. */
public record BuildFigures(int articles, int rounds, double firstMs, double medianMs, double minMs) {

    public static BuildFigures ofNanos(int articles, long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no builds");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
        return new BuildFigures(articles, nanos.length, nanos[0] / 1e6, median / 1e6, sorted[0] / 1e6);
    }
}
