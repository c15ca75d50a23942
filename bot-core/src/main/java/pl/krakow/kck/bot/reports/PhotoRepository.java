package pl.krakow.kck.bot.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.StorageException;

/** Photos attached to reports, stored after {@link PhotoSanitizer} has removed their metadata. */
public final class PhotoRepository {

    /** A stored photo. */
    public record Photo(long id, String conversationId, String contentType, byte[] bytes, int width, int height) {
    }

    private final Database database;
    private final Clock clock;

    public PhotoRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public long store(String conversationId, PhotoSanitizer.Clean photo) {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO report_photo (conversation_id, content_type, size_bytes, "
                     + "width, height, bytes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, conversationId);
            insert.setString(2, photo.contentType());
            insert.setInt(3, photo.bytes().length);
            insert.setInt(4, photo.width());
            insert.setInt(5, photo.height());
            insert.setBytes(6, photo.bytes());
            insert.setObject(7, DraftRepository.now(clock));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new StorageException("cannot store a photo of " + conversationId, e);
        }
    }

    /** Photos stored for a conversation. */
    public int count(String conversationId) {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM report_photo WHERE conversation_id = ?")) {
            select.setString(1, conversationId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new StorageException("cannot count the photos of " + conversationId, e);
        }
    }

    public Optional<Photo> find(long id) {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT id, conversation_id, content_type, bytes, width, height FROM report_photo WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new Photo(row.getLong(1), row.getString(2), row.getString(3), row.getBytes(4), row.getInt(5), row.getInt(6)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read photo " + id, e);
        }
    }

    /** Whether the photo was uploaded in this conversation (a resident cannot attach another's photo). */
    boolean belongsTo(long id, String conversationId) {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT 1 FROM report_photo WHERE id = ? AND conversation_id = ?")) {
            select.setLong(1, id);
            select.setString(2, conversationId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read photo " + id, e);
        }
    }
}
