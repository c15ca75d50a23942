package pl.krakow.kck.evaluation.metrics;

import java.util.Collection;

/**
 * Latency percentiles of the full reply call, in milliseconds; {@link #NONE} when there were no calls.
 */
public record Latency(int count, double p50Ms, double p95Ms, double p99Ms) {

    public static final Latency NONE = new Latency(0, Double.NaN, Double.NaN, Double.NaN);

    public static Latency ofNanos(Collection<Long> nanos) {
        if (nanos.isEmpty()) {
            return NONE;
        }
        Percentiles millis = new Percentiles(nanos.stream().mapToDouble(n -> n / 1_000_000.0).toArray());
        return new Latency(millis.count(), millis.at(50), millis.at(95), millis.at(99));
    }
}
