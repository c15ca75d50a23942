package pl.krakow.kck.evaluation.dialogues;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import pl.krakow.kck.bot.AssistantCore;
import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.dialogue.AssistantService;
import pl.krakow.kck.bot.dialogue.ConversationEvents;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.dialogue.Multilingual;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.handoff.HandoffEvents;
import pl.krakow.kck.bot.handoff.HandoffRepository;
import pl.krakow.kck.bot.handoff.HandoffSettings;
import pl.krakow.kck.bot.handoff.HandoffTriggers;
import pl.krakow.kck.bot.handoff.Handoffs;
import pl.krakow.kck.bot.handoff.QueueDesk;
import pl.krakow.kck.bot.reports.CategoryCatalogue;
import pl.krakow.kck.bot.reports.PhotoRepository;
import pl.krakow.kck.bot.reports.ReportRepository;
import pl.krakow.kck.bot.reports.ReportRouter;
import pl.krakow.kck.bot.retrieval.LiveIndex;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.storage.ConversationLanguages;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;

/**
 * The assistant wired as {@code channels.Assistant} wires it for {@code ./kck serve}, with the default
 * settings: {@link AssistantService} over a conversation store (an H2 file database in a temporary folder, as
 * serve's default, with the service's migrations and its group commit), the handoff to consultants as its gate, and the language routing (each turn's
 * language identified with the conversation's as the prior, stored) over the report form, whose questions in
 * the middle of a report are answered in the resident's language, then the engine of the turn's language over
 * the knowledge base folder's edition, with the default {@link AnswerPolicy}. Only the channels are missing.
 */
public final class ServedAssistant implements AutoCloseable {

    private final TextAnalyzer analyzer;
    private final LiveIndex index;
    private final Path databaseFolder;
    private final Database database;
    private final AssistantService service;

    /** @param folder the knowledge base folder (its translations make the Ukrainian and English editions) */
    public ServedAssistant(Path folder, CategoryCatalogue catalogue, Clock clock) {
        this(folder, catalogue, clock, AssistantCore.DEFAULTS);
    }

    /** @param core what the configuration decides (thresholds, handoff rules, report limits), as serve reads it */
    public ServedAssistant(Path folder, CategoryCatalogue catalogue, Clock clock, AssistantCore core) {
        this.analyzer = new TextAnalyzer();
        try {
            this.index = LiveIndex.open(folder, analyzer);
        } catch (IOException e) {
            analyzer.close();
            throw new UncheckedIOException(e);
        }
        this.databaseFolder = temporaryFolder();
        this.database = Database.open("jdbc:h2:file:" + databaseFolder.resolve("kck"), "", "", null);
        DialogueEngine engine = new DialogueEngine(index, core.policy());
        ConversationRepository conversations = new ConversationRepository(database, clock);
        ConversationEvents events = new ConversationEvents();
        HandoffSettings handoff = core.handoff();
        HandoffRepository cases = new HandoffRepository(database, clock);
        Handoffs handoffs = new Handoffs(conversations, events, cases, new HandoffEvents(),
                new QueueDesk(cases, handoff.perConversation()), new HandoffTriggers(handoff, analyzer), handoff.hours(), clock);
        ReportRepository reports = new ReportRepository(database, clock, false);
        ReportRouter router = new ReportRouter(database, clock, catalogue, analyzer,
                Multilingual.answers(index, core.policy(), engine), reports,
                new PhotoRepository(database, clock), core.maxPhotoBytes(), core.draftLifetime());
        this.service = new AssistantService(conversations, engine, events, handoffs,
                Multilingual.routing(index, Multilingual.stored(new ConversationLanguages(database)), core.policy(), router));
    }

    public AssistantService service() {
        return service;
    }

    /** The knowledge base's editions the service answers from. */
    public LiveIndex index() {
        return index;
    }

    /** The reply to a new conversation's first message, as a resident on the website gets it. */
    public Reply firstReply(String text) {
        return service.post(service.start("web").id(), text, null).orElseThrow().reply();
    }

    @Override
    public void close() {
        database.close();
        index.close();
        analyzer.close();
        try (Stream<Path> files = Files.walk(databaseFolder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a leftover folder under the temporary directory is harmless
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("kck-eval-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the evaluation's database", e);
        }
    }
}
