package pl.krakow.kck.bot.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class RankFusionTest {

    @Test
    void should_sum_reciprocal_ranks_so_that_agreement_wins() {
        var fused = RankFusion.fuse(List.of(List.of("a", "b", "c"), List.of("b", "c", "a")), 60);

        assertEquals(List.of("b", "a", "c"), List.copyOf(fused.keySet()));
        assertEquals(1.0 / 62 + 1.0 / 61, fused.get("b"), 1e-12);
    }

    @Test
    void should_break_ties_by_the_first_ranking_and_keep_items_only_one_ranking_has() {
        var fused = RankFusion.fuse(List.of(List.of("a", "b"), List.of("c", "d")), 60);

        assertEquals(List.of("a", "c", "b", "d"), List.copyOf(fused.keySet()));
    }
}
