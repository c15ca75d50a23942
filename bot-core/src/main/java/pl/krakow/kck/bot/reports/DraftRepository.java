package pl.krakow.kck.bot.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.StorageException;

/** The report draft of each conversation (at most one), saved after every turn of the form. */
final class DraftRepository {

    /** A draft as stored, with when it last changed. */
    record Stored(ReportDraft draft, OffsetDateTime updatedAt) {
    }

    private final Database database;
    private final Clock clock;

    DraftRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    Optional<Stored> find(String conversationId) {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT data, updated_at FROM report_draft WHERE conversation_id = ?")) {
            select.setString(1, conversationId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Stored(ReportDraft.fromJson(row.getString(1)), row.getObject(2, OffsetDateTime.class)));
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read the report draft of " + conversationId, e);
        }
    }

    void save(String conversationId, ReportDraft draft) {
        try (Connection c = database.dataSource().getConnection()) {
            write(c, conversationId, draft.id(), draft.toJson(), now(clock));
        } catch (SQLException e) {
            throw new StorageException("cannot save the report draft of " + conversationId, e);
        }
    }

    void delete(String conversationId) {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM report_draft WHERE conversation_id = ?")) {
            delete.setString(1, conversationId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("cannot delete the report draft of " + conversationId, e);
        }
    }

    /** Inserts or replaces, on the caller's connection (and transaction, if one is open). */
    static void write(Connection c, String conversationId, String draftId, String json, OffsetDateTime now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE report_draft SET draft_id = ?, data = ?, updated_at = ? WHERE conversation_id = ?")) {
            update.setString(1, draftId);
            update.setString(2, json);
            update.setObject(3, now);
            update.setString(4, conversationId);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO report_draft (conversation_id, draft_id, data, updated_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, conversationId);
            insert.setString(2, draftId);
            insert.setString(3, json);
            insert.setObject(4, now);
            insert.executeUpdate();
        }
    }

    /** Microsecond precision in UTC: what both databases keep. */
    static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
