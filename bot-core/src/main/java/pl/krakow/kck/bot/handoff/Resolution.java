package pl.krakow.kck.bot.handoff;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How a handoff case ended. Consultants pick one of the {@link #selectable()} codes when they close a case. */
public enum Resolution {
    INFORMED("Udzielono informacji", true),
    FORWARDED("Przekazano do właściwej komórki urzędu", true),
    REPORT_REGISTERED("Przyjęto zgłoszenie", true),
    COMPLAINT_REGISTERED("Przyjęto skargę", true),
    CONTACTED("Oddzwoniono lub odpisano", true),
    NO_CONTACT("Brak kontaktu z mieszkańcem", true),
    OUT_OF_SCOPE("Sprawa poza kompetencjami miasta", true),
    OTHER("Inne", true),
    /** The resident withdrew before a consultant took the case. */
    WITHDRAWN("Mieszkaniec zrezygnował", false),
    /** The consultants' side could not take the case. */
    FAILED("Nie udało się przekazać", false);

    private final String label;
    private final boolean selectable;

    Resolution(String label, boolean selectable) {
        this.label = label;
        this.selectable = selectable;
    }

    public String label() {
        return label;
    }

    public boolean isSelectable() {
        return selectable;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Resolution> fromWire(String value) {
        return Arrays.stream(values()).filter(r -> r.wire().equals(value)).findFirst();
    }

    public static List<Resolution> selectable() {
        return Arrays.stream(values()).filter(Resolution::isSelectable).toList();
    }
}
