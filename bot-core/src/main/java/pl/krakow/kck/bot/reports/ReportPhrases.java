package pl.krakow.kck.bot.reports;

import java.util.Locale;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/** What the report flow says: the catalogue's {@code reports.*} texts, with the few that need assembling. */
final class ReportPhrases {

    private ReportPhrases() {
    }

    static String text(String name, Object... args) {
        return Messages.text(Lang.resident(), "reports." + name, args);
    }

    static String askLocationDetail(String street) {
        return text("ask-location-detail", street);
    }

    static String outsideKrakow(double lat, double lon) {
        return text("outside-krakow", String.format(Locale.ROOT, "%.5f", lat), String.format(Locale.ROOT, "%.5f", lon));
    }

    static String askPhoto(int maxMegabytes) {
        return text("ask-photo", maxMegabytes);
    }

    static String consent(String contact) {
        return text("consent", contact);
    }

    static String currentValue(String value) {
        return text("current-value", value);
    }

    static String joinOption(String number) {
        return text("join-option", number);
    }

    static String submitted(String number, String notice) {
        return text("submitted", number) + (notice == null || notice.isBlank() ? "" : "\n\n" + notice);
    }

    static String joined(String number) {
        return text("joined", number);
    }

    static String alreadyDone(String number) {
        return text("already-done", number);
    }

    static String unknownNumber(String number) {
        return text("unknown-number", number);
    }

    static String statusLabel(String status) {
        return text("closed".equals(status) ? "status-closed" : "status-open");
    }
}
