package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.TestClock;
import pl.krakow.kck.bot.handoff.HandoffEvents;
import pl.krakow.kck.bot.handoff.HandoffRepository;
import pl.krakow.kck.bot.handoff.HandoffSettings;
import pl.krakow.kck.bot.handoff.HandoffTriggers;
import pl.krakow.kck.bot.handoff.Handoffs;
import pl.krakow.kck.bot.handoff.QueueDesk;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.reports.CatalogueException;
import pl.krakow.kck.bot.reports.CategoryCatalogue;
import pl.krakow.kck.bot.reports.PhotoRepository;
import pl.krakow.kck.bot.reports.ReportRepository;
import pl.krakow.kck.bot.reports.ReportRouter;
import pl.krakow.kck.bot.retrieval.LiveIndex;
import pl.krakow.kck.bot.storage.ConversationLanguages;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.StoredMessage;
import pl.krakow.kck.bot.storage.TestDatabases;

/**
 * AssistantService wired as the channels wire it (the handoff gate, language routing, the report form with the
 * translated category catalogue) over an H2 database of its own, for tests that read as a resident's conversation.
 */
final class ServedDesk implements AutoCloseable {

    final Database database = TestDatabases.h2();
    final TestClock clock = new TestClock(Instant.parse("2026-12-07T09:00:00Z")); // Monday 10:00 in Kraków
    final ConversationRepository conversations = new ConversationRepository(database, clock);
    final ReportRepository reports = new ReportRepository(database, clock, false);
    final HandoffRepository cases = new HandoffRepository(database, clock);
    final Handoffs handoffs;
    final AssistantService service;

    ServedDesk(LiveIndex index, CategoryCatalogue catalogue) {
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
            public Optional<Language> find(String conversationId) {
                return languages.find(conversationId);
            }

            @Override
            public void save(String conversationId, Language language) {
                languages.save(conversationId, language);
            }
        }, new AnswerPolicy(), router);
        service = new AssistantService(conversations, engine, events, handoffs, routing);
    }

    /** The real category catalogue, with its translations beside it. */
    static CategoryCatalogue catalogue() throws IOException, CatalogueException {
        return CategoryCatalogue.load(Path.of("../faq-corpus/reports/categories.json"));
    }

    /** A resident starting a conversation on the website. */
    Resident resident() {
        return new Resident();
    }

    @Override
    public void close() {
        database.close();
    }

    /** One resident's conversation: what they write and the last reply they read. */
    final class Resident {
        final String id = service.start("web").id();
        Reply last;

        Reply says(String text) {
            last = service.post(id, text, null).orElseThrow().reply();
            return last;
        }

        /** The number to type to pick the option with this label among the last reply's. */
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
}
