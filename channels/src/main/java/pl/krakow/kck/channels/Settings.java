package pl.krakow.kck.channels;

import java.nio.file.Path;

import io.helidon.config.Config;

import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.handoff.HandoffSettings;
import pl.krakow.kck.bot.llm.ModelSettings;
import pl.krakow.kck.channels.api.ApiSettings;
import pl.krakow.kck.channels.console.ConsoleSettings;
import pl.krakow.kck.channels.console.HandoffConfig;
import pl.krakow.kck.channels.server.ServerLimits;
import pl.krakow.kck.bot.privacy.PrivacySettings;
import pl.krakow.kck.channels.telegram.TelegramSettings;

/**
 * The service's configuration (application.yaml, overridden by environment variables such as
 * {@code KCK_DATABASE_URL} or system properties such as {@code -Dkck.database.url=...}).
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
 */
public record Settings(Path knowledgeBase, boolean watchKnowledgeBase, String databaseUrl, String databaseUser,
                       String databasePassword, double answerThreshold, double clarifyThreshold, ApiSettings api,
                       java.util.List<String> corsOrigins, TelegramSettings telegram, ModelSettings models,
                       HandoffSettings handoff, ConsoleSettings console, ServerLimits connections,
                       PrivacySettings privacy) {

    public Settings withHandoff(HandoffSettings handoff, ConsoleSettings console) {
        return new Settings(knowledgeBase, watchKnowledgeBase, databaseUrl, databaseUser, databasePassword, answerThreshold,
                clarifyThreshold, api, corsOrigins, telegram, models, handoff, console, connections, privacy);
    }

    public static Settings from(Config config) {
        Config kck = config.get("kck");
        ApiSettings defaults = ApiSettings.defaults();
        return new Settings(
                Path.of(kck.get("knowledge-base").asString().orElse("faq-corpus/articles")),
                kck.get("watch-knowledge-base").asBoolean().orElse(true),
                kck.get("database.url").asString().orElse("jdbc:h2:file:./data/kck"),
                kck.get("database.user").asString().orElse(""),
                kck.get("database.password").asString().orElse(""),
                kck.get("answer-threshold").asDouble().orElse(AnswerPolicy.DEFAULT_ANSWER_THRESHOLD),
                kck.get("clarify-threshold").asDouble().orElse(AnswerPolicy.DEFAULT_CLARIFY_THRESHOLD),
                new ApiSettings(
                        kck.get("api.max-text-length").asInt().orElse(defaults.maxTextLength()),
                        kck.get("api.max-body-bytes").asInt().orElse(defaults.maxBodyBytes()),
                        kck.get("api.rate-limit.per-minute").asInt().orElse(defaults.ratePerMinute()),
                        kck.get("api.rate-limit.burst").asInt().orElse(defaults.rateBurst()),
                        kck.get("api.trusted-proxies").asList(String.class).orElse(java.util.List.of()),
                        kck.get("observe.metrics-from").asList(String.class).orElse(ApiSettings.PRIVATE_NETWORKS)),
                kck.get("api.cors-origins").asList(String.class).orElse(java.util.List.of("*")),
                TelegramSettings.from(config),
                ModelSettings.from(key -> config.get(key).asString().asOptional()),
                HandoffConfig.handoff(kck.get("handoff")),
                HandoffConfig.console(kck.get("console")),
                ServerLimits.from(config),
                PrivacySettings.from(key -> config.get(key).asString().asOptional()));
    }
}
