package pl.krakow.kck.bot.handoff;

import java.time.Duration;

/** The answer of the consultants' side to a handover request. */
public sealed interface Initiation {

    /**
     * The case waits for a consultant.
     *
     * @param position     1-based place in the live queue (0 for a callback)
     * @param expectedWait how long until a consultant is likely to take it (zero for a callback)
     */
    record Accepted(int position, Duration expectedWait) implements Initiation {
    }

    /** The consultants' side cannot take the case; {@code reason} is for the log, not for the resident. */
    record Failed(String reason) implements Initiation {
    }
}
