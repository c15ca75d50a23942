package pl.krakow.kck.bot.reports;

import java.time.Clock;
import java.util.Optional;

import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.Jdbc;

/** Photos attached to reports, stored after {@link PhotoSanitizer} has removed their metadata. */
public final class PhotoRepository {

    /** A stored photo. */
    public record Photo(long id, String conversationId, String contentType, byte[] bytes, int width, int height) {
    }

    private final Jdbc jdbc;
    private final Clock clock;

    public PhotoRepository(Database database, Clock clock) {
        this.jdbc = new Jdbc(database);
        this.clock = clock;
    }

    public long store(String conversationId, PhotoSanitizer.Clean photo) {
        return jdbc.connection("cannot store a photo of " + conversationId, c -> Jdbc.insert(c,
                "INSERT INTO report_photo (conversation_id, content_type, size_bytes, width, height, bytes, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", conversationId, photo.contentType(), photo.bytes().length, photo.width(),
                photo.height(), photo.bytes(), Jdbc.now(clock)));
    }

    /** Photos stored for a conversation. */
    public int count(String conversationId) {
        return jdbc.first("cannot count the photos of " + conversationId,
                "SELECT COUNT(*) AS photos FROM report_photo WHERE conversation_id = ?", row -> row.integer("photos"),
                conversationId).orElse(0);
    }

    public Optional<Photo> find(long id) {
        return jdbc.first("cannot read photo " + id,
                "SELECT id, conversation_id, content_type, bytes, width, height FROM report_photo WHERE id = ?",
                row -> new Photo(row.number("id"), row.string("conversation_id"), row.string("content_type"), row.bytes("bytes"),
                        row.integer("width"), row.integer("height")), id);
    }

    /** Whether the photo was uploaded in this conversation (a resident cannot attach another's photo). */
    boolean belongsTo(long id, String conversationId) {
        return jdbc.first("cannot read photo " + id, "SELECT 1 AS found FROM report_photo WHERE id = ? AND conversation_id = ?",
                row -> true, id, conversationId).isPresent();
    }
}
