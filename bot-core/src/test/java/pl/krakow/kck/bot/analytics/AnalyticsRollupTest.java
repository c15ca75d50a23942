package pl.krakow.kck.bot.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pl.krakow.kck.bot.handoff.HandoffReason;
import pl.krakow.kck.bot.retrieval.Stopwords;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.storage.TestDatabase;

/**
 * Generated traffic over twelve days around the end of summer time (25 October 2026, Europe/Warsaw): the report
 * read from the daily roll-ups equals the one counted live, and both equal plain SQL over the raw messages.
 */
class AnalyticsRollupTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 10, 20);
    private static final int DAYS = 12;
    private static final Period PERIOD = new Period(FIRST.plusDays(1), FIRST.plusDays(DAYS - 2), SeededTraffic.WARSAW);
    private static final String[] KINDS = {"answer", "answer", "answer", "clarify", "fallback", "fallback", "smalltalk"};
    private static final String[] LANGS = {"pl", "pl", "uk", "en", null};

    private TestDatabase opened;

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    private void generate(long seed) {
        Random random = new Random(seed);
        SeededTraffic traffic = new SeededTraffic(opened.database());
        for (int n = 0; n < 120; n++) {
            LocalDate day = FIRST.plusDays(random.nextInt(DAYS));
            int hour = random.nextInt(24);
            traffic.at(day + "T" + String.format("%02d:%02d", hour, random.nextInt(60)))
                    .conversation(random.nextInt(3) == 0 ? "telegram" : "web");
            String lang = LANGS[random.nextInt(LANGS.length)];
            if (lang != null) {
                traffic.lang(lang);
            }
            int turns = 1 + random.nextInt(3);
            for (int turn = 0; turn < turns; turn++) {
                if (turn > 0 && random.nextInt(6) == 0) {
                    traffic.at(day.plusDays(1) + "T08:15"); // the resident comes back the next day: another contact
                }
                String kind = KINDS[random.nextInt(KINDS.length)];
                traffic.resident(kind.equals("fallback") ? "pytanie bez odpowiedzi " + random.nextInt(4) : "pytanie");
                if (kind.equals("answer")) {
                    traffic.answer("artykul-" + random.nextInt(5), "temat-" + random.nextInt(2));
                } else {
                    traffic.reply(kind);
                }
            }
            if (random.nextInt(8) == 0) {
                traffic.handoff(HandoffReason.EXPLICIT_REQUEST, 60 + random.nextInt(600));
            }
        }
    }

    private Analytics analytics(Clock clock) {
        return new Analytics(opened.database().dataSource(),
                new QuestionGroups(new TextAnalyzer(), Stopwords.polish(), UnaryOperator.identity()), SeededTraffic.WARSAW, clock);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_read_from_roll_ups_what_the_raw_messages_say(String engine) throws SQLException {
        opened = TestDatabase.open(engine);
        generate(15);
        Clock later = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), SeededTraffic.WARSAW);
        Clock before = Clock.fixed(Instant.parse("2026-10-01T12:00:00Z"), SeededTraffic.WARSAW);

        AnalyticsReport live = analytics(before).report(PERIOD);
        Analytics rolling = analytics(later);
        assertEquals("rolled up 31 days", rolling.rollUp()); // 20 October to 19 November: quiet days are closed too
        assertEquals("rolled up 0 days", rolling.rollUp());
        AnalyticsReport rolled = rolling.report(PERIOD);

        assertEquals(live.figures(), rolled.figures());
        assertEquals(live.tables(), rolled.tables());

        Map<String, Long> byAuthor = new TreeMap<>();
        Map<String, Long> byKind = new TreeMap<>();
        Map<String, Long> byLang = new TreeMap<>();
        Map<LocalDate, Long> byDay = new TreeMap<>();
        long started = 0;
        try (Connection c = opened.database().dataSource().getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT m.author, m.kind, c.lang, m.seq, m.created_at FROM message m JOIN conversation c ON c.id = m.conversation_id "
                        + "WHERE m.created_at >= ? AND m.created_at < ?")) {
            select.setObject(1, PERIOD.start().atOffset(ZoneOffset.UTC));
            select.setObject(2, PERIOD.end().atOffset(ZoneOffset.UTC));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    byAuthor.merge(row.getString(1), 1L, Long::sum);
                    if (row.getString(2) != null) {
                        byKind.merge(row.getString(2), 1L, Long::sum);
                    }
                    byLang.merge(row.getString(3) == null ? "pl" : row.getString(3), 1L, Long::sum);
                    started += row.getInt(4) == 1 ? 1 : 0;
                    byDay.merge(row.getObject(5, OffsetDateTime.class).atZoneSameInstant(SeededTraffic.WARSAW).toLocalDate(), 1L, Long::sum);
                }
            }
        }
        assertTrue(started > 50, "enough traffic in the period: " + started);
        assertEquals(started, rolled.figure("conversations"));
        assertEquals(byAuthor, column(rolled.table("by_author"), "author", "messages"));
        assertEquals(byKind, column(rolled.table("by_kind"), "kind", "replies"));
        assertEquals(byLang, column(rolled.table("by_language"), "lang", "messages"));
        Map<String, Long> daily = new TreeMap<>();
        byDay.forEach((day, n) -> daily.put(day.toString(), n));
        Map<String, Long> dailyReported = column(rolled.table("daily"), "date", "messages");
        dailyReported.values().removeIf(n -> n == 0);
        assertEquals(daily, dailyReported);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_count_today_live_on_top_of_the_closed_days(String engine) {
        opened = TestDatabase.open(engine);
        generate(16);
        LocalDate today = FIRST.plusDays(5);
        Clock midday = Clock.fixed(today.atTime(12, 0).atZone(SeededTraffic.WARSAW).toInstant(), SeededTraffic.WARSAW);
        Clock before = Clock.fixed(Instant.parse("2026-10-01T12:00:00Z"), SeededTraffic.WARSAW);

        AnalyticsReport partly = analytics(midday).report(PERIOD);

        assertEquals(analytics(before).report(PERIOD).tables(), partly.tables());
        assertEquals(today.minusDays(1), new PeriodCounts(null, new Rollups(opened.database().dataSource(), SeededTraffic.WARSAW, false), null,
                midday).lastClosedDay());
    }

    /**
     * A resident starts in Polish on Monday; on Tuesday the conversation turns Ukrainian, and later English. Monday is
     * rolled up only on Tuesday, after the change, yet counts Polish (the language at Monday's end); Tuesday counts
     * live in the language the conversation has now, and once rolled up, in the one it had at Tuesday's end.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_count_a_closed_day_in_that_days_language_and_today_in_todays(String engine) {
        opened = TestDatabase.open(engine);
        LocalDate monday = LocalDate.of(2026, 10, 5);
        Period both = new Period(monday, monday.plusDays(1), SeededTraffic.WARSAW);
        SeededTraffic traffic = new SeededTraffic(opened.database());
        traffic.at(monday + "T14:00").conversation("web").resident("Dzień dobry").reply("smalltalk");
        traffic.at(monday.plusDays(1) + "T09:00").resident("Де отримати паспорт?").switchLang("uk").answer("paszport", "dokumenty");

        Analytics tuesday = analytics(Clock.fixed(monday.plusDays(1).atTime(12, 0).atZone(SeededTraffic.WARSAW).toInstant(),
                SeededTraffic.WARSAW));
        AnalyticsReport noon = tuesday.report(both);
        assertEquals(Map.of("pl", 1L, "uk", 1L), column(noon.table("by_language"), "lang", "contacts"));
        assertEquals(Map.of("pl", 1L, "uk", 0L), column(noon.table("by_language"), "lang", "conversations"), "started on Monday, in Polish");
        assertEquals(Map.of("pl", 2L, "uk", 2L), column(noon.table("by_language"), "lang", "messages"));
        assertEquals(1L, noon.figure("conversations"));
        assertEquals(2L, noon.figure("contacts"));
        Clock before = Clock.fixed(Instant.parse("2026-10-01T12:00:00Z"), SeededTraffic.WARSAW);
        assertEquals(analytics(before).report(both).tables(), noon.tables(), "rolled up or counted live: the same");

        traffic.at(monday.plusDays(1) + "T12:30").switchLang("en").resident("Where can I get a passport?").answer("paszport", "dokumenty");
        AnalyticsReport afternoon = analytics(Clock.fixed(monday.plusDays(1).atTime(13, 0).atZone(SeededTraffic.WARSAW).toInstant(),
                SeededTraffic.WARSAW)).report(both);
        assertEquals(Map.of("pl", 1L, "en", 1L), column(afternoon.table("by_language"), "lang", "contacts"),
                "Monday as rolled up, Tuesday live in the language the conversation has now");

        Analytics thursday = analytics(Clock.fixed(monday.plusDays(3).atTime(9, 0).atZone(SeededTraffic.WARSAW).toInstant(),
                SeededTraffic.WARSAW));
        thursday.clearRollups();
        AnalyticsReport rolled = thursday.report(both);
        assertEquals(Map.of("pl", 1L, "en", 1L), column(rolled.table("by_language"), "lang", "contacts"),
                "rolled up again later: each day in the language of its end");
        assertEquals(Map.of("pl", 2L, "en", 4L), column(rolled.table("by_language"), "lang", "messages"));
        assertEquals(afternoon.tables(), rolled.tables());
    }

    private static Map<String, Long> column(Table table, String key, String value) {
        Map<String, Long> values = new HashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            values.put((String) table.cell(i, key), (Long) table.cell(i, value));
        }
        return new TreeMap<>(values);
    }
}
