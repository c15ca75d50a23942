package pl.krakow.kck.bot.handoff;

import java.time.OffsetDateTime;

/** An internal note on a case: consultants and supervisors see it, the resident never does. */
public record HandoffNote(long id, long caseId, String author, String body, OffsetDateTime createdAt) {

    /** The same note with personal data taken out of its text. */
    public HandoffNote redacted(java.util.function.UnaryOperator<String> redactor) {
        return new HandoffNote(id, caseId, author, redactor.apply(body), createdAt);
    }
}
