package pl.krakow.kck.bot.reports;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import pl.krakow.kck.bot.reports.notify.NotificationOutbox;
import pl.krakow.kck.bot.storage.Jdbc;

/**
 * A report's status and its notes (table report_note): the city changes the status or adds a note, and the
 * residents who filed or joined the report are notified of it, in the same transaction.
 */
final class ReportStatusChanges {

    private final Jdbc jdbc;
    private final Clock clock;

    ReportStatusChanges(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The new status and/or note of the report; false when there is no such report. */
    boolean update(String number, String status, String note, String author) {
        OffsetDateTime now = Jdbc.now(clock);
        return jdbc.transaction("cannot update report " + number, c -> {
            Optional<Long> id = Jdbc.first(c, "SELECT id FROM report WHERE report_number = ? FOR UPDATE", row -> row.number("id"), number);
            if (id.isEmpty()) {
                return false;
            }
            Jdbc.execute(c, "UPDATE report SET status = ?, status_notes = COALESCE(?, status_notes), updated_at = ? WHERE id = ?",
                    status, Jdbc.orNull(note, Types.VARCHAR), now, id.get());
            long noteId = note(c, id.get(), status, note, author, now);
            NotificationOutbox.enqueue(c, id.get(), noteId, now);
            return true;
        });
    }

    /** The report's status changes and notes, oldest first. */
    List<ReportNote> notes(long reportId) {
        return jdbc.list("cannot read the notes of report " + reportId,
                "SELECT status, note, author, created_at FROM report_note WHERE report_id = ? ORDER BY id",
                row -> new ReportNote(row.string("status"), row.string("note"), row.string("author"), row.time("created_at")),
                reportId);
    }

    /** Writes one note on the caller's connection (and transaction); returns its id. */
    static long note(Connection c, long reportId, String status, String note, String author, OffsetDateTime now)
            throws SQLException {
        return Jdbc.insert(c, "INSERT INTO report_note (report_id, status, note, author, created_at) VALUES (?, ?, ?, ?, ?)",
                reportId, status, note, author, now);
    }
}
