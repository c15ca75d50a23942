package pl.krakow.kck.bot.analytics;

import java.util.List;

/**
 * How conversations of a period ended and what was answered: containment, the questions that got a fallback,
 * and the articles and topics shown as answers.
 */
final class Outcomes {

    /**
     * Conversations started in the period; those that ended without a consultant and without a repeated miss
     * (no handoff case and fewer than two fallbacks, both counted by when they happened, in the period).
     */
    record Containment(long conversations, long contained, long handedOver, long repeatedMisses) {
    }

    /** A resident's text, exactly as typed, that got a fallback, with how often. */
    record Miss(String text, long count) {
    }

    /** How many of the answers showed one article. */
    record Shown(String articleId, String topic, long count) {
    }

    /** Distinct typed texts read for grouping: the most frequent ones; the rest are rarer than any of them. */
    static final int MISSES_READ = 5_000;

    private static final String CONVERSATIONS = "SELECT COUNT(*) FROM conversation "
            + "WHERE created_at >= ? AND created_at < ? AND message_count > 0";
    private static final String REPEATED_MISSES = "SELECT COUNT(*) FROM (SELECT conversation_id FROM message "
            + "WHERE kind = 'fallback' AND created_at >= ? AND created_at < ? GROUP BY conversation_id HAVING COUNT(*) >= 2) r";
    private static final String HANDED_OVER = "SELECT COUNT(DISTINCT conversation_id) FROM handoff WHERE requested_at >= ? AND requested_at < ?";
    private static final String BOTH = "SELECT COUNT(*) FROM (SELECT DISTINCT conversation_id FROM handoff "
            + "WHERE requested_at >= ? AND requested_at < ?) h WHERE (SELECT COUNT(*) FROM message m "
            + "WHERE m.conversation_id = h.conversation_id AND m.kind = 'fallback' AND m.created_at >= ? AND m.created_at < ?) >= 2";
    private static final String MISSES = "SELECT q.body, COUNT(*) AS n FROM message a "
            + "JOIN message q ON q.conversation_id = a.conversation_id AND q.seq = a.seq - 1 "
            + "WHERE a.kind = 'fallback' AND a.created_at >= ? AND a.created_at < ? AND q.author = 'resident' AND q.body <> '' "
            + "GROUP BY q.body ORDER BY n DESC, q.body FETCH FIRST " + MISSES_READ + " ROWS ONLY";
    private static final String SHOWN = "SELECT article_id, MAX(topic), COUNT(*) AS n FROM message "
            + "WHERE kind = 'answer' AND created_at >= ? AND created_at < ? AND article_id IS NOT NULL "
            + "GROUP BY article_id ORDER BY n DESC, article_id";

    final Containment containment;
    final List<Miss> misses;
    final List<Shown> shown;

    Outcomes(AnalyticsSql sql, Period period) {
        long conversations = count(sql, CONVERSATIONS, period);
        long repeated = count(sql, REPEATED_MISSES, period);
        long handedOver = count(sql, HANDED_OVER, period);
        long both = count(sql, BOTH, period);
        this.containment = new Containment(conversations, Math.max(0, conversations - handedOver - repeated + both), handedOver, repeated);
        this.misses = sql.rows(MISSES, period, r -> new Miss(r.getString(1), r.getLong(2)));
        this.shown = sql.rows(SHOWN, period, r -> new Shown(r.getString(1), r.getString(2), r.getLong(3)));
    }

    private static long count(AnalyticsSql sql, String query, Period period) {
        return sql.rows(query, period, r -> r.getLong(1)).getFirst();
    }

    Table articles(int limit) {
        long total = shown.stream().mapToLong(Shown::count).sum();
        Table.Builder table = Table.named("articles", "article", "topic", "answers", "share");
        shown.stream().limit(limit).forEach(s -> table.row(s.articleId(), s.topic(), s.count(), Rates.share(s.count(), total)));
        return table.build();
    }

    Table topics() {
        var byTopic = new java.util.TreeMap<String, Long>();
        shown.forEach(s -> byTopic.merge(s.topic() == null ? "" : s.topic(), s.count(), Long::sum));
        long total = shown.stream().mapToLong(Shown::count).sum();
        Table.Builder table = Table.named("topics", "topic", "answers", "share");
        byTopic.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> table.row(e.getKey(), e.getValue(), Rates.share(e.getValue(), total)));
        return table.build();
    }
}
