package pl.krakow.kck.channels;

import java.nio.file.Path;

import pl.krakow.kck.bot.handoff.HandoffSettings;
import pl.krakow.kck.bot.llm.ModelSettings;
import pl.krakow.kck.bot.storage.CacheFolder;
import pl.krakow.kck.channels.api.ApiSettings;
import pl.krakow.kck.channels.console.ConsoleSettings;
import pl.krakow.kck.channels.server.ServerLimits;
import pl.krakow.kck.bot.privacy.PrivacySettings;
import pl.krakow.kck.channels.telegram.TelegramSettings;

/**
 * The service's part of the configuration ({@code kck.*} but the reports), read by
 * {@link pl.krakow.kck.channels.config.KckSettings}: every key with its default in {@code kck.example.yaml}.
 *
 * @param knowledgeBase     folder of the knowledge base
 * @param watchKnowledgeBase re-index when the folder changes
 * @param databaseUrl       JDBC URL: H2 file by default, PostgreSQL in production
 * @param corsOrigins       origins whose pages may embed the widget ("*" for any)
 * @param telegram          the Telegram bot (off without a token)
 * @param models            the optional chat and embedding models ({@code kck.llm}, {@code kck.embeddings}); off by default
 * @param handoff           when to offer a consultant, and the infoline's hours (kck.handoff.*)
 * @param console           the consultants' console (kck.console.*)
 * @param connections       what one client and everyone may hold of the server (kck.connections.*)
 * @param privacy           retention periods and the daily jobs' hour (kck.privacy.*)
 * @param cacheDir          where derived data that only speeds the start up is kept (the language identifier's
 *                          compact models, the built indexes; {@code kck.cache-dir}); null: {@code kck-cache-<user>}
 *                          in the temporary folder
 */
public record Settings(Path knowledgeBase, boolean watchKnowledgeBase, String databaseUrl, String databaseUser,
                       String databasePassword, double answerThreshold, double clarifyThreshold, ApiSettings api,
                       java.util.List<String> corsOrigins, TelegramSettings telegram, ModelSettings models,
                       HandoffSettings handoff, ConsoleSettings console, ServerLimits connections,
                       PrivacySettings privacy, Path cacheDir) {

    /** The folder of derived data: {@link #cacheDir()}, or {@code kck-cache-<user>} in the temporary folder. */
    public Path cacheFolder() {
        return CacheFolder.or(cacheDir);
    }

    /** The same with another knowledge base, not watched (tests). */
    public Settings withKnowledgeBase(Path folder) {
        return new Settings(folder, false, databaseUrl, databaseUser, databasePassword, answerThreshold,
                clarifyThreshold, api, corsOrigins, telegram, models, handoff, console, connections, privacy, cacheDir);
    }

    /** The same over another database, without user or password (an in-memory one for {@code ./kck ask}). */
    public Settings withDatabase(String url) {
        return new Settings(knowledgeBase, watchKnowledgeBase, url, "", "", answerThreshold,
                clarifyThreshold, api, corsOrigins, telegram, models, handoff, console, connections, privacy, cacheDir);
    }

    public Settings withHandoff(HandoffSettings handoff, ConsoleSettings console) {
        return new Settings(knowledgeBase, watchKnowledgeBase, databaseUrl, databaseUser, databasePassword, answerThreshold,
                clarifyThreshold, api, corsOrigins, telegram, models, handoff, console, connections, privacy, cacheDir);
    }
}
