package pl.krakow.kck.bot.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Queue waits summed up as the SQL aggregates did: PERCENTILE_CONT interpolates between the nearest ranks. */
class QueueWaitsTest {

    private static final OffsetDateTime NINE = OffsetDateTime.parse("2026-12-07T09:00:00Z");

    @Test
    void should_give_average_interpolated_median_and_90th_percentile_and_maximum_of_claimed_cases() {
        QueueWaits waits = new QueueWaits();
        for (long seconds : new long[] {600, 60, 300, 120}) {
            waits.add("explicit-request", "live", NINE, NINE.plusSeconds(seconds));
        }
        waits.add("explicit-request", "live", NINE, null); // never claimed: counted, no wait
        waits.add("complaint", "callback", NINE, NINE.plusNanos(1_500_000_000L));

        assertEquals(List.of(
                Arrays.asList("explicit-request", "live", 5L, 4L, 270.0, 210.0, 510.0, 600.0),
                Arrays.asList("complaint", "callback", 1L, 1L, 1.5, 1.5, 1.5, 1.5)), waits.table().rows());
    }

    @Test
    void should_leave_the_wait_empty_when_no_case_was_claimed() {
        QueueWaits waits = new QueueWaits();
        waits.add("frustration", "live", NINE, null);
        assertEquals(List.of(Arrays.asList("frustration", "live", 1L, 0L, null, null, null, null)), waits.table().rows());
    }
}
