package pl.krakow.kck.channels;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.dialogue.AssistantService;
import pl.krakow.kck.bot.dialogue.ConversationEvents;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.knowledge.FolderWatcher;
import pl.krakow.kck.bot.llm.LanguageModels;
import pl.krakow.kck.bot.retrieval.LiveIndex;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.channels.telegram.TelegramChannel;

/** The running assistant: knowledge base, database and conversation engine, wired once and closed together. */
public final class Assistant implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Assistant.class.getName());

    private final Settings settings;
    private final LiveIndex index;
    private final Database database;
    private final AssistantService service;
    private final FolderWatcher watcher;
    private final TelegramChannel telegram;

    private Assistant(Settings settings, LiveIndex index, Database database, FolderWatcher watcher) {
        this.settings = settings;
        this.index = index;
        this.database = database;
        this.watcher = watcher;
        LanguageModels models = LanguageModels.start(settings.models(), index);
        DialogueEngine engine = new DialogueEngine(models.retriever(),
                new AnswerPolicy(settings.answerThreshold(), settings.clarifyThreshold()), models.answers());
        this.service = new AssistantService(new ConversationRepository(database, Clock.systemUTC()), engine, new ConversationEvents());
        this.telegram = settings.telegram().enabled()
                ? new TelegramChannel(settings.telegram(), service, database.dataSource())
                : null;
    }

    public static Assistant start(Settings settings) throws IOException {
        LiveIndex index = LiveIndex.open(settings.knowledgeBase(), new TextAnalyzer());
        Database database;
        try {
            database = Database.open(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword(), null);
        } catch (RuntimeException e) {
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
        return new Assistant(settings, index, database, watcher);
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

    /** The Telegram channel, when a bot token is configured. */
    public Optional<TelegramChannel> telegram() {
        return Optional.ofNullable(telegram);
    }

    @Override
    public void close() {
        if (telegram != null) {
            telegram.close();
        }
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing the watcher", e);
        }
        database.close();
        index.close();
    }
}
