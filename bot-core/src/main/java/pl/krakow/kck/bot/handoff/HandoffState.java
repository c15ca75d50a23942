package pl.krakow.kck.bot.handoff;

import java.util.Locale;

/**
 * Where a handoff case is. A conversation is owned by the bot while it has no open case, by the queue
 * while its case is {@link #QUEUED}, and by exactly one consultant while it is {@link #CONSULTANT};
 * {@link #CLOSED} gives it back to the bot.
 */
public enum HandoffState {
    QUEUED("w kolejce"), CONSULTANT("u konsultanta"), CLOSED("zamknięta");

    private final String label;

    HandoffState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HandoffState fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
