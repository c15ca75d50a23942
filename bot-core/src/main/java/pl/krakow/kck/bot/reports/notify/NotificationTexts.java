package pl.krakow.kck.bot.reports.notify;

import pl.krakow.kck.bot.reports.Report;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/** What a notification says, in the conversation and by e-mail, from the reports message catalogue. */
final class NotificationTexts {

    String message(NotificationOutbox.Entry entry) {
        return Messages.text(Lang.resident(), "reports.notify-message", entry.number(), entry.serviceName(), status(entry))
                + notes(entry) + "\n\n" + Messages.text(Lang.resident(), "reports.notify-stop-hint");
    }

    String subject(NotificationOutbox.Entry entry) {
        return Messages.text(Lang.resident(), "reports.notify-subject", entry.number(), status(entry));
    }

    String mail(NotificationOutbox.Entry entry) {
        return Messages.text(Lang.resident(), "reports.notify-mail", entry.number(), entry.serviceName(), status(entry),
                entry.note() == null ? Messages.text(Lang.resident(), "reports.notify-no-notes") : entry.note());
    }

    private static String status(NotificationOutbox.Entry entry) {
        return Messages.text(Lang.resident(), Report.CLOSED.equals(entry.status()) ? "reports.status-closed" : "reports.status-open");
    }

    private static String notes(NotificationOutbox.Entry entry) {
        return entry.note() == null ? "" : "\n" + Messages.text(Lang.resident(), "reports.status-notes", entry.note());
    }
}
