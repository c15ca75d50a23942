package pl.krakow.kck.channels.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import io.helidon.config.Config;

import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.llm.ChatSettings;
import pl.krakow.kck.bot.llm.EmbeddingSettings;
import pl.krakow.kck.bot.llm.ModelProvider;
import pl.krakow.kck.bot.llm.ModelSettings;
import pl.krakow.kck.bot.privacy.PrivacySettings;
import pl.krakow.kck.bot.privacy.RetentionSettings;
import pl.krakow.kck.channels.Settings;
import pl.krakow.kck.channels.api.ApiSettings;
import pl.krakow.kck.channels.server.ServerLimits;
import pl.krakow.kck.channels.telegram.TelegramSettings;

/**
 * The one reader of {@code kck.*}: every key is read here (or by {@link HandoffReader} and {@link ReportReader},
 * which it calls) with its default, the only place the default is written. {@code kck.example.yaml} shows them.
 */
final class KckSettingsReader {

    private final ConfigReader read;

    KckSettingsReader(Config root) {
        this.read = new ConfigReader(root);
    }

    KckSettings settings() {
        HandoffReader handoff = new HandoffReader(read);
        double answerThreshold = read.decimal("kck.answer-threshold", AnswerPolicy.DEFAULT_ANSWER_THRESHOLD);
        double clarifyThreshold = read.decimal("kck.clarify-threshold", AnswerPolicy.DEFAULT_CLARIFY_THRESHOLD);
        if (!(0 <= clarifyThreshold && clarifyThreshold <= answerThreshold && answerThreshold <= 1)) {
            throw new IllegalArgumentException("kck.clarify-threshold (" + clarifyThreshold + ") and kck.answer-threshold ("
                    + answerThreshold + "): expected 0 <= clarify-threshold <= answer-threshold <= 1");
        }
        Settings service = new Settings(
                Path.of(read.string("kck.knowledge-base", "faq-corpus/articles")),
                read.bool("kck.watch-knowledge-base", true),
                read.string("kck.database.url", "jdbc:h2:file:./data/kck"),
                read.string("kck.database.user", ""),
                read.verbatim("kck.database.password", ""),
                answerThreshold,
                clarifyThreshold,
                api(),
                read.list("kck.api.cors-origins", List.of("*")),
                telegram(),
                new ModelSettings(chat(), embeddings()),
                handoff.handoff(),
                handoff.console(),
                connections(),
                privacy(),
                read.path("kck.cache-dir", ""));
        return new KckSettings(service, new ReportReader(read).reports());
    }

    /** The keys the settings were read from (call after {@link #settings()}). */
    java.util.Set<String> known() {
        return read.known();
    }

    private ApiSettings api() {
        ApiSettings d = ApiSettings.defaults();
        return new ApiSettings(
                read.integer("kck.api.max-text-length", d.maxTextLength()),
                read.integer("kck.api.max-body-bytes", d.maxBodyBytes()),
                read.integer("kck.api.rate-limit.per-minute", d.ratePerMinute()),
                read.integer("kck.api.rate-limit.burst", d.rateBurst()),
                read.list("kck.api.trusted-proxies", d.trustedProxies()),
                read.list("kck.observe.metrics-from", d.metricsFrom()));
    }

    private TelegramSettings telegram() {
        return new TelegramSettings(
                read.verbatim("kck.telegram.token", ""),
                read.string("kck.telegram.webhook.url", ""),
                read.verbatim("kck.telegram.webhook.secret", ""),
                URI.create(read.string("kck.telegram.api", "https://api.telegram.org")));
    }

    private ChatSettings chat() {
        return new ChatSettings(provider("kck.llm.provider"), read.string("kck.llm.base-url", ""),
                read.string("kck.llm.model", ""), read.string("kck.llm.api-key", ""),
                read.duration("kck.llm.timeout", ChatSettings.DEFAULT_TIMEOUT),
                read.decimal("kck.llm.temperature", ChatSettings.DEFAULT_TEMPERATURE),
                read.integer("kck.llm.circuit-breaker.failures", ChatSettings.DEFAULT_FAILURES),
                read.duration("kck.llm.circuit-breaker.open-for", ChatSettings.DEFAULT_OPEN_FOR));
    }

    private EmbeddingSettings embeddings() {
        return new EmbeddingSettings(provider("kck.embeddings.provider"), read.string("kck.embeddings.base-url", ""),
                read.string("kck.embeddings.model", ""), read.string("kck.embeddings.api-key", ""),
                read.duration("kck.embeddings.timeout", EmbeddingSettings.DEFAULT_TIMEOUT),
                read.duration("kck.embeddings.index-timeout", EmbeddingSettings.DEFAULT_INDEX_TIMEOUT),
                read.path("kck.embeddings.model-file", ""),
                read.path("kck.embeddings.tokenizer-file", ""),
                read.string("kck.embeddings.pooling", "mean"),
                read.verbatim("kck.embeddings.query-prefix", ""),
                read.verbatim("kck.embeddings.passage-prefix", ""),
                read.path("kck.embeddings.cache", "./data/embeddings"));
    }

    private ModelProvider provider(String key) {
        try {
            return ModelProvider.fromWire(read.string(key, ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
        }
    }

    private ServerLimits connections() {
        ServerLimits d = ServerLimits.defaults();
        return new ServerLimits(
                read.integer("kck.connections.per-client", d.perClient()),
                read.integer("kck.connections.total", d.total()),
                read.duration("kck.connections.read-timeout", d.readTimeout()),
                read.integer("kck.connections.streams.per-client", d.streamsPerClient()),
                read.integer("kck.connections.streams.total", d.streamsTotal()),
                read.integer("kck.connections.reserved-files", d.reservedFiles()));
    }

    private PrivacySettings privacy() {
        return new PrivacySettings(new RetentionSettings(
                read.duration("kck.privacy.retention.conversations", RetentionSettings.CONVERSATIONS),
                read.duration("kck.privacy.retention.drafts", RetentionSettings.DRAFTS),
                read.duration("kck.privacy.retention.case-contacts", RetentionSettings.CASE_CONTACTS),
                read.duration("kck.privacy.retention.report-contacts", RetentionSettings.REPORT_CONTACTS)),
                read.time("kck.privacy.daily-at", PrivacySettings.DAILY_AT),
                read.string("kck.privacy.notice-url", ""));
    }
}
