package pl.krakow.kck.bot.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pl.krakow.kck.bot.handoff.HandoffReason;
import pl.krakow.kck.bot.retrieval.Stopwords;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.storage.StoredMessage;
import pl.krakow.kck.bot.storage.TestDatabase;

/**
 * Exact figures on a seeded Monday and Tuesday (7–8 December 2026, Europe/Warsaw, UTC+1), with traffic just
 * before and just after the period that must not count. The same on H2 and PostgreSQL.
 */
class AnalyticsTest {

    private static final Period MONDAY_TUESDAY = new Period(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8), SeededTraffic.WARSAW);

    /** A week after the seeded days: they are closed and read from their roll-ups. */
    static final Clock AFTER = Clock.fixed(Instant.parse("2026-12-15T12:00:00Z"), SeededTraffic.WARSAW);

    private TestDatabase opened;

    private Analytics analytics(Clock clock) {
        return new Analytics(opened.database().dataSource(),
                new QuestionGroups(new TextAnalyzer(), Stopwords.polish(), UnaryOperator.identity()), SeededTraffic.WARSAW, clock);
    }

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    private AnalyticsReport seededReport(String engine) {
        opened = TestDatabase.open(engine);
        SeededTraffic seed = new SeededTraffic(opened.database());

        seed.at("2026-12-06T23:30").conversation("web").resident("gdzie wyrobić dowód").answer("dowod-osobisty", "dokumenty");

        StoredMessage answered = seed.at("2026-12-07T10:05").conversation("web").resident("gdzie wyrobić dowód osobisty")
                .answer("dowod-osobisty", "dokumenty");
        seed.thumb(answered, true, null);

        seed.at("2026-12-07T10:20").conversation("web").resident("Jak obliczyć emeryturę w ZUS?").reply("fallback");
        seed.resident("jak obliczyc emeryture zus").reply("fallback");

        seed.at("2026-12-08T09:00").report("street-light", "Oświetlenie uliczne", "open");
        seed.at("2026-12-08T14:00").conversation("telegram").lang("uk").resident("ile kosztuje bilet").reply("clarify");
        seed.resident("chcę rozmawiać z konsultantem").reply("handoff");
        long handoff = seed.handoff(HandoffReason.EXPLICIT_REQUEST, 120);
        seed.satisfaction(handoff, 4);

        StoredMessage missed = seed.at("2026-12-08T15:00").conversation("telegram").lang("en").resident("jak obliczyć emeryturę zus").reply("fallback");
        seed.thumb(missed, false, "unclear");

        seed.at("2026-12-09T00:10").conversation("web").resident("gdzie wyrobić dowód").answer("dowod-osobisty", "dokumenty");
        seed.report("street-light", "Oświetlenie uliczne", "open");

        return analytics(AFTER).report(MONDAY_TUESDAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_count_conversations_messages_kinds_and_rates_of_the_local_days_only(String engine) {
        AnalyticsReport report = seededReport(engine);

        assertEquals(4L, report.figure("conversations"));
        assertEquals(12L, report.figure("messages"));
        assertEquals(List.of(List.of("answer", 1L, 0.1667), List.of("clarify", 1L, 0.1667), List.of("fallback", 3L, 0.5),
                List.of("handoff", 1L, 0.1667)), report.table("by_kind").rows());
        assertEquals(0.6, report.figure("fallback_rate"));
        assertEquals(0.2, report.figure("clarify_rate"));
        assertEquals(List.of(List.of("telegram", 2L, 2L, 6L, 3L), List.of("web", 2L, 2L, 6L, 3L)), report.table("by_channel").rows());
        assertEquals(List.of(List.of("en", 1L, 1L, 2L, 1L), List.of("pl", 2L, 2L, 6L, 3L), List.of("uk", 1L, 1L, 4L, 2L)),
                report.table("by_language").rows());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_contain_conversations_without_a_consultant_or_a_repeated_miss(String engine) {
        AnalyticsReport report = seededReport(engine);

        assertEquals(4L, report.figure("contacts"));
        assertEquals(2L, report.figure("contained"));
        assertEquals(0.5, report.figure("containment_rate"));
        assertEquals(1L, report.figure("handed_over"));
        assertEquals(1L, report.figure("repeated_misses"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_group_the_same_unanswered_question_typed_differently(String engine) {
        Table unanswered = seededReport(engine).table("unanswered");

        assertEquals(1, unanswered.rows().size());
        assertEquals("Jak obliczyć emeryturę w ZUS?", unanswered.cell(0, "text"));
        assertEquals(3L, unanswered.cell(0, "count"));
        assertEquals(List.of("jak obliczyc emeryture zus", "jak obliczyć emeryturę zus"), unanswered.cell(0, "examples"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_show_handoffs_with_their_queue_wait_reports_and_feedback(String engine) {
        AnalyticsReport report = seededReport(engine);

        assertEquals(List.of(List.of("explicit-request", "live", 1L, 1L, 120.0, 120.0, 120.0, 120.0)), report.table("handoffs").rows());
        assertEquals(List.of(List.of("informed", 1L)), report.table("resolutions").rows());
        assertEquals(List.of(List.of("street-light", "Oświetlenie uliczne", "open", 1L)), report.table("reports_by_category").rows());
        assertEquals(List.of(java.util.Arrays.asList("up", null, "answer", 1L), List.of("down", "unclear", "fallback", 1L)),
                report.table("feedback").rows());
        assertEquals(List.of(List.of(4L, 1L)), report.table("satisfaction").rows());
        assertEquals(4.0, report.figure("satisfaction_avg"));
        assertEquals(List.of(List.of("dowod-osobisty", "dokumenty", 1L, 1.0)), report.table("articles").rows());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_fold_hours_into_local_days_and_the_weekday_hour_map(String engine) {
        AnalyticsReport report = seededReport(engine);

        assertEquals(List.of(List.of("2026-12-07", 2L, 2L, 6L, 3L, 2L, 0L, 0L), List.of("2026-12-08", 2L, 2L, 6L, 3L, 1L, 1L, 1L)),
                report.table("daily").rows());
        assertEquals(List.of(List.of("2026-12", 4L, 4L, 1L, 1L)), report.table("monthly").rows());
        Table heat = report.table("heat_map");
        assertEquals(168, heat.rows().size());
        assertEquals(List.of(List.of(1L, 10L, 2L), List.of(2L, 14L, 1L), List.of(2L, 15L, 1L)),
                heat.rows().stream().filter(r -> (Long) r.get(2) > 0).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_give_the_same_report_from_roll_ups_as_counted_live(String engine) {
        AnalyticsReport rolled = seededReport(engine);
        AnalyticsReport live = analytics(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), SeededTraffic.WARSAW)).report(MONDAY_TUESDAY);
        AnalyticsReport again = analytics(AFTER).report(MONDAY_TUESDAY);

        assertEquals(live.figures(), rolled.figures());
        assertEquals(live.tables(), rolled.tables());
        assertEquals(rolled.tables(), again.tables());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_report_an_empty_period_as_zeros(String engine) {
        seededReport(engine);
        AnalyticsReport empty = analytics(AFTER).report(new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), SeededTraffic.WARSAW));

        assertEquals(0L, empty.figure("conversations"));
        assertEquals(0.0, empty.figure("containment_rate"));
        assertNull(empty.figure("satisfaction_avg"));
        assertEquals(31, empty.table("daily").rows().size());
    }
}
