package pl.krakow.kck.channels;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

import pl.krakow.kck.bot.analytics.Analytics;
import pl.krakow.kck.bot.analytics.QuestionGroups;
import pl.krakow.kck.bot.AssistantCore;
import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.feedback.ResidentFeedback;
import pl.krakow.kck.bot.review.KnowledgeBaseEdits;
import pl.krakow.kck.bot.review.ReviewDesk;
import pl.krakow.kck.bot.replies.SavedReplies;
import pl.krakow.kck.bot.dialogue.AssistantService;
import pl.krakow.kck.bot.dialogue.ConversationEvents;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.dialogue.Multilingual;
import pl.krakow.kck.bot.language.LinguaDetector;
import pl.krakow.kck.bot.storage.ConversationLanguages;
import pl.krakow.kck.bot.handoff.HandoffEvents;
import pl.krakow.kck.bot.handoff.HandoffRepository;
import pl.krakow.kck.bot.handoff.HandoffTriggers;
import pl.krakow.kck.bot.handoff.Handoffs;
import pl.krakow.kck.bot.handoff.QueueDesk;
import pl.krakow.kck.bot.knowledge.FolderWatcher;
import pl.krakow.kck.bot.llm.LanguageModels;
import pl.krakow.kck.bot.nodes.Leadership;
import pl.krakow.kck.bot.nodes.NodeEvents;
import pl.krakow.kck.bot.privacy.DailyJobs;
import pl.krakow.kck.bot.privacy.PersonalDataRedactor;
import pl.krakow.kck.bot.privacy.PrivacyDesk;
import pl.krakow.kck.bot.privacy.Retention;
import pl.krakow.kck.bot.retrieval.IndexCache;
import pl.krakow.kck.bot.retrieval.LiveIndex;
import pl.krakow.kck.bot.retrieval.Stopwords;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.retrieval.WordCache;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.channels.config.KckSettings;
import pl.krakow.kck.channels.console.ConsultantConsole;
import pl.krakow.kck.channels.reports.PhotoAttachment;
import pl.krakow.kck.channels.reports.ReportSettings;
import pl.krakow.kck.channels.reports.Reports;
import pl.krakow.kck.channels.telegram.TelegramChannel;

/**
 * The running assistant, wired once and closed together: knowledge base and engine (with the optional
 * language models), database, the problem-report flow, the handoff to consultants and their console,
 * and the Telegram channel when configured.
 */
public final class Assistant implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Assistant.class.getName());

    private final Settings settings;
    private final LiveIndex index;
    private final Database database;
    private final Reports reports;
    private final AssistantService service;
    private final Handoffs handoffs;
    private final ConsultantConsole console;
    private final FolderWatcher watcher;
    private final TelegramChannel telegram;
    private final PrivacyDesk privacy;
    private final DailyJobs dailyJobs;
    private final NodeEvents nodes;
    private final Analytics analytics;
    private final ResidentFeedback feedback;
    private final ReviewDesk review;
    private final SavedReplies savedReplies;

    private Assistant(Settings settings, LiveIndex index, TextAnalyzer analyzer, Database database, FolderWatcher watcher,
                      DialogueEngine engine, Reports reports, WordCache words, Clock clock) {
        this.settings = settings;
        this.index = index;
        this.database = database;
        this.watcher = watcher;
        this.reports = reports;
        ConversationRepository conversations = new ConversationRepository(database, clock);
        ConversationEvents events = new ConversationEvents();
        HandoffRepository cases = new HandoffRepository(database, clock);
        this.handoffs = new Handoffs(conversations, events, cases, new HandoffEvents(),
                new QueueDesk(cases, settings.handoff().perConversation()),
                new HandoffTriggers(settings.handoff(), analyzer), settings.handoff().hours(), clock);
        ConversationLanguages languages = new ConversationLanguages(database, clock);
        this.service = new AssistantService(conversations, engine, events, handoffs,
                Multilingual.routing(index, Multilingual.stored(languages), new AnswerPolicy(settings.answerThreshold(), settings.clarifyThreshold()), reports.router()));
        // what the start analysed is cached now, before anything that handles residents' messages runs (the report
        // notifications, the nodes' events, the daily jobs below): no resident's words are ever written to the cache
        words.save();
        this.nodes = NodeEvents.join(database, conversations, events, cases, handoffs.caseEvents());
        reports.startNotifications(conversations, events);
        this.console = ConsultantConsole.start(settings.console(), database, conversations, events, handoffs, clock);
        // unanswered questions are shown with personal data (PESEL, phones, e-mails, names…) redacted
        this.feedback = new ResidentFeedback(database.dataSource(), clock);
        QuestionGroups questionGroups = new QuestionGroups(analyzer, Stopwords.polish(), new PersonalDataRedactor()::redact);
        this.analytics = new Analytics(database.dataSource(), questionGroups, settings.handoff().hours().zone(), clock);
        this.review = new ReviewDesk(database.dataSource(), questionGroups, new KnowledgeBaseEdits(index), clock);
        this.savedReplies = new SavedReplies(database.dataSource(), clock);
        this.telegram = settings.telegram().enabled()
                ? new TelegramChannel(settings.telegram(), service, database.dataSource(), new PhotoAttachment(service, reports),
                        new Leadership(database, "telegram-polling"),
                        settings.privacy().notice(), feedback)
                : null;
        this.privacy = new PrivacyDesk(database.dataSource(), clock, new PersonalDataRedactor()::redact);
        Retention retention = new Retention(database.dataSource(), clock, settings.privacy().retention(), privacy.log());
        this.dailyJobs = new DailyJobs(database.dataSource(), clock, settings.privacy().dailyAt(), DailyJobs.thisNode())
                .add("retention", () -> retention.run().toString())
                .add("analytics-rollup", analytics::rollUp);
        dailyJobs.start(Duration.ofMinutes(10));
    }

    /** With the default report settings (the catalogue in faq-corpus/reports) and the system clock. */
    public static Assistant start(Settings settings) throws IOException {
        return start(settings, ReportSettings.defaults(ReportSettings.DEFAULT_CATEGORIES), Clock.systemUTC());
    }

    /** @param clock what "now" is for conversations, the infoline's hours and console sessions */
    public static Assistant start(Settings settings, Clock clock) throws IOException {
        return start(settings, ReportSettings.defaults(ReportSettings.DEFAULT_CATEGORIES), clock);
    }

    public static Assistant start(Settings settings, ReportSettings reportSettings) throws IOException {
        return start(settings, reportSettings, Clock.systemUTC());
    }

    public static Assistant start(Settings settings, ReportSettings reportSettings, Clock clock) throws IOException {
        // the database is opened (and migrated) first, on its own thread, while the texts are read and the index
        // and the engine are made: on a fresh database its migration is the longest part of the start
        CompletableFuture<Database> opening = CompletableFuture.supplyAsync(
                () -> Database.open(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword(), null),
                task -> Thread.ofPlatform().name("database-open").start(task));
        LinguaDetector.cacheFolder(settings.cacheFolder());
        LinguaDetector.shared(); // its models load in the background while the index is built
        // the words the start analysed last time (synonyms, word lists, categories) are read, not looked up again
        WordCache words = new WordCache(settings.cacheFolder());
        words.load();
        AssistantCore core;
        TextAnalyzer analyzer;
        LiveIndex index;
        try {
            core = new KckSettings(settings, reportSettings).core().applyTexts();
            analyzer = new TextAnalyzer();
            // the built indexes are cached by a hash of the knowledge base and the code: a start reads them; the
            // Ukrainian and English editions are read once the service serves (prepareOtherLanguages; their
            // questions wait for them)
            index = LiveIndex.openPolishFirst(settings.knowledgeBase(), analyzer, new IndexCache(settings.cacheFolder()));
        } catch (IOException | RuntimeException e) {
            opening.thenAccept(Database::close);
            throw e;
        }
        LanguageModels models;
        DialogueEngine engine;
        try {
            models = LanguageModels.start(settings.models(), index);
            engine = new DialogueEngine(models.retriever(), core.policy(), models.answers(), models.condenser());
        } catch (RuntimeException e) {
            opening.thenAccept(Database::close);
            index.close();
            throw e;
        }
        Database database;
        try {
            database = opening.join();
        } catch (CompletionException e) {
            index.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        Reports reports;
        try {
            // a question in the middle of a report is answered in the resident's language, as outside the form
            reports = Reports.start(reportSettings, database, clock, analyzer, Multilingual.answers(index, core.policy(), engine),
                    models.reports());
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
        return new Assistant(settings, index, analyzer, database, watcher, engine, reports, words, clock);
    }

    public Settings settings() {
        return settings;
    }

    /**
     * Makes now, on threads of their own, what only a message in Ukrainian or English needs (the knowledge base's
     * editions in them, the report form's catalogue): the service calls it once it serves, so that its first
     * Polish answer does not wait for it; a message in them that comes first waits for what it needs.
     */
    public void prepareOtherLanguages() {
        index.readOtherEditions();
        Thread.ofPlatform().daemon().name("other-languages").start(() -> reports.router().prepareLanguages());
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

    /** The Telegram channel, when a bot token is configured. */
    public Optional<TelegramChannel> telegram() {
        return Optional.ofNullable(telegram);
    }

    public Handoffs handoffs() {
        return handoffs;
    }

    public ConsultantConsole console() {
        return console;
    }

    /** How this node hears what the other nodes on the same database store. */
    public NodeEvents nodes() {
        return nodes;
    }

    /** Find, export and erase a resident's data (console and ./kck privacy). */
    public PrivacyDesk privacy() {
        return privacy;
    }

    /** The editors' review of unanswered and disliked questions. */
    public ReviewDesk review() {
        return review;
    }

    /** The replies supervisors keep for consultants to put into theirs. */
    public SavedReplies savedReplies() {
        return savedReplies;
    }

    /** Residents' ratings of replies and their satisfaction after a consultant's case. */
    public ResidentFeedback feedback() {
        return feedback;
    }

    /** The contact centre's figures (console, supervisors). */
    public Analytics analytics() {
        return analytics;
    }

    @Override
    public void close() {
        nodes.close();
        dailyJobs.close();
        if (telegram != null) {
            telegram.close();
        }
        console.close();
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
