package pl.krakow.kck.bot.reports;

import java.util.List;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/** How a draft's answers read in questions and in the summary. */
final class DraftLabels {

    private DraftLabels() {
    }

    /** "jan@example.pl (zgoda na kontakt)"; null when no contact was given. */
    static String contact(ReportDraft draft) {
        if (draft.email() == null && draft.phone() == null) {
            return null;
        }
        String contact = new ContactParser.Contact(draft.email(), draft.phone()).label();
        return draft.consent() ? Messages.text(Lang.resident(), "reports.contact-consented", contact) : contact;
    }

    /** The values' names ("Gruz, Opony") or the typed value; null when not answered. */
    static String attribute(CategoryAttribute attribute, List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (!attribute.datatype().isList()) {
            return String.join(", ", values);
        }
        return String.join(", ", values.stream().map(k -> attribute.value(k).map(CategoryAttribute.Value::name).orElse(k)).toList());
    }

    /** A question shortened to a label: "Ile latarni nie działa?" → "Ile latarni nie działa". */
    static String shortLabel(String question) {
        String label = question.replaceAll("\\s*\\([^)]*\\)", "").replaceAll("\\?.*$", "").strip();
        return label.length() > 60 ? label.substring(0, 57) + "…" : label;
    }
}
