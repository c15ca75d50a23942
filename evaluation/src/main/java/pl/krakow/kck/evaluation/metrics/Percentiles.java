package pl.krakow.kck.evaluation.metrics;

import java.util.Arrays;

/** Nearest-rank percentiles: the p-th percentile of n samples is the ⌈p/100·n⌉-th smallest. */
public final class Percentiles {

    private final double[] sorted;

    public Percentiles(double[] samples) {
        this.sorted = samples.clone();
        Arrays.sort(sorted);
    }

    public int count() {
        return sorted.length;
    }

    /** The p-th percentile (0 < p <= 100) of the samples; fails when there are none. */
    public double at(double p) {
        if (sorted.length == 0) {
            throw new IllegalStateException("no samples");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.clamp(rank, 1, sorted.length) - 1];
    }

    public double min() {
        if (sorted.length == 0) {
            throw new IllegalStateException("no samples");
        }
        return sorted[0];
    }
}
