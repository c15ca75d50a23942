package pl.krakow.kck.channels;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.dialogue.AssistantService;
import pl.krakow.kck.bot.dialogue.ConversationEvents;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.knowledge.FolderWatcher;
import pl.krakow.kck.bot.retrieval.LiveIndex;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.channels.reports.ReportSettings;
import pl.krakow.kck.channels.reports.Reports;

/** The running assistant: knowledge base, database and conversation engine, wired once and closed together. */
public final class Assistant implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Assistant.class.getName());

    private final Settings settings;
    private final LiveIndex index;
    private final Database database;
    private final AssistantService service;
    private final FolderWatcher watcher;
    private final Reports reports;

    private Assistant(Settings settings, LiveIndex index, Database database, FolderWatcher watcher, DialogueEngine engine,
                      Reports reports) {
        this.settings = settings;
        this.index = index;
        this.database = database;
        this.watcher = watcher;
        this.reports = reports;
        this.service = new AssistantService(new ConversationRepository(database, Clock.systemUTC()), engine, new ConversationEvents(),
                reports.router());
    }

    /** With the report settings from the defaults (the catalogue in faq-corpus/reports). */
    public static Assistant start(Settings settings) throws IOException {
        return start(settings, ReportSettings.defaults(ReportSettings.DEFAULT_CATEGORIES));
    }

    public static Assistant start(Settings settings, ReportSettings reportSettings) throws IOException {
        TextAnalyzer analyzer = new TextAnalyzer();
        LiveIndex index = LiveIndex.open(settings.knowledgeBase(), analyzer);
        Database database;
        try {
            database = Database.open(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword(), null);
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
        DialogueEngine engine = new DialogueEngine(index, new AnswerPolicy(settings.answerThreshold(), settings.clarifyThreshold()));
        Reports reports;
        try {
            reports = Reports.start(reportSettings, database, Clock.systemUTC(), analyzer, engine);
        } catch (IOException | RuntimeException e) {
            database.close();
            index.close();
            throw e;
        }
        FolderWatcher watcher = null;
        if (settings.watchKnowledgeBase()) {
            try {
                watcher = new FolderWatcher(settings.knowledgeBase(), Duration.ofMillis(500), index::reload);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot watch " + settings.knowledgeBase() + "; reload needs a restart", e);
            }
        }
        return new Assistant(settings, index, database, watcher, engine, reports);
    }

    public Settings settings() {
        return settings;
    }

    public LiveIndex index() {
        return index;
    }

    public Database database() {
        return database;
    }

    public AssistantService service() {
        return service;
    }

    public Reports reports() {
        return reports;
    }

    @Override
    public void close() {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing the watcher", e);
        }
        reports.close();
        database.close();
        index.close();
    }
}
