package pl.krakow.kck.bot.privacy;

import java.util.Locale;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/** The export document of {@link SubjectExport} as plain text a resident can read; labels from the catalogue. */
public final class ExportText {

    private final Lang lang;

    /** @param lang the language of the labels (the resident's) */
    public ExportText(Lang lang) {
        this.lang = lang;
    }

    public String render(JsonObject export) {
        StringBuilder out = new StringBuilder();
        JsonObject subject = export.getJsonObject("subject");
        line(out, "privacy.export.title");
        line(out, "privacy.export.subject", subject.getString("by"), subject.getString("value"));
        line(out, "privacy.export.exported", export.getString("exported_at"));
        out.append('\n');
        section(out, "privacy.export.conversations", export, "conversations", c -> {
            line(out, "privacy.export.conversation", c.getString("id"), c.getString("channel"), c.getString("created_at"));
            if (!c.isNull("anonymised_at")) {
                line(out, "privacy.export.anonymised", c.getString("anonymised_at"));
            }
            for (JsonValue value : c.getJsonArray("messages")) {
                JsonObject m = value.asJsonObject();
                out.append("  ").append(m.getString("created_at")).append("  ")
                        .append(text("privacy.export.author." + m.getString("author").toLowerCase(Locale.ROOT))).append(": ")
                        .append(m.getString("body")).append('\n');
            }
        });
        section(out, "privacy.export.reports", export, "reports", r -> {
            line(out, "privacy.export.report", r.getString("report_number"), r.getString("service_name"), r.getString("status"));
            out.append("  ").append(r.getString("description")).append('\n');
            for (String field : new String[] {"address", "email", "phone"}) {
                if (!r.isNull(field)) {
                    out.append("  ").append(field).append(": ").append(r.getString(field)).append('\n');
                }
            }
        });
        section(out, "privacy.export.supports", export, "supports", s -> {
            line(out, "privacy.export.support", s.getString("report_number"), s.getString("created_at"));
            for (String field : new String[] {"comment", "email", "phone"}) {
                if (!s.isNull(field)) {
                    out.append("  ").append(field).append(": ").append(s.getString(field)).append('\n');
                }
            }
        });
        section(out, "privacy.export.cases", export, "cases", h -> {
            line(out, "privacy.export.case", String.valueOf(h.getJsonNumber("id").longValue()), h.getString("reason"),
                    h.getString("state"), h.getString("requested_at"));
            for (String field : new String[] {"contact_phone", "contact_email", "message"}) {
                if (!h.isNull(field)) {
                    out.append("  ").append(field).append(": ").append(h.getString(field)).append('\n');
                }
            }
        });
        line(out, "privacy.export.telegram");
        out.append("  ").append(export.getJsonArray("telegram_chats").isEmpty() ? text("privacy.export.none")
                : export.getJsonArray("telegram_chats").toString()).append('\n');
        return out.toString();
    }

    private void section(StringBuilder out, String title, JsonObject export, String array, java.util.function.Consumer<JsonObject> each) {
        line(out, title);
        if (export.getJsonArray(array).isEmpty()) {
            out.append("  ").append(text("privacy.export.none")).append('\n');
        }
        export.getJsonArray(array).forEach(v -> each.accept(v.asJsonObject()));
        out.append('\n');
    }

    private void line(StringBuilder out, String key, Object... args) {
        out.append(text(key, args)).append('\n');
    }

    private String text(String key, Object... args) {
        return Messages.text(lang, key, args);
    }
}
