package pl.krakow.kck.channels.config;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;

import io.helidon.config.Config;

import pl.krakow.kck.bot.AssistantCore;
import pl.krakow.kck.bot.text.Infoline;
import pl.krakow.kck.channels.Settings;
import pl.krakow.kck.channels.reports.ReportSettings;

/**
 * The whole configuration ({@code kck.*}), read once by one reader from Helidon config: {@code application.yaml}
 * (or the distribution's file), environment variables ({@code KCK_ANSWER_dash_THRESHOLD}) and system properties
 * ({@code -Dkck.answer-threshold=0.6}). {@code serve}, {@code eval}, {@code ask} and {@code bench} all load it
 * here, so what eval measures is what serve runs. Every key, its default and its meaning: {@code kck.example.yaml}.
 *
 * @param service everything but the reports: knowledge base, database, thresholds, API, Telegram, models,
 *                handoff, console, connections, privacy
 * @param reports problem reports and the notifications of their status
 */
public record KckSettings(Settings service, ReportSettings reports) {

    private static final Logger LOG = Logger.getLogger(KckSettings.class.getName());

    /** Reads file, environment and {@code -D}; an unknown key refuses (IllegalArgumentException naming it). */
    public static KckSettings load() {
        return from(Config.create());
    }

    /** Reads and checks {@code config}; unknown keys brought by environment variables are only logged. */
    public static KckSettings from(Config config) {
        return from(config, System.getenv(), LOG::warning);
    }

    static KckSettings from(Config config, Map<String, String> environment, Consumer<String> warn) {
        KckSettingsReader reader = new KckSettingsReader(config);
        KckSettings settings = reader.settings();
        new UnknownKeys(reader.known(), environment).check(config, warn);
        return settings;
    }

    /**
     * For the commands' {@code main}: the configuration, or the problem on standard error and exit status 78
     * (EX_CONFIG), never a stack trace.
     */
    public static KckSettings loadOrExit(String command) {
        try {
            return load();
        } catch (IllegalArgumentException e) {
            System.err.println(command + ": configuration: " + e.getMessage().replace("\n", "\n" + command + ": configuration: "));
            System.exit(78);
            throw e;
        }
    }

    /** Every key the service reads; a list of objects as {@code key.*.field}. */
    public static Set<String> knownKeys() {
        KckSettingsReader reader = new KckSettingsReader(Config.empty());
        reader.settings();
        return reader.known();
    }

    /** What the configuration decides about the replies. */
    public AssistantCore core() {
        return new AssistantCore(service.answerThreshold(), service.clarifyThreshold(), service.handoff(),
                reports.maxPhotoBytes(), reports.draftLifetime(), Infoline.KCK.phone());
    }
}
