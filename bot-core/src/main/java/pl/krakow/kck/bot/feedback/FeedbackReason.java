package pl.krakow.kck.bot.feedback;

import java.util.Arrays;
import java.util.Optional;

/** Why a resident found a reply unhelpful; optional. */
public enum FeedbackReason {
    /** "nie na temat" */
    OFF_TOPIC("off-topic"),
    /** "nieaktualne" */
    OUTDATED("outdated"),
    /** "niejasne" */
    UNCLEAR("unclear");

    private final String wire;

    FeedbackReason(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<FeedbackReason> fromWire(String value) {
        return Arrays.stream(values()).filter(r -> r.wire.equals(value)).findFirst();
    }
}
