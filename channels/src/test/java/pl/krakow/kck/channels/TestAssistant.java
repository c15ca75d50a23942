package pl.krakow.kck.channels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.channels.api.ApiSettings;
import pl.krakow.kck.channels.telegram.TelegramSettings;
import pl.krakow.kck.channels.reports.ReportSettings;

/** An assistant over the fixture knowledge base and a fresh in-memory H2 database. */
public final class TestAssistant {

    private TestAssistant() {
    }

    public static Assistant start(ApiSettings api) {
        return start(api, noTelegram());
    }

    public static Assistant start(ApiSettings api, ReportSettings reports) {
        try {
            return Assistant.start(settings("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", api, noTelegram()), reports);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Assistant start(ApiSettings api, TelegramSettings telegram) {
        return start(api, telegram, "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    public static Assistant start(ApiSettings api, TelegramSettings telegram, String databaseUrl) {
        try {
            return Assistant.start(settings(databaseUrl, api, telegram), reports());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture knowledge base, default thresholds, handoff rules and console, no language model. */
    public static Settings settings(String databaseUrl, ApiSettings api, TelegramSettings telegram) {
        return settings(Fixtures.knowledgeBaseFolder(), databaseUrl, api, telegram);
    }

    /** ... over another knowledge base folder. */
    public static Settings settings(java.nio.file.Path knowledgeBase, String databaseUrl, ApiSettings api, TelegramSettings telegram) {
        return new Settings(knowledgeBase, false, databaseUrl, "", "",
                AnswerPolicy.DEFAULT_ANSWER_THRESHOLD, AnswerPolicy.DEFAULT_CLARIFY_THRESHOLD, api,
                java.util.List.of("*"), telegram, pl.krakow.kck.bot.llm.ModelSettings.off(),
                pl.krakow.kck.bot.handoff.HandoffSettings.defaults(), pl.krakow.kck.channels.console.ConsoleSettings.defaults(),
                pl.krakow.kck.channels.server.ServerLimits.defaults(),
                pl.krakow.kck.bot.privacy.PrivacySettings.defaults(), null);
    }

    public static TelegramSettings noTelegram() {
        return new TelegramSettings("", "", "", java.net.URI.create("http://127.0.0.1:9"));
    }

    /** Report settings over the test catalogue: no Open311 keys, no forwarding. */
    public static ReportSettings reports() {
        return ReportSettings.defaults(Fixtures.categoriesFile());
    }

    /** Generous limits, so that only the rate-limit test meets them. */
    public static ApiSettings roomy() {
        return new ApiSettings(2000, 16 * 1024, 100_000, 100_000);
    }
}
