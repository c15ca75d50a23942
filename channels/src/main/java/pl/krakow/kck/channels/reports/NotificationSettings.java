package pl.krakow.kck.channels.reports;

import java.time.Duration;
import java.util.Optional;

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
            throw new IllegalArgumentException("kck.notifications.poll-interval must be more than 0");
        }
    }

}
