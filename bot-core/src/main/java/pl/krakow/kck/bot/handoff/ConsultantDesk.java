package pl.krakow.kck.bot.handoff;

import pl.krakow.kck.bot.storage.StoredMessage;

/**
 * The consultants' side of the handover protocol, as the assistant calls it. The assistant initiates a
 * handover with the context and the transcript and gets back {@link Initiation.Accepted} (the case waits for
 * a consultant) or {@link Initiation.Failed}; from then on the consultants' side reports through
 * {@link ResidentSide} (accepted by a consultant, messages, transferred, completed). The built-in console
 * ({@link QueueDesk}) is one implementation; an external contact-centre system would be another. See
 * docs/handoff-protocol.md.
 */
public interface ConsultantDesk {

    /** Offers a conversation to the consultants; must not block for long (it runs in the resident's request). */
    Initiation initiate(HandoffRequest request);

    /** The resident wrote while the case is open (the message is already in the transcript). */
    void residentWrote(HandoffCase handoff, StoredMessage message);

    /** The resident withdrew a case that no consultant had taken yet. */
    void withdrawn(HandoffCase handoff);
}
