package pl.krakow.kck.bot.handoff;

import java.util.Locale;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * Where a handoff case is. A conversation is owned by the bot while it has no open case, by the queue
 * while its case is {@link #QUEUED}, and by exactly one consultant while it is {@link #CONSULTANT};
 * {@link #CLOSED} gives it back to the bot.
 */
public enum HandoffState {
    QUEUED, CONSULTANT, CLOSED;

    /** What the consultant reads (catalogue console.state.*). */
    public String label() {
        return Messages.text(Lang.PL, "console.state." + wire());
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HandoffState fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
