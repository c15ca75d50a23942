package pl.krakow.kck.bot.llm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack, Clarke, Büttcher 2009): an item's score is the sum over the rankings
 * of 1 / (k + rank), rank counted from 1. It needs no calibration between BM25 scores and cosines, which
 * are not comparable. Ties go to the order of the first ranking, then of the next.
 */
final class RankFusion {

    static final int K = 60;

    private RankFusion() {
    }

    /** Item to fused score, best first. */
    static LinkedHashMap<String, Double> fuse(List<List<String>> rankings, int k) {
        Map<String, Double> scores = new HashMap<>();
        Map<String, int[]> positions = new HashMap<>();
        for (int r = 0; r < rankings.size(); r++) {
            List<String> ranking = rankings.get(r);
            for (int i = 0; i < ranking.size(); i++) {
                String item = ranking.get(i);
                int[] at = positions.computeIfAbsent(item, x -> filled(rankings.size()));
                if (at[r] != Integer.MAX_VALUE) {
                    continue; // an item listed twice counts once, at its best rank
                }
                at[r] = i;
                scores.merge(item, 1.0 / (k + i + 1), Double::sum);
            }
        }
        List<String> items = new ArrayList<>(scores.keySet());
        Comparator<String> order = Comparator.comparingDouble((String item) -> scores.get(item)).reversed();
        for (int r = 0; r < rankings.size(); r++) {
            int ranking = r;
            order = order.thenComparingInt(item -> positions.get(item)[ranking]);
        }
        items.sort(order);
        LinkedHashMap<String, Double> fused = new LinkedHashMap<>();
        items.forEach(item -> fused.put(item, scores.get(item)));
        return fused;
    }

    private static int[] filled(int size) {
        int[] positions = new int[size];
        java.util.Arrays.fill(positions, Integer.MAX_VALUE);
        return positions;
    }
}
