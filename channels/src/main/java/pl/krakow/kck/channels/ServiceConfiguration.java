package pl.krakow.kck.channels;

import io.helidon.config.Config;

import pl.krakow.kck.bot.AssistantCore;
import pl.krakow.kck.bot.text.Infoline;
import pl.krakow.kck.channels.reports.ReportSettings;

/**
 * The one way the commands read the configuration: {@code application.yaml}, overridden by environment
 * variables ({@code KCK_ANSWER_dash_THRESHOLD}) and system properties ({@code -Dkck.answer-threshold=0.6}).
 * {@code serve}, {@code eval}, {@code ask} and {@code bench} all take their {@link AssistantCore} from here,
 * so what eval measures is what serve runs.
 */
public record ServiceConfiguration(Settings settings, ReportSettings reports) {

    public static ServiceConfiguration load() {
        return from(Config.create());
    }

    public static ServiceConfiguration from(Config config) {
        return new ServiceConfiguration(Settings.from(config), ReportSettings.from(config));
    }

    /** What the configuration decides about the replies. */
    public AssistantCore core() {
        return new AssistantCore(settings.answerThreshold(), settings.clarifyThreshold(), settings.handoff(),
                reports.maxPhotoBytes(), reports.draftLifetime(), Infoline.KCK.phone());
    }
}
