package pl.krakow.kck.bot.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.TestClock;
import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.dialogue.AssistantService;
import pl.krakow.kck.bot.dialogue.ConversationEvents;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.dialogue.Input;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.reports.listing.MyReports;
import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.TestDatabases;

/** "Moje zgłoszenia" as residents ask for it, turn by turn, through AssistantService as every channel runs it. */
class MyReportsConversationTest {

    private static final ArticleIndex INDEX = Fixtures.index();

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));
    private Database database;
    private ReportRepository reports;
    private AssistantService service;

    @BeforeEach
    void open() {
        database = TestDatabases.h2();
        reports = new ReportRepository(database, clock, false);
        DialogueEngine engine = new DialogueEngine(() -> INDEX, new AnswerPolicy());
        ReportRouter router = new ReportRouter(database, clock, Fixtures.catalogue(), Fixtures.ANALYZER, engine, reports,
                new PhotoRepository(database, clock), 5 * 1024 * 1024, Duration.ofHours(24));
        service = new AssistantService(new ConversationRepository(database, clock), engine, new ConversationEvents(), router);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private final class Resident {
        private final String id;
        private Reply last;

        Resident() {
            this(service.start("web").id());
        }

        Resident(String id) {
            this.id = id;
        }

        Reply says(String text) {
            last = service.post(id, text, null).orElseThrow().reply();
            return last;
        }

        Reply picks(String choice) {
            last = service.post(id, "", choice).orElseThrow().reply();
            return last;
        }

        /** Files "Na Karmelickiej 12 nie świeci latarnia" anonymously; the number. */
        String filesStreetLight() {
            says("Na Karmelickiej 12 nie świeci latarnia");
            says("1");
            says("pomiń");
            says("pomiń");
            says("pomiń");
            Reply accepted = says("wyślij");
            return ReportNumber.find(accepted.text()).orElseThrow(() -> new AssertionError(accepted.text()));
        }

        /** Files a street light on Długa anonymously; the number. */
        String filesStreetLightElsewhere() {
            says("Na Długiej 7 nie świeci latarnia");
            says("1");
            says("pomiń");
            says("pomiń");
            says("pomiń");
            Reply accepted = says("wyślij");
            return ReportNumber.find(accepted.text()).orElseThrow(() -> new AssertionError(accepted.text()));
        }
    }

    @Test
    void should_offer_the_list_after_filing_and_show_status_and_dates_from_the_catalogue() {
        Resident resident = new Resident();
        String number = resident.filesStreetLight();
        assertEquals(List.of("Moje zgłoszenia"), resident.last.options().stream().map(Reply.Option::label).toList());

        Reply list = resident.picks(MyReports.CHOICE);
        assertEquals(ReplyKind.REPORT, list.kind());
        assertTrue(list.text().contains("**" + number + "** – Nieświecąca lub uszkodzona latarnia, Karmelicka 12"), list.text());
        assertTrue(list.text().contains("Stan: **przyjęte, w realizacji** · zgłoszone 1 grudnia 2026"), list.text());

        clock.advance(Duration.ofDays(2));
        reports.updateStatus(number, Report.CLOSED, "Wymieniono żarnik.", "open311").orElseThrow();
        Reply later = resident.says("moje zgloszenia");
        assertTrue(later.text().contains("Stan: **zamknięte – sprawa załatwiona** · zgłoszone 1 grudnia 2026 · ostatnia zmiana 3 grudnia 2026"),
                later.text());
    }

    @Test
    void should_pick_the_offered_list_by_its_number_or_typed_phrase_in_any_spelling() {
        Resident resident = new Resident();
        String number = resident.filesStreetLight();
        assertTrue(resident.says("1").text().contains(number), "the option's number picks it: " + resident.last.text());
        for (String phrase : List.of("Moje zgłoszenia", "moje zgloszenia!", "Pokaż moje zgłoszenia", "lista moich zgłoszeń")) {
            assertTrue(new Resident(resident.id).says(phrase).text().contains(number), phrase);
        }
    }

    @Test
    void should_answer_the_typed_command_of_a_channel_and_the_phrase_in_other_languages() {
        Resident resident = new Resident();
        String number = resident.filesStreetLight();
        Reply listed = service.post(resident.id, new Input.Command(Input.Command.Kind.MY_REPORTS, "/moje")).orElseThrow().reply();
        assertTrue(listed.text().contains(number), listed.text());
        assertTrue(resident.says("my reports").text().contains(number), resident.last.text());
        assertTrue(resident.says("Мої повідомлення").text().contains(number), resident.last.text());
    }

    @Test
    void should_never_list_another_residents_reports() {
        String number = new Resident().filesStreetLight();
        Resident other = new Resident();
        Reply none = other.says("moje zgłoszenia");
        assertFalse(none.text().contains(number), none.text());
        assertTrue(none.text().contains("nie wysłano jeszcze żadnego zgłoszenia"), none.text());
        assertFalse(other.picks(MyReports.CHOICE).text().contains(number));
    }

    @Test
    void should_list_a_report_the_resident_joined_marked_as_joined() {
        String number = new Resident().filesStreetLight();
        Resident neighbour = new Resident();
        assertTrue(reports.join(number, "draft-of-neighbour", neighbour.id, null, null, "też to widzę", null));
        clock.advance(Duration.ofHours(1));
        String own = neighbour.filesStreetLightElsewhere();
        Reply list = neighbour.says("moje zgłoszenia");
        assertTrue(list.text().indexOf(own) < list.text().indexOf(number), "newest first: " + list.text());
        assertTrue(list.text().contains("(dołączono głos do cudzego zgłoszenia)"), list.text());
    }

    @Test
    void should_answer_inside_an_open_form_and_resume_it() {
        Resident resident = new Resident();
        resident.says("ktoś wyrzucił gruz w lesie");
        Reply list = resident.says("moje zgłoszenia");
        assertTrue(list.text().contains("nie wysłano jeszcze żadnego zgłoszenia"), list.text());
        assertTrue(list.text().contains("Wracamy do zgłoszenia"), "the form resumes: " + list.text());
    }

    @Test
    void should_list_the_reports_of_a_telegram_chats_earlier_conversations() throws Exception {
        Resident before = new Resident();
        String number = before.filesStreetLight();
        Resident after = new Resident();
        try (Connection c = database.dataSource().getConnection()) {
            try (PreparedStatement chat = c.prepareStatement("INSERT INTO telegram_chat (chat_id, conversation_id, created_at) VALUES (42, ?, ?)")) {
                chat.setString(1, after.id);
                chat.setObject(2, OffsetDateTime.now(clock));
                chat.executeUpdate();
            }
            try (PreparedStatement past = c.prepareStatement(
                    "INSERT INTO telegram_chat_past (chat_id, conversation_id, ended_at) VALUES (42, ?, ?)")) {
                past.setString(1, before.id);
                past.setObject(2, OffsetDateTime.now(clock));
                past.executeUpdate();
            }
        }
        assertTrue(after.says("moje zgłoszenia").text().contains(number), after.last.text());
        assertFalse(new Resident().says("moje zgłoszenia").text().contains(number), "another chat's conversation sees nothing");
    }
}
