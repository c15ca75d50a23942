package pl.krakow.kck.bot.analytics;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import pl.krakow.kck.bot.storage.Jdbc;

/**
 * Takes a resident's questions out of the daily roll-ups of unanswered questions (table {@code analytics_unanswered},
 * V30_1) when their data is erased, before their transcripts are emptied. A day's row counts how often one redacted
 * wording got a fallback that day; the resident's share is taken off it, and the row goes when nothing is left (the
 * wording was theirs alone). A wording other residents typed too stays with their count: it is their words as much.
 * The roll-up is then what rolling the day up again from the erased transcripts gives (their texts are empty and
 * count for nothing), so figures do not depend on when a day was rolled up. Days not rolled up yet need nothing: they
 * will be counted from the emptied texts.
 */
public final class ErasedQuestions {

    /** The resident's messages of one conversation that got a fallback, as typed, with when the fallback was written. */
    private static final String ASKED = "SELECT q.body AS body, a.created_at AS answered_at FROM message a "
            + "JOIN message q ON q.conversation_id = a.conversation_id AND q.seq = a.seq - 1 "
            + "WHERE a.conversation_id = ? AND a.kind = 'fallback' AND q.author = 'resident' AND q.body <> ''";

    private record Asked(String text, OffsetDateTime at) {
    }

    private record DayWording(LocalDate day, String wording) {
    }

    private ErasedQuestions() {
    }

    /**
     * Inside the erasure's transaction, before the conversation is anonymised.
     *
     * @param redactor the one the roll-ups were written with ({@link QuestionGroups#shown})
     * @return the roll-up rows changed or deleted
     */
    public static int forget(Connection c, String conversationId, UnaryOperator<String> redactor) throws SQLException {
        List<Asked> asked = Jdbc.list(c, ASKED, 0, row -> new Asked(row.string("body"), row.time("answered_at")), conversationId);
        if (asked.isEmpty()) {
            return 0;
        }
        int changed = 0;
        for (String zoneId : Jdbc.list(c, "SELECT DISTINCT zone_id FROM analytics_day", 0, row -> row.string("zone_id"))) {
            ZoneId zone = ZoneId.of(zoneId);
            Map<DayWording, Long> counts = new LinkedHashMap<>();
            asked.forEach(a -> counts.merge(new DayWording(a.at().atZoneSameInstant(zone).toLocalDate(),
                    Rollups.cut(redactor.apply(a.text()), Rollups.WORDING_MAX)), 1L, Long::sum));
            for (Map.Entry<DayWording, Long> count : counts.entrySet()) {
                changed += forget(c, zoneId, count.getKey(), count.getValue());
            }
        }
        return changed;
    }

    private static int forget(Connection c, String zoneId, DayWording asked, long count) throws SQLException {
        if (Jdbc.first(c, "SELECT on_day FROM analytics_day WHERE on_day = ? AND zone_id = ?", row -> true, asked.day(), zoneId).isEmpty()) {
            return 0;
        }
        // deleted first: decremented first, a row the resident shared would then look like theirs alone
        return Jdbc.execute(c, "DELETE FROM analytics_unanswered WHERE on_day = ? AND wording = ? AND asked <= ?",
                asked.day(), asked.wording(), count)
                + Jdbc.execute(c, "UPDATE analytics_unanswered SET asked = asked - ? WHERE on_day = ? AND wording = ? AND asked > ?",
                count, asked.day(), asked.wording(), count);
    }
}
