package pl.krakow.kck.bot.handoff;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/** How a handoff case ended. Consultants pick one of the {@link #selectable()} codes when they close a case. */
public enum Resolution {
    INFORMED(true),
    FORWARDED(true),
    REPORT_REGISTERED(true),
    COMPLAINT_REGISTERED(true),
    CONTACTED(true),
    NO_CONTACT(true),
    OUT_OF_SCOPE(true),
    OTHER(true),
    /** The resident withdrew before a consultant took the case. */
    WITHDRAWN(false),
    /** The consultants' side could not take the case. */
    FAILED(false);

    private final boolean selectable;

    Resolution(boolean selectable) {
        this.selectable = selectable;
    }

    /** What the consultant reads (catalogue console.resolution.*). */
    public String label() {
        return Messages.text(Lang.PL, "console.resolution." + wire());
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
