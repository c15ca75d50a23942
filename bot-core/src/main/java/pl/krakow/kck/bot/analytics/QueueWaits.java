package pl.krakow.kck.bot.analytics;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cases by reason and mode with their wait in the queue until a consultant claimed them (seconds): average, median,
 * 90th percentile (interpolated, as SQL's PERCENTILE_CONT), maximum; cases never claimed count but have no wait.
 */
final class QueueWaits {

    private record Key(String reason, String mode) {
    }

    private static final class Cases {
        long count;
        final List<Double> waits = new ArrayList<>();
    }

    private final Map<Key, Cases> byKey = new LinkedHashMap<>();

    void add(String reason, String mode, OffsetDateTime requested, OffsetDateTime claimed) {
        Cases cases = byKey.computeIfAbsent(new Key(reason, mode), k -> new Cases());
        cases.count++;
        if (claimed != null) {
            Duration wait = Duration.between(requested, claimed);
            cases.waits.add(wait.getSeconds() + wait.getNano() / 1e9);
        }
    }

    /** Most cases first, then by reason and mode. */
    Table table() {
        Table.Builder table = Table.named("handoffs", "reason", "mode", "cases", "claimed", "wait_avg_s", "wait_median_s", "wait_p90_s",
                "wait_max_s");
        byKey.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<Key, Cases> e) -> e.getValue().count).reversed()
                        .thenComparing(e -> e.getKey().reason()).thenComparing(e -> e.getKey().mode()))
                .forEach(e -> {
                    double[] waits = e.getValue().waits.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                    table.row(e.getKey().reason(), e.getKey().mode(), e.getValue().count, (long) waits.length,
                            Rates.round1(average(waits)), Rates.round1(percentile(waits, 0.5)), Rates.round1(percentile(waits, 0.9)),
                            Rates.round1(waits.length == 0 ? null : waits[waits.length - 1]));
                });
        return table.build();
    }

    private static Double average(double[] values) {
        return values.length == 0 ? null : Arrays.stream(values).sum() / values.length;
    }

    /** PERCENTILE_CONT of sorted values: linear between the two nearest ranks. */
    static Double percentile(double[] sorted, double fraction) {
        if (sorted.length == 0) {
            return null;
        }
        double position = fraction * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }
}
