package pl.krakow.kck.bot.handoff;

import java.time.OffsetDateTime;
import java.util.Optional;

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

    /** Who sees the case: a supervisor every case, a consultant the queue and the cases they have (or had). */
    public boolean isVisibleTo(Consultant who) {
        return who.isSupervisor() || state == HandoffState.QUEUED || who.login().equals(consultant);
    }

    /**
     * In whose name {@code who} may transfer or close the case: the owner in their own, a supervisor in the
     * name of the consultant who has it; empty when {@code who} may do neither.
     */
    public Optional<String> actingOwner(Consultant who) {
        if (isOwnedBy(who.login())) {
            return Optional.of(who.login());
        }
        return who.isSupervisor() && state == HandoffState.CONSULTANT ? Optional.of(consultant) : Optional.empty();
    }
}
