package pl.krakow.kck.bot.storage;

import java.util.Locale;

/** Who wrote a message. */
public enum Author {
    RESIDENT, ASSISTANT, CONSULTANT, SYSTEM;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Author fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
