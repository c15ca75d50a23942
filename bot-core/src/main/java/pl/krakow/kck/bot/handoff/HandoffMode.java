package pl.krakow.kck.bot.handoff;

import java.util.Locale;

/** A live chat with a consultant now, or a callback (phone or e-mail) when the infoline opens. */
public enum HandoffMode {
    LIVE("rozmowa na żywo"), CALLBACK("prośba o kontakt");

    private final String label;

    HandoffMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HandoffMode fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
