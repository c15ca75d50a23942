package pl.krakow.kck.evaluation.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TurnCostsTest {

    @Test
    void should_keep_what_a_reply_allocated_under_its_label() {
        TurnCosts costs = TurnCosts.measured();

        int length = costs.measure("dlg-1#2", () -> new byte[1 << 20].length);

        assertEquals(1 << 20, length);
        assertEquals("dlg-1#2", costs.costs().getFirst().label());
        assertTrue(costs.costs().getFirst().allocatedBytes() >= 1 << 20, costs.summary());
        assertTrue(costs.lines().get(1).startsWith("dlg-1#2\t"), costs.lines().get(1));
    }

    @Test
    void should_measure_nothing_when_not_asked() {
        assertEquals("a", TurnCosts.NONE.measure("q", () -> "a"));
        assertTrue(TurnCosts.NONE.costs().isEmpty());
    }

    @Test
    void should_take_the_nearest_rank_percentile() {
        long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(5, TurnCosts.at(sorted, 50));
        assertEquals(10, TurnCosts.at(sorted, 99));
        assertEquals(1, TurnCosts.at(new long[] {1}, 99));
    }
}
