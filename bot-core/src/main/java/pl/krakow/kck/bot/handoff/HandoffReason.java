package pl.krakow.kck.bot.handoff;

import java.util.Locale;

/** Why a conversation is handed to a consultant; the label is what the consultant reads. */
public enum HandoffReason {
    EXPLICIT_REQUEST("Prośba o rozmowę z konsultantem"),
    REPEATED_MISSES("Asystent kilka razy nie znalazł odpowiedzi"),
    COMPLAINT("Skarga"),
    PERSONAL_CASE("Sprawa indywidualna – potrzebny dostęp do akt"),
    FRUSTRATION("Mieszkaniec jest zdenerwowany");

    private final String label;

    HandoffReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static HandoffReason fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
