package pl.krakow.kck.bot.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pl.krakow.kck.bot.privacy.PersonalDataRedactor;
import pl.krakow.kck.bot.privacy.PrivacyDesk;
import pl.krakow.kck.bot.privacy.PrivacyLog;
import pl.krakow.kck.bot.privacy.Retention;
import pl.krakow.kck.bot.privacy.RetentionSettings;
import pl.krakow.kck.bot.privacy.SubjectKey;
import pl.krakow.kck.bot.retrieval.Stopwords;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.storage.TestDatabase;

/**
 * The unanswered questions are rolled up daily like the other figures (a year is read from the roll-ups, not from
 * every fallback joined to its question), but only as redacted wordings, and no longer than the transcripts are kept:
 * the retention run that anonymises a day's transcripts also takes that day's questions out of the roll-ups, and a
 * resident's erasure takes theirs.
 */
class UnansweredRollupTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 5);
    private static final Period PERIOD = new Period(DAY, DAY.plusDays(1), SeededTraffic.WARSAW);
    private static final Clock BEFORE = Clock.fixed(Instant.parse("2026-10-01T12:00:00Z"), SeededTraffic.WARSAW);
    private static final Clock LATER = Clock.fixed(Instant.parse("2026-10-20T12:00:00Z"), SeededTraffic.WARSAW);
    /** 92 days after the day: its transcripts are older than the 90 days they are kept. */
    private static final Clock MUCH_LATER = Clock.fixed(Instant.parse("2027-01-06T12:00:00Z"), SeededTraffic.WARSAW);

    private TestDatabase opened;

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    private Analytics analytics(Clock clock) {
        return new Analytics(opened.database().dataSource(),
                new QuestionGroups(new TextAnalyzer(), Stopwords.polish(), new PersonalDataRedactor()::redact), SeededTraffic.WARSAW, clock);
    }

    private void residentsAskWhatTheAssistantCannotAnswer() {
        SeededTraffic traffic = new SeededTraffic(opened.database());
        String[] asked = {"Jak obliczyć emeryturę w ZUS?", "jak obliczyc emeryture zus", "Jak obliczyć emeryturę w ZUS?",
                "Jak obliczyć emeryturę w ZUS? Mój telefon 600 123 456", "Jak obliczyć emeryturę w ZUS? Mój telefon 601 222 333"};
        for (int i = 0; i < asked.length; i++) {
            traffic.at(DAY + "T1" + i + ":00").conversation("web").resident(asked[i]).reply("fallback");
        }
        traffic.at(DAY.plusDays(1) + "T09:00").conversation("web").resident("Gdzie wyrobić dowód?").answer("dowod", "dokumenty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_roll_up_unanswered_questions_redacted_and_forget_them_with_the_transcripts(String engine) throws SQLException {
        opened = TestDatabase.open(engine);
        residentsAskWhatTheAssistantCannotAnswer();

        AnalyticsReport live = analytics(BEFORE).report(PERIOD);
        Analytics rolling = analytics(LATER);
        rolling.rollUp();
        AnalyticsReport rolled = rolling.report(PERIOD);

        assertEquals(live.table("unanswered"), rolled.table("unanswered"), "the same from roll-ups as counted live");
        Table unanswered = rolled.table("unanswered");
        assertEquals("Jak obliczyć emeryturę w ZUS?", unanswered.cell(0, "text"));
        assertEquals(3L, unanswered.cell(0, "count"), "typed with or without Polish letters, one question");
        List<String> wordings = wordings();
        assertFalse(wordings.isEmpty(), "the questions are rolled up");
        assertTrue(wordings.stream().noneMatch(w -> w.matches(".*\\d{3}.*")), "no phone number reaches the roll-up: " + wordings);
        assertEquals(1, wordings.stream().filter(w -> w.startsWith("Jak obliczyć emeryturę w ZUS? Mój telefon")).count(),
                "two questions that differ only in the redacted number are one wording: " + wordings);

        Retention.Outcome outcome = new Retention(opened.database().dataSource(), MUCH_LATER, RetentionSettings.defaults(),
                new PrivacyLog(opened.database().dataSource(), MUCH_LATER)).run();

        assertEquals(6, outcome.conversations());
        assertEquals(wordings.size(), outcome.unansweredRollups());
        assertEquals(List.of(), wordings(), "the residents' words go with the transcripts");
        AnalyticsReport after = analytics(MUCH_LATER).report(PERIOD);
        assertTrue(after.table("unanswered").rows().isEmpty());
        assertEquals(rolled.figures(), after.figures(), "the counts stay");
        assertEquals(analytics(BEFORE).report(PERIOD).table("unanswered"), after.table("unanswered"),
                "counted live from the anonymised transcripts: nothing either");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_take_an_erased_residents_questions_out_of_the_rollups_as_rolling_the_days_up_again_would(String engine) throws SQLException {
        opened = TestDatabase.open(engine);
        SeededTraffic traffic = new SeededTraffic(opened.database());
        String erased = traffic.at(DAY + "T10:00").conversation("web").resident("Jak obliczyć emeryturę w ZUS? Mój telefon 600 123 456")
                .reply("fallback").conversationId();
        traffic.at(DAY + "T10:05").resident("Czy w Nowej Hucie jest punkt ksero?").reply("fallback");
        traffic.at(DAY.plusDays(1) + "T08:00").resident("Czy w Nowej Hucie jest punkt ksero?").reply("fallback");
        traffic.at(DAY + "T11:00").conversation("web").resident("Jak obliczyć emeryturę w ZUS? Mój telefon 601 222 333").reply("fallback");
        Analytics rolling = analytics(LATER);
        rolling.rollUp();
        AnalyticsReport before = rolling.report(PERIOD);
        String shared = "Jak obliczyć emeryturę w ZUS? Mój telefon [telefon]";
        String theirs = "Czy w Nowej Hucie jest punkt ksero?";
        assertEquals(List.of(theirs, theirs, shared), wordings(), "rolled up on both days");
        assertEquals(2L, before.table("unanswered").cell(0, "count"));

        new PrivacyDesk(opened.database().dataSource(), LATER, new PersonalDataRedactor()::redact)
                .erase(SubjectKey.of(SubjectKey.By.CONVERSATION, erased), "iod", "wniosek z 2026-10-19");

        assertEquals(List.of(shared), wordings(), "the wording the resident alone typed goes; the one another resident typed too stays");
        AnalyticsReport after = rolling.report(PERIOD);
        Table unanswered = after.table("unanswered");
        assertEquals(1, unanswered.rows().size());
        assertEquals(shared, unanswered.cell(0, "text"));
        assertEquals(1L, unanswered.cell(0, "count"), "with the other resident's count only");
        assertEquals(before.figures(), after.figures(), "the counts by kind stay: only the words go");
        rolling.clearRollups();
        assertEquals(unanswered, rolling.report(PERIOD).table("unanswered"), "the same as rolling the days up again from the erased transcripts");
        assertTrue(new PrivacyLog(opened.database().dataSource(), LATER).recent(1).getFirst().affected().endsWith("unanswered-rollups=3"),
                "the record says how many roll-up rows it changed");
    }

    private List<String> wordings() throws SQLException {
        List<String> wordings = new ArrayList<>();
        try (Connection c = opened.database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT wording FROM analytics_unanswered ORDER BY wording")) {
            while (row.next()) {
                wordings.add(row.getString(1));
            }
        }
        return wordings;
    }
}
