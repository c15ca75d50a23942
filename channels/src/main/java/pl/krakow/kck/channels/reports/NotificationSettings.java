package pl.krakow.kck.channels.reports;

import java.time.Duration;
import java.util.Optional;

import io.helidon.config.Config;

import pl.krakow.kck.bot.reports.notify.NotificationDispatcher;
import pl.krakow.kck.bot.reports.notify.SmtpMailSender;

/**
 * Notifications of report status changes ({@code kck.notifications.*}): how often the outbox is read and
 * the SMTP server for e-mail (off while {@code smtp.host} is empty; the conversation is told anyway).
 * Environment variables override, e.g. {@code KCK_NOTIFICATIONS_SMTP_PASSWORD}.
 */
public record NotificationSettings(NotificationDispatcher.Settings dispatch, Optional<SmtpMailSender.Settings> smtp) {

    public static final NotificationSettings DEFAULTS = new NotificationSettings(NotificationDispatcher.Settings.DEFAULTS,
            Optional.empty());

    public NotificationSettings {
        if (dispatch.pollInterval().isNegative() || dispatch.pollInterval().isZero()) {
            throw new IllegalArgumentException("kck.notifications.poll-interval-ms must be more than 0");
        }
    }

    public static NotificationSettings from(Config config) {
        Config notifications = config.get("kck.notifications");
        NotificationDispatcher.Settings defaults = NotificationDispatcher.Settings.DEFAULTS;
        NotificationDispatcher.Settings dispatch = new NotificationDispatcher.Settings(
                Duration.ofMillis(notifications.get("poll-interval-ms").asLong().orElse(defaults.pollInterval().toMillis())),
                Duration.ofMillis(notifications.get("initial-backoff-ms").asLong().orElse(defaults.initialBackoff().toMillis())),
                Duration.ofMillis(notifications.get("max-backoff-ms").asLong().orElse(defaults.maxBackoff().toMillis())));
        Config smtp = notifications.get("smtp");
        String host = smtp.get("host").asString().orElse("").strip();
        Optional<SmtpMailSender.Settings> mail = host.isEmpty() ? Optional.empty() : Optional.of(new SmtpMailSender.Settings(host,
                smtp.get("port").asInt().orElse(587), smtp.get("from").asString().orElse("").strip(),
                smtp.get("username").asString().orElse("").strip(), smtp.get("password").asString().orElse(""),
                smtp.get("starttls").asBoolean().orElse(true), smtp.get("ssl").asBoolean().orElse(false),
                Duration.ofMillis(smtp.get("timeout-ms").asLong().orElse(10_000L))));
        return new NotificationSettings(dispatch, mail);
    }
}
