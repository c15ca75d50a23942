package pl.krakow.kck.bot.reports;

import java.time.OffsetDateTime;

/** A status change or note on a report, as the city posted it (or the assistant, on filing). */
public record ReportNote(String status, String note, String author, OffsetDateTime createdAt) {
}
