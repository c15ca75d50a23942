package pl.krakow.kck.bot.handoff;

import java.time.OffsetDateTime;

/** An internal note on a case: consultants and supervisors see it, the resident never does. */
public record HandoffNote(long id, long caseId, String author, String body, OffsetDateTime createdAt) {
}
