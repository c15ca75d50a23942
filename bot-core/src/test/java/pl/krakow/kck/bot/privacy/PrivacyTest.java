package pl.krakow.kck.bot.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.handoff.ContactDetails;
import pl.krakow.kck.bot.handoff.HandoffMode;
import pl.krakow.kck.bot.handoff.HandoffReason;
import pl.krakow.kck.bot.handoff.HandoffRepository;
import pl.krakow.kck.bot.handoff.Resolution;
import pl.krakow.kck.bot.handoff.TestClock;
import pl.krakow.kck.bot.reports.Location;
import pl.krakow.kck.bot.reports.NewReport;
import pl.krakow.kck.bot.reports.Report;
import pl.krakow.kck.bot.reports.ReportRepository;
import pl.krakow.kck.bot.storage.Author;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.TestDatabase;

/**
 * A resident's data through its life: kept while useful, anonymised on the retention clock, found, exported
 * and erased on request; on embedded H2 and on PostgreSQL.
 */
class PrivacyTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T10:00:00Z"));
    private TestDatabase opened;

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_anonymise_an_idle_conversation_and_drop_contacts_once_their_period_is_over(String engine) throws SQLException {
        World world = world(engine);
        String quiet = world.conversation("Nazywam się Jan Kowalski, mój telefon 600 123 456");
        Report report = world.report(quiet, "jan@example.pl", "600123456");
        clock.advance(Duration.ofDays(10));
        String recent = world.conversation("Gdzie wyrobię dowód?");
        world.reports.updateStatus(report.number(), Report.CLOSED, "Naprawione", "zdmk");
        for (String id : new String[] {quiet, recent}) {
            world.execute("INSERT INTO dialogue_state (conversation_id, subject_words, missed_words, updated_at) VALUES ('"
                    + id + "', 'dowód Jana Kowalskiego', 'Jan Kowalski', CURRENT_TIMESTAMP)");
        }

        Retention.Outcome early = world.retention().run();
        assertEquals(0, early.conversations(), "nothing is due after ten days");

        clock.advance(Duration.ofDays(85)); // quiet: 95 days idle, recent: 85
        Retention.Outcome outcome = world.retention().run();

        assertEquals(1, outcome.conversations());
        assertEquals(1, outcome.reportContacts(), "the report was closed 85 days ago: its contact goes");
        assertEquals("", world.text(quiet), "the transcript's text is gone");
        assertEquals(1, world.count("SELECT COUNT(*) FROM message WHERE conversation_id = '" + quiet + "'"),
                "the message itself stays, for the statistics");
        assertEquals("Gdzie wyrobię dowód?", world.text(recent));
        assertEquals(0, world.count("SELECT COUNT(*) FROM dialogue_state WHERE conversation_id = '" + quiet + "'"),
                "the words that named the subject and the last missed question are the resident's too");
        assertEquals(1, world.count("SELECT COUNT(*) FROM dialogue_state WHERE conversation_id = '" + recent + "'"));
        Report kept = world.reports.find(report.number()).orElseThrow();
        assertEquals(null, kept.email());
        assertEquals(null, kept.phone());
        assertEquals("Latarnia nie świeci przed domem.", kept.description(), "the city's record of the matter stays");

        Retention.Outcome again = world.retention().run();
        assertEquals(0, again.conversations() + again.reportContacts(), "a second run finds nothing left to do");
        assertEquals(3, world.desk.log().recent(10).size(), "each run is on the record");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_keep_a_case_that_a_consultant_is_still_working_on(String engine) throws SQLException {
        World world = world(engine);
        String waiting = world.conversation("Proszę o kontakt, 600 123 456");
        world.handoffs.open(new HandoffRepository.NewCase(waiting, HandoffMode.CALLBACK, HandoffReason.EXPLICIT_REQUEST,
                new ContactDetails("600123456", null), "Proszę o kontakt", null)).orElseThrow();
        clock.advance(Duration.ofDays(100));

        assertEquals(0, world.retention().run().conversations());
        assertEquals("Proszę o kontakt, 600 123 456", world.text(waiting));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_find_export_and_erase_everything_about_a_resident_by_phone(String engine) throws SQLException {
        World world = world(engine);
        String first = world.conversation("Latarnia nie świeci, dzwońcie 600-123-456");
        Report report = world.report(first, null, "+48 600 123 456");
        String second = world.conversation("Chcę rozmawiać z konsultantem");
        long handoff = world.handoffs.open(new HandoffRepository.NewCase(second, HandoffMode.CALLBACK, HandoffReason.EXPLICIT_REQUEST,
                new ContactDetails("600123456", null), "Oddzwońcie", null)).orElseThrow().id();
        world.handoffs.claim(handoff, "anna");
        world.handoffs.close(handoff, "anna", Resolution.INFORMED);
        String other = world.conversation("Inny mieszkaniec, 501 222 333");

        SubjectKey key = SubjectKey.of(SubjectKey.By.PHONE, "600 123 456");
        Subject found = world.desk.find(key, "supervisor", "wniosek mieszkańca z 2026-03-02");
        assertEquals(java.util.Set.of(first, second), found.conversations());
        assertEquals(java.util.Set.of(report.id()), found.reports());
        assertEquals(java.util.Set.of(handoff), found.cases());

        PrivacyDesk.Export export = world.desk.export(key, "supervisor", "wniosek mieszkańca z 2026-03-02");
        assertEquals(2, export.json().getJsonArray("conversations").size());
        assertEquals(report.number(), export.json().getJsonArray("reports").getJsonObject(0).getString("report_number"));
        assertTrue(export.text().contains("Mieszkaniec: Latarnia nie świeci, dzwońcie 600-123-456"), export.text());
        assertTrue(export.text().contains(report.number()), export.text());

        world.desk.erase(key, "supervisor", "wniosek o usunięcie z 2026-03-02");

        assertTrue(world.desk.find(key, "supervisor", "sprawdzenie po usunięciu").reports().isEmpty(),
                "no report carries the number any more");
        assertEquals("", world.text(first));
        assertEquals("", world.text(second));
        assertEquals("Inny mieszkaniec, 501 222 333", world.text(other), "nobody else's data is touched");
        assertEquals(null, world.reports.find(report.number()).orElseThrow().phone());
        assertEquals(0, world.count("SELECT COUNT(*) FROM handoff WHERE contact_phone IS NOT NULL"));
        List<PrivacyLog.Entry> log = world.desk.log().recent(10);
        assertEquals(List.of("find", "erase", "export", "find"), log.stream().map(PrivacyLog.Entry::action).toList());
        assertEquals(key.hash(), log.get(1).subjectHash());
        assertFalse(log.stream().anyMatch(e -> (e.affected() + e.reason()).contains("600")), "the record holds no phone number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_run_a_daily_job_once_a_day_however_many_nodes_ask(String engine) {
        World world = world(engine);
        clock.set("2026-03-02T02:30"); // Kraków time: before the 3:00 start
        int[] runs = {0};
        DailyJobs a = new DailyJobs(world.database().dataSource(), clock, java.time.LocalTime.of(3, 0), "node-a")
                .add("retention", () -> "run " + ++runs[0]);
        DailyJobs b = new DailyJobs(world.database().dataSource(), clock, java.time.LocalTime.of(3, 0), "node-b")
                .add("retention", () -> "run " + ++runs[0]);

        assertEquals(0, a.runDue() + b.runDue());
        clock.advance(Duration.ofHours(1));
        assertEquals(1, a.runDue() + b.runDue() + a.runDue());
        clock.advance(Duration.ofDays(1));
        assertEquals(1, b.runDue() + a.runDue());
        assertEquals(2, runs[0]);
    }

    @org.junit.jupiter.api.Test
    void should_refuse_a_key_that_cannot_be_one_and_an_action_without_a_reason() {
        assertEquals("600123456", SubjectKey.of(SubjectKey.By.PHONE, "+48 600-123-456").value());
        assertEquals("jan@example.pl", SubjectKey.of(SubjectKey.By.EMAIL, " Jan@Example.PL ").value());
        assertEquals("KRK-2026-000123", SubjectKey.of(SubjectKey.By.REPORT, "krk-2026-000123").value());
        assertThrows(IllegalArgumentException.class, () -> SubjectKey.of(SubjectKey.By.EMAIL, "jan"));
        assertThrows(IllegalArgumentException.class, () -> SubjectKey.of(SubjectKey.By.PHONE, "12"));
        assertThrows(IllegalArgumentException.class, () -> SubjectKey.of(SubjectKey.By.CONVERSATION, "x"));
        World world = world("h2");
        SubjectKey key = SubjectKey.of(SubjectKey.By.PHONE, "600123456");
        assertThrows(IllegalArgumentException.class, () -> world.desk.erase(key, "supervisor", " "));
        assertThrows(IllegalArgumentException.class, () -> new RetentionSettings(Duration.ZERO, Duration.ofDays(1),
                Duration.ofDays(1), Duration.ofDays(1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_find_and_erase_the_conversations_a_telegram_chat_had_before_start(String engine) throws SQLException {
        World world = world(engine);
        String before = world.conversation("Latarnia nie świeci, Karmelicka 12");
        Report report = world.report(before, null, null);
        String now = world.conversation("moje zgłoszenia");
        world.execute("INSERT INTO telegram_chat (chat_id, conversation_id, created_at) VALUES (42, '" + now + "', CURRENT_TIMESTAMP)");
        world.execute("INSERT INTO telegram_chat_past (chat_id, conversation_id, ended_at) VALUES (42, '" + before + "', CURRENT_TIMESTAMP)");

        SubjectKey key = SubjectKey.of(SubjectKey.By.TELEGRAM, "42");
        Subject found = world.desk.find(key, "supervisor", "wniosek mieszkańca z 2026-03-02");
        assertEquals(java.util.Set.of(before, now), found.conversations());
        assertEquals(java.util.Set.of(report.id()), found.reports());

        world.desk.erase(key, "supervisor", "wniosek o usunięcie z 2026-03-02");
        assertEquals(0, world.count("SELECT COUNT(*) FROM telegram_chat_past"), "the chat's past is forgotten with the chat");
        assertEquals(0, world.count("SELECT COUNT(*) FROM telegram_chat"));
        assertEquals("", world.text(before));

        String later = world.conversation("Telegram, rozmowa po /start");
        world.execute("INSERT INTO telegram_chat_past (chat_id, conversation_id, ended_at) VALUES (7, '" + later + "', CURRENT_TIMESTAMP)");
        clock.advance(Duration.ofDays(100));
        world.retention().run();
        assertEquals(0, world.count("SELECT COUNT(*) FROM telegram_chat_past"), "retention unlinks an anonymised conversation");
    }

    private World world(String engine) {
        opened = TestDatabase.open(engine);
        return new World(opened);
    }

    /** The stores of one test, on one database. */
    private final class World {
        final TestDatabase db;
        final ConversationRepository conversations;
        final ReportRepository reports;
        final HandoffRepository handoffs;
        final PrivacyDesk desk;

        World(TestDatabase db) {
            this.db = db;
            this.conversations = new ConversationRepository(db.database(), clock);
            this.reports = new ReportRepository(db.database(), clock, false);
            this.handoffs = new HandoffRepository(db.database(), clock);
            this.desk = new PrivacyDesk(db.database().dataSource(), clock, text -> text.replaceAll("\\d{3}[ -]?\\d{3}[ -]?\\d{3}", "[telefon]"));
        }

        pl.krakow.kck.bot.storage.Database database() {
            return db.database();
        }

        Retention retention() {
            return new Retention(db.database().dataSource(), clock, RetentionSettings.defaults(), desk.log());
        }

        String conversation(String residentSays) {
            String id = conversations.create("widget").id();
            conversations.append(id, Author.RESIDENT, null, residentSays, null);
            return id;
        }

        Report report(String conversation, String email, String phone) {
            return reports.submit(new NewReport(conversation, NewReport.CHAT, Fixtures.catalogue().find("oswietlenie").orElseThrow(),
                    Location.address("Karmelicka 12"), "Latarnia nie świeci przed domem.", Map.of(), null, email, phone, true),
                    "key-" + conversation).report();
        }

        String text(String conversation) {
            return conversations.transcript(conversation).getFirst().body();
        }

        void execute(String sql) throws SQLException {
            try (Connection c = db.database().dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                s.executeUpdate();
            }
        }

        int count(String sql) throws SQLException {
            try (Connection c = db.database().dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql);
                 ResultSet row = s.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
