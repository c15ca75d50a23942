package pl.krakow.kck.bot.reports;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.Jdbc;

/** The report draft of each conversation (at most one), saved after every turn of the form. */
final class DraftRepository {

    /** A draft as stored, with when it last changed. */
    record Stored(ReportDraft draft, OffsetDateTime updatedAt) {
    }

    private final Jdbc jdbc;
    private final Clock clock;

    DraftRepository(Database database, Clock clock) {
        this.jdbc = new Jdbc(database);
        this.clock = clock;
    }

    Optional<Stored> find(String conversationId) {
        return jdbc.first("cannot read the report draft of " + conversationId,
                "SELECT data, updated_at FROM report_draft WHERE conversation_id = ?",
                row -> new Stored(ReportDraft.fromJson(row.string("data")), row.time("updated_at")), conversationId);
    }

    void save(String conversationId, ReportDraft draft) {
        jdbc.connection("cannot save the report draft of " + conversationId, c -> {
            write(c, conversationId, draft.id(), draft.toJson(), Jdbc.now(clock));
            return null;
        });
    }

    void delete(String conversationId) {
        jdbc.update("cannot delete the report draft of " + conversationId, "DELETE FROM report_draft WHERE conversation_id = ?",
                conversationId);
    }

    /** Inserts or replaces, on the caller's connection (and transaction, if one is open). */
    static void write(Connection c, String conversationId, String draftId, String json, OffsetDateTime now) throws SQLException {
        if (Jdbc.execute(c, "UPDATE report_draft SET draft_id = ?, data = ?, updated_at = ? WHERE conversation_id = ?",
                draftId, json, now, conversationId) == 0) {
            Jdbc.execute(c, "INSERT INTO report_draft (conversation_id, draft_id, data, updated_at) VALUES (?, ?, ?, ?)",
                    conversationId, draftId, json, now);
        }
    }
}
