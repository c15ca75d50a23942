package pl.krakow.kck.bot.handoff;

import java.time.OffsetDateTime;

/**
 * One handover of a conversation to the consultants, from the request until it is closed.
 *
 * @param consultant the login of the consultant who has (or last had) the case; null before a claim
 * @param message    what the resident wrote with a callback request, or null
 * @param resolution how it ended, once closed; else null
 * @param dueAt      from when a consultant is expected to take it: at once for live cases, the next opening
 *                   of the infoline for callbacks taken after hours
 */
public record HandoffCase(long id, String conversationId, HandoffState state, HandoffMode mode, HandoffReason reason,
                          String consultant, String contactPhone, String contactEmail, String message, Resolution resolution,
                          OffsetDateTime requestedAt, OffsetDateTime dueAt, OffsetDateTime claimedAt, OffsetDateTime closedAt) {

    public boolean isOpen() {
        return state != HandoffState.CLOSED;
    }

    /** The same case with personal data taken out of the contact and the message (exports to others than its consultant). */
    public HandoffCase redacted(java.util.function.UnaryOperator<String> redactor) {
        return new HandoffCase(id, conversationId, state, mode, reason, consultant, contactPhone == null ? null : redactor.apply(contactPhone),
                contactEmail == null ? null : redactor.apply(contactEmail), message == null ? null : redactor.apply(message), resolution,
                requestedAt, dueAt, claimedAt, closedAt);
    }

    public boolean isOwnedBy(String login) {
        return state == HandoffState.CONSULTANT && login != null && login.equals(consultant);
    }
}
