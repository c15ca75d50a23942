package pl.krakow.kck.bot.handoff;

import java.util.Optional;

import pl.krakow.kck.bot.storage.StoredMessage;

/**
 * The assistant's side of the handover protocol: what the consultants' side calls once a case has been
 * initiated. Each call is one atomic transition of the case; false means it did not happen because the case
 * is not in the state the call needs (already claimed, closed, or owned by someone else).
 */
public interface ResidentSide {

    /** A consultant took the case (queued → consultant); the resident is told. */
    boolean accepted(long caseId, String consultant, String consultantName);

    /** The owning consultant wrote to the resident: stored in the transcript and delivered to the resident's channel. */
    Optional<StoredMessage> consultantWrote(long caseId, String consultant, String text);

    /** The owning consultant handed the case to another consultant; the resident is told. */
    boolean transferred(long caseId, String from, String to, String toName);

    /** The owning consultant closed the case (consultant → closed); the resident is back with the assistant and told so. */
    boolean completed(long caseId, String consultant, Resolution resolution);

    /** The consultants' side cannot take a queued case after all (queued → closed); the resident is told to call. */
    boolean failed(long caseId, String reason);
}
