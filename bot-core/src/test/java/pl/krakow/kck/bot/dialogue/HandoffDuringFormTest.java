package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.TestClock;
import pl.krakow.kck.bot.handoff.HandoffEvents;
import pl.krakow.kck.bot.handoff.HandoffRepository;
import pl.krakow.kck.bot.handoff.HandoffSettings;
import pl.krakow.kck.bot.handoff.HandoffTriggers;
import pl.krakow.kck.bot.handoff.Handoffs;
import pl.krakow.kck.bot.handoff.QueueDesk;
import pl.krakow.kck.bot.handoff.Resolution;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.reports.CatalogueException;
import pl.krakow.kck.bot.reports.CategoryCatalogue;
import pl.krakow.kck.bot.reports.PhotoRepository;
import pl.krakow.kck.bot.reports.Report;
import pl.krakow.kck.bot.reports.ReportRepository;
import pl.krakow.kck.bot.reports.ReportRouter;
import pl.krakow.kck.bot.retrieval.LiveIndex;
import pl.krakow.kck.bot.storage.ConversationLanguages;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.StoredMessage;
import pl.krakow.kck.bot.storage.TestDatabases;

/**
 * A resident asks after the report while its form is still open, through AssistantService as the channels run it
 * (the handoff gate before the form): the form's honest reply (not sent yet) and its question again, not the offer
 * of a consultant for a personal case; asking for a person in so many words still brings one in.
 */
class HandoffDuringFormTest {

    private static LiveIndex index;
    private static CategoryCatalogue catalogue;

    private final Database database = TestDatabases.h2();
    private final TestClock clock = new TestClock(Instant.parse("2026-12-07T09:00:00Z")); // Monday 10:00 in Kraków
    private final ConversationRepository conversations = new ConversationRepository(database, clock);
    private final ReportRepository reports = new ReportRepository(database, clock, false);
    private final HandoffRepository cases = new HandoffRepository(database, clock);
    private final Handoffs handoffs;
    private final AssistantService service;

    @BeforeAll
    static void open() throws IOException, CatalogueException {
        index = LiveIndex.open(Fixtures.knowledgeBaseFolder(), Fixtures.ANALYZER);
        Path real = Path.of("../faq-corpus/reports/categories.json"); // the catalogue with its translations beside it
        catalogue = CategoryCatalogue.load(real);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    HandoffDuringFormTest() {
        ConversationEvents events = new ConversationEvents();
        HandoffSettings settings = HandoffSettings.defaults();
        handoffs = new Handoffs(conversations, events, cases, new HandoffEvents(), new QueueDesk(cases, settings.perConversation()),
                new HandoffTriggers(settings, Fixtures.ANALYZER), settings.hours(), clock);
        DialogueEngine engine = new DialogueEngine(index.edition(Language.PL), new AnswerPolicy());
        ReportRouter router = new ReportRouter(database, clock, catalogue, Fixtures.ANALYZER,
                Multilingual.answers(index, new AnswerPolicy(), engine), reports,
                new PhotoRepository(database, clock), 5 * 1024 * 1024, Duration.ofHours(24));
        ConversationLanguages languages = new ConversationLanguages(database);
        LanguageRouting routing = Multilingual.routing(index, new LanguageRouting.Store() {
            @Override
            public java.util.Optional<Language> find(String conversationId) {
                return languages.find(conversationId);
            }

            @Override
            public void save(String conversationId, Language language) {
                languages.save(conversationId, language);
            }
        }, new AnswerPolicy(), router);
        service = new AssistantService(conversations, engine, events, handoffs, routing);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private final class Resident {
        private final String id = service.start("web").id();
        private Reply last;

        Reply says(String text) {
            last = service.post(id, text, null).orElseThrow().reply();
            return last;
        }

        String option(String label) {
            List<String> labels = last.options().stream().map(Reply.Option::label).toList();
            int at = labels.indexOf(label);
            assertTrue(at >= 0, label + " not among " + labels);
            return String.valueOf(at + 1);
        }

        String lastMessage() {
            List<StoredMessage> transcript = conversations.transcript(id);
            return transcript.getLast().body();
        }
    }

    @Test
    void should_leave_a_question_after_the_open_report_to_the_form_not_offer_a_consultant_in_polish() {
        for (String question : new String[] {"co teraz dzieje się z moim zgłoszeniem?", "a jaki jest status mojego zgłoszenia?"}) {
            Resident resident = new Resident();
            Reply form = resident.says("przy ul. Karmelickiej 15 od tygodnia nie świeci latarnia");
            assertEquals(ReplyKind.REPORT, form.kind(), form.text());

            Reply reply = resident.says(question);

            assertEquals(ReplyKind.FALLBACK, reply.kind(), question + ": " + reply.text());
            assertTrue(reply.referred(), reply.text());
            assertTrue(reply.text().contains("To zgłoszenie nie jest jeszcze wysłane."), reply.text());
            assertTrue(reply.text().contains("Wracamy do zgłoszenia."), reply.text());
        }
    }

    @Test
    void should_leave_a_question_after_the_open_report_to_the_form_in_ukrainian() {
        Resident resident = new Resident();
        resident.says("Хочу повідомити про проблему");
        Reply place = resident.says(resident.option("Ліхтар не світить або пошкоджений"));
        assertEquals(ReplyKind.REPORT, place.kind(), place.text());

        Reply reply = resident.says("а який зараз статус моєї заяви?");

        assertEquals(ReplyKind.FALLBACK, reply.kind(), reply.text());
        assertEquals(Language.UK, reply.language());
        assertTrue(reply.text().contains("Де це?"), "the form's question again: " + reply.text());
    }

    @Test
    void should_still_offer_a_consultant_to_a_resident_who_asks_for_one_in_the_middle_of_a_report() {
        Resident resident = new Resident();
        resident.says("przy ul. Karmelickiej 15 od tygodnia nie świeci latarnia");

        Reply offer = resident.says("wolę jednak porozmawiać z konsultantem");

        assertEquals(ReplyKind.HANDOFF, offer.kind(), offer.text());
    }

    @Test
    void should_still_offer_a_consultant_for_a_personal_case_when_no_form_is_open() {
        Reply offer = new Resident().says("co się dzieje z moim zgłoszeniem? czekam już miesiąc");

        assertEquals(ReplyKind.HANDOFF, offer.kind(), offer.text());
    }
}
