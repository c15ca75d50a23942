package pl.krakow.kck.bot.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts one local day from the raw tables (what the day's roll-up keeps, and what today is counted live from).
 * A conversation's language is the one it was served in at the end of the day (Polish until one was identified).
 * The questions that got a fallback are read as typed, redacted and keyed here ({@link QuestionGroups}): only the
 * redacted wording leaves.
 */
final class DayCounter {

    /**
     * The language the conversation was served in at the end of the day (its one {@code ?}: the day's end): the last
     * change recorded before it (table {@code conversation_language}, V30_3), Polish when it was identified only
     * later; for a conversation without any recorded change, the one it has. So a closed day counts the same whenever
     * it is rolled up or counted again, and today counts the language conversations have now.
     */
    private static final String LANG = "COALESCE((SELECT h.lang FROM conversation_language h WHERE h.conversation_id = d.conversation_id "
            + "AND h.changed_at < ? ORDER BY h.changed_at DESC FETCH FIRST 1 ROWS ONLY), CASE WHEN NOT EXISTS (SELECT 1 FROM "
            + "conversation_language h WHERE h.conversation_id = d.conversation_id) THEN c.lang END, 'pl')";
    /*
     * Messages and contacts are counted per conversation first (a range of the time index), then looked up in their
     * conversations: a LEFT JOIN (every message has its conversation) so that H2 keeps that order instead of walking
     * every conversation. Parameters: the day's end (the language), then its start and end.
     */
    private static final String MESSAGES = "SELECT channel, lang, author, kind, SUM(n) FROM (SELECT c.channel AS channel, " + LANG
            + " AS lang, d.author AS author, d.kind AS kind, d.n AS n FROM (SELECT conversation_id, author, kind, COUNT(*) AS n "
            + "FROM message WHERE created_at >= ? AND created_at < ? GROUP BY conversation_id, author, kind) d "
            + "LEFT JOIN conversation c ON c.id = d.conversation_id) t GROUP BY channel, lang, author, kind";
    /** Parameters: the day's end (the language), its start and end (messages), its start and end (handoffs). */
    private static final String CONTACTS = "SELECT channel, lang, SUM(CASE WHEN first_seq = 1 THEN 1 ELSE 0 END), COUNT(*), "
            + "SUM(CASE WHEN handed IS NULL AND fallbacks < 2 THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN handed IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN fallbacks >= 2 THEN 1 ELSE 0 END) "
            + "FROM (SELECT c.channel AS channel, " + LANG + " AS lang, d.first_seq AS first_seq, d.fallbacks AS fallbacks, "
            + "h.conversation_id AS handed "
            + "FROM (SELECT conversation_id, MIN(seq) AS first_seq, SUM(CASE WHEN kind = 'fallback' THEN 1 ELSE 0 END) AS fallbacks "
            + "FROM message WHERE created_at >= ? AND created_at < ? GROUP BY conversation_id) d "
            + "LEFT JOIN conversation c ON c.id = d.conversation_id "
            + "LEFT JOIN (SELECT DISTINCT conversation_id FROM handoff WHERE requested_at >= ? AND requested_at < ?) h "
            + "ON h.conversation_id = d.conversation_id) t GROUP BY channel, lang";
    private static final String ARTICLES = "SELECT article_id, MAX(topic), COUNT(*) FROM message "
            + "WHERE kind = 'answer' AND created_at >= ? AND created_at < ? AND article_id IS NOT NULL GROUP BY article_id";

    /** Distinct typed texts read per day: the most frequent ones; the rest are rarer than any of them. */
    static final int MISSES_READ = 5_000;
    /** The resident's message before each fallback of the day, as typed, with how often. */
    private static final String MISSES = "SELECT q.body, COUNT(*) AS n FROM message a "
            + "JOIN message q ON q.conversation_id = a.conversation_id AND q.seq = a.seq - 1 "
            + "WHERE a.kind = 'fallback' AND a.created_at >= ? AND a.created_at < ? AND q.author = 'resident' AND q.body <> '' "
            + "GROUP BY q.body ORDER BY n DESC, q.body FETCH FIRST " + MISSES_READ + " ROWS ONLY";

    /** A resident's text, exactly as typed, that got a fallback, with how often. */
    private record Miss(String text, long count) {
    }

    private final AnalyticsSql sql;
    private final QuestionGroups groups;

    DayCounter(AnalyticsSql sql, QuestionGroups groups) {
        this.sql = sql;
        this.groups = groups;
    }

    DayCounts count(LocalDate day, ZoneId zone) {
        Period period = new Period(day, day, zone);
        Object start = period.startUtc();
        Object end = period.endUtc();
        List<DayCounts.MessageCount> messages = sql.rows(MESSAGES, period, r -> new DayCounts.MessageCount(day,
                r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5)), end, start, end);
        List<DayCounts.ContactCount> contacts = sql.rows(CONTACTS, period, r -> new DayCounts.ContactCount(day,
                r.getString(1), r.getString(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7)),
                end, start, end, start, end);
        String hour = sql.utcDayAndHour("created_at");
        long[] started = new long[24];
        sql.rows("SELECT " + hour + ", COUNT(*) FROM message WHERE seq = 1 AND created_at >= ? AND created_at < ? GROUP BY " + hour,
                period, r -> started[Instant.ofEpochSecond(AnalyticsSql.epochHour(r, 1) * 3600).atZone(zone).getHour()] += r.getLong(3));
        List<DayCounts.HourCount> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            if (started[h] > 0) {
                hours.add(new DayCounts.HourCount(day, h, started[h]));
            }
        }
        List<DayCounts.ArticleCount> articles = sql.rows(ARTICLES, period,
                r -> new DayCounts.ArticleCount(r.getString(1), r.getString(2), r.getLong(3)));
        return new DayCounts(messages, contacts, hours, articles, questions(period));
    }

    /** The day's unanswered questions by group and redacted wording (texts that redact alike are one wording). */
    private List<DayCounts.QuestionCount> questions(Period period) {
        Map<String, Long> byWording = new LinkedHashMap<>();
        for (Miss miss : sql.rows(MISSES, period, r -> new Miss(r.getString(1), r.getLong(2)))) {
            byWording.merge(groups.shown(miss.text()), miss.count(), Long::sum);
        }
        List<DayCounts.QuestionCount> questions = new ArrayList<>(byWording.size());
        byWording.forEach((wording, count) -> questions.add(new DayCounts.QuestionCount(groups.key(wording), wording, count)));
        return questions;
    }
}
