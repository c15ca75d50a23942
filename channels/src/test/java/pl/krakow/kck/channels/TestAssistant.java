package pl.krakow.kck.channels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.channels.api.ApiSettings;
import pl.krakow.kck.channels.reports.ReportSettings;

/** An assistant over the fixture knowledge base and a fresh in-memory H2 database. */
public final class TestAssistant {

    private TestAssistant() {
    }

    public static Assistant start(ApiSettings api) {
        return start(api, reports());
    }

    public static Assistant start(ApiSettings api, ReportSettings reports) {
        try {
            return Assistant.start(new Settings(Fixtures.knowledgeBaseFolder(), false,
                    "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "", "", AnswerPolicy.DEFAULT_ANSWER_THRESHOLD, AnswerPolicy.DEFAULT_CLARIFY_THRESHOLD, api),
                    reports);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
