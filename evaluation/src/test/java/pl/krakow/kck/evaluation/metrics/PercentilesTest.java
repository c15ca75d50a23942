package pl.krakow.kck.evaluation.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void should_take_the_nearest_rank() {
        double[] oneToHundred = LongStream.rangeClosed(1, 100).mapToDouble(v -> v).toArray();
        Percentiles percentiles = new Percentiles(oneToHundred);

        assertEquals(50, percentiles.at(50));
        assertEquals(95, percentiles.at(95));
        assertEquals(99, percentiles.at(99));
        assertEquals(100, percentiles.at(100));
        assertEquals(1, percentiles.min());
    }

    @Test
    void should_sort_the_samples_first() {
        Percentiles percentiles = new Percentiles(new double[] {9, 1, 5, 3, 7});

        assertEquals(5, percentiles.at(50)); // ceil(2.5) = 3rd smallest
        assertEquals(9, percentiles.at(95));
        assertEquals(1, percentiles.at(1));
    }

    @Test
    void should_give_the_only_sample_for_any_percentile() {
        Percentiles percentiles = new Percentiles(new double[] {42});

        assertEquals(42, percentiles.at(50));
        assertEquals(42, percentiles.at(99));
    }

    @Test
    void should_refuse_no_samples_and_bad_percentiles() {
        assertThrows(IllegalStateException.class, () -> new Percentiles(new double[0]).at(50));
        assertThrows(IllegalArgumentException.class, () -> new Percentiles(new double[] {1}).at(0));
        assertThrows(IllegalArgumentException.class, () -> new Percentiles(new double[] {1}).at(101));
    }

    @Test
    void should_convert_latencies_to_milliseconds() {
        Latency latency = Latency.ofNanos(List.of(2_000_000L, 1_000_000L, 3_500_000L));

        assertEquals(3, latency.count());
        assertEquals(2.0, latency.p50Ms(), 1e-9);
        assertEquals(3.5, latency.p99Ms(), 1e-9);
    }
}
