package pl.krakow.kck.bot.handoff;

import java.util.Locale;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/** A live chat with a consultant now, or a callback (phone or e-mail) when the infoline opens. */
public enum HandoffMode {
    LIVE, CALLBACK;

    /** What the consultant reads (catalogue console.mode.*). */
    public String label() {
        return Messages.text(Lang.PL, "console.mode." + wire());
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HandoffMode fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
