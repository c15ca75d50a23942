package pl.krakow.kck.bot.handoff;

import java.util.Locale;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/** Why a conversation is handed to a consultant; the label is what the consultant reads. */
public enum HandoffReason {
    EXPLICIT_REQUEST,
    REPEATED_MISSES,
    COMPLAINT,
    PERSONAL_CASE,
    FRUSTRATION;

    /** What the consultant reads (catalogue console.reason.*). */
    public String label() {
        return Messages.text(Lang.PL, "console.reason." + wire());
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static HandoffReason fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
