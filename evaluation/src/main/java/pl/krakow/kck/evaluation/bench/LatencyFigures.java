package pl.krakow.kck.evaluation.bench;

import java.util.Arrays;

import pl.krakow.kck.evaluation.metrics.Percentiles;

/** Nearest-rank percentiles of call durations, in microseconds. */
public record LatencyFigures(int samples, double p50Us, double p95Us, double p99Us) {

    public static LatencyFigures ofNanos(long[] nanos) {
        Percentiles micros = new Percentiles(Arrays.stream(nanos).mapToDouble(n -> n / 1_000.0).toArray());
        return new LatencyFigures(micros.count(), micros.at(50), micros.at(95), micros.at(99));
    }
}
