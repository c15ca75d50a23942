package pl.krakow.kck.bot.reports.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.TestClock;
import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.dialogue.AssistantService;
import pl.krakow.kck.bot.dialogue.ConversationEvents;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.reports.PhotoRepository;
import pl.krakow.kck.bot.reports.Report;
import pl.krakow.kck.bot.reports.ReportRepository;
import pl.krakow.kck.bot.reports.ReportRouter;
import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.StoredMessage;
import pl.krakow.kck.bot.storage.TestDatabases;

/**
 * After filing, the resident hears of every status change without asking: in the conversation they
 * filed or joined in (live to whoever listens to it) and by e-mail when they left an address and agreed —
 * against GreenMail, an SMTP server in this process on 127.0.0.1.
 */
class StatusNotificationTest {

    private static final ArticleIndex INDEX = Fixtures.index();
    private static final NotificationDispatcher.Settings AT_ONCE = new NotificationDispatcher.Settings(Duration.ofMillis(50),
            Duration.ZERO, Duration.ZERO);

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));
    private GreenMail smtp;
    private Database database;
    private ReportRepository reports;
    private ConversationEvents events;
    private AssistantService service;

    @BeforeEach
    void open() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        database = TestDatabases.h2();
        reports = new ReportRepository(database, clock, false);
        events = new ConversationEvents();
        DialogueEngine engine = new DialogueEngine(() -> INDEX, new AnswerPolicy());
        ReportRouter router = new ReportRouter(database, clock, Fixtures.catalogue(), Fixtures.ANALYZER, engine, reports,
                new PhotoRepository(database, clock), 5 * 1024 * 1024, Duration.ofHours(24));
        service = new AssistantService(new ConversationRepository(database, clock), engine, events, router);
    }

    @AfterEach
    void close() {
        database.close();
        smtp.stop();
    }

    /** A dispatcher as a freshly started service makes it: new objects over the same database. */
    private NotificationDispatcher dispatcher(int smtpPort) {
        SmtpMailSender mail = new SmtpMailSender(new SmtpMailSender.Settings("127.0.0.1", smtpPort, "powiadomienia@kck.example",
                "", "", false, false, Duration.ofSeconds(5)));
        return new NotificationDispatcher(new NotificationOutbox(database, clock), new ConversationRepository(database, clock),
                events, Optional.of(mail), AT_ONCE);
    }

    private final class Resident {
        private final String id = service.start("web").id();

        Reply says(String text) {
            return service.post(id, text, null).orElseThrow().reply();
        }

        /** Files a street-light report at Karmelicka 12, with an e-mail address and consent when given. */
        String files(String email) {
            says("Na Karmelickiej 12 nie świeci latarnia");
            says("1");
            says("pomiń");
            says("pomiń");
            if (email == null) {
                says("pomiń");
            } else {
                says(email);
                says("tak");
            }
            String accepted = says("wyślij").text();
            return accepted.substring(accepted.indexOf("KRK-"), accepted.indexOf("KRK-") + "KRK-2026-000001".length());
        }

        List<StoredMessage> notifications() {
            return service.transcript(id).stream().filter(m -> NotificationDispatcher.MESSAGE_KIND.equals(m.kind())).toList();
        }
    }

    @Test
    void should_tell_the_resident_in_the_conversation_and_by_email_once_per_change() throws Exception {
        Resident resident = new Resident();
        String number = resident.files("jan.kowalski@example.pl");
        List<StoredMessage> heard = new CopyOnWriteArrayList<>();
        events.subscribe(resident.id, heard::add);
        NotificationDispatcher dispatcher = dispatcher(smtp.getSmtp().getPort());

        reports.updateStatus(number, Report.CLOSED, "Wymieniono oprawę.", "open311");
        assertEquals(2, dispatcher.runOnce(), "one message in the conversation, one e-mail");

        StoredMessage told = resident.notifications().getFirst();
        assertTrue(told.body().contains(number) && told.body().contains("zamknięte – sprawa załatwiona"), told.body());
        assertTrue(told.body().contains("Uwagi: Wymieniono oprawę.") && told.body().contains("„nie powiadamiaj”"), told.body());
        assertEquals(List.of(told.id()), heard.stream().map(StoredMessage::id).toList(), "published to whoever listens (widget, Telegram)");
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertEquals("jan.kowalski@example.pl", mail.getAllRecipients()[0].toString());
        assertTrue(mail.getSubject().contains(number), mail.getSubject());
        assertTrue(GreenMailUtil.getBody(mail).contains("Wymieniono"), GreenMailUtil.getBody(mail));
        assertNotNull(mail.getMessageID());

        assertEquals(0, dispatcher.runOnce(), "one notification per change");
        assertEquals(1, resident.notifications().size());
        assertEquals(1, smtp.getReceivedMessages().length);
    }

    @Test
    void should_tell_those_who_joined_and_stop_when_asked_not_to() {
        Resident filer = new Resident();
        String number = filer.files(null);
        Resident neighbour = new Resident();
        neighbour.says("nie świeci latarnia na Karmelickiej 12");
        neighbour.says("1");
        neighbour.says("pomiń");
        neighbour.says("pomiń");
        neighbour.says("pomiń");
        assertTrue(neighbour.says("dołącz").text().contains(number), "joined the open report at the same address");
        NotificationDispatcher dispatcher = dispatcher(smtp.getSmtp().getPort());

        reports.updateStatus(number, Report.OPEN, "Zlecono naprawę.", "open311");
        assertEquals(2, dispatcher.runOnce());
        assertEquals(1, filer.notifications().size());
        assertEquals(1, neighbour.notifications().size());
        assertEquals(0, smtp.getReceivedMessages().length, "no address was given");

        assertTrue(neighbour.says("nie powiadamiaj").text().contains("nie będę już wysyłać powiadomień"));
        reports.updateStatus(number, Report.CLOSED, "Naprawione.", "open311");
        assertEquals(1, dispatcher.runOnce());
        assertEquals(2, filer.notifications().size());
        assertEquals(1, neighbour.notifications().size(), "nie powiadamiaj stops them");
    }

    @Test
    void should_deliver_what_waited_after_a_restart_exactly_once_and_retry_a_mail_the_server_refused() throws Exception {
        Resident resident = new Resident();
        String number = resident.files("jan.kowalski@example.pl");
        reports.updateStatus(number, Report.CLOSED, "Wymieniono oprawę.", "open311");

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertEquals(1, dispatcher(closedPort).runOnce(), "the conversation hears of it; the mail server is down");
        NotificationOutbox outbox = new NotificationOutbox(database, clock);
        long reportId = reports.find(number).orElseThrow().id();
        NotificationOutbox.Entry mail = outbox.ofReport(reportId).stream()
                .filter(e -> e.channel() == NotificationOutbox.Channel.EMAIL).findFirst().orElseThrow();
        assertEquals(1, outbox.due(10).size(), "the e-mail waits for another attempt");
        assertEquals(1, mail.attempts());

        NotificationDispatcher restarted = dispatcher(smtp.getSmtp().getPort());
        assertEquals(1, restarted.runOnce(), "after the restart only the e-mail goes out");
        assertEquals(1, resident.notifications().size(), "the conversation was not told twice");
        assertEquals(1, smtp.getReceivedMessages().length);
        assertEquals(new NotificationOutbox.Summary(0, 2, 0, 0), outbox.summary());
    }
}
