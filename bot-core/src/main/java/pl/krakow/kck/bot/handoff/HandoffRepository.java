package pl.krakow.kck.bot.handoff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.StorageException;

/**
 * Handoff cases and their notes. Every change of owner is one conditional UPDATE ({@code ... WHERE id = ?
 * AND state = ?}) whose row count says whether it happened, so two consultants can never both claim a case
 * and nothing changes a case that someone else has just changed. Opening relies on the unique
 * {@code open_conversation} column: a second open case for the same conversation is refused by the database.
 */
public final class HandoffRepository {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "id, conversation_id, state, mode, reason, consultant, contact_phone, contact_email, "
            + "message, resolution, requested_at, due_at, claimed_at, closed_at";

    private final Database database;
    private final Clock clock;

    public HandoffRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** What a new case starts with; {@code dueAt} null means at once. */
    public record NewCase(String conversationId, HandoffMode mode, HandoffReason reason, ContactDetails contact,
                          String message, Instant dueAt) {
    }

    /**
     * Opens a case in the queue: the conversation leaves the bot. Empty when the conversation already has an
     * open case (another request won the race).
     */
    public Optional<HandoffCase> open(NewCase request) {
        OffsetDateTime now = now();
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO handoff (conversation_id, open_conversation, state, mode, reason, contact_phone, contact_email, "
                             + "message, requested_at, due_at) VALUES (?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, request.conversationId());
            insert.setString(2, request.conversationId());
            insert.setString(3, request.mode().wire());
            insert.setString(4, request.reason().wire());
            nullable(insert, 5, request.contact() == null ? null : request.contact().phone());
            nullable(insert, 6, request.contact() == null ? null : request.contact().email());
            nullable(insert, 7, request.message());
            insert.setObject(8, now);
            insert.setObject(9, at(request.dueAt() == null ? now.toInstant() : request.dueAt()));
            insert.executeUpdate();
            long id;
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            return find(id);
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return Optional.empty();
            }
            throw new StorageException("cannot open a handoff case for conversation " + request.conversationId(), e);
        }
    }

    public Optional<HandoffCase> find(long id) {
        return one("SELECT " + COLUMNS + " FROM handoff WHERE id = ?", ps -> ps.setLong(1, id));
    }

    /** The conversation's open case: present exactly when the bot does not own the conversation. */
    public Optional<HandoffCase> openFor(String conversationId) {
        return one("SELECT " + COLUMNS + " FROM handoff WHERE open_conversation = ?", ps -> ps.setString(1, conversationId));
    }

    /** Every case of a conversation, oldest first. */
    public List<HandoffCase> forConversation(String conversationId) {
        return list("SELECT " + COLUMNS + " FROM handoff WHERE conversation_id = ? ORDER BY id", ps -> ps.setString(1, conversationId));
    }

    /** Every open case and those closed since {@code since}: what may have changed while a node was not listening. */
    public List<HandoffCase> openOrClosedSince(Instant since) {
        return list("SELECT " + COLUMNS + " FROM handoff WHERE state <> 'closed' OR closed_at >= ? ORDER BY id",
                ps -> ps.setObject(1, at(since)));
    }

    /** queued → consultant; false when the case is not (or no longer) in the queue. */
    public boolean claim(long id, String consultant) {
        return update("UPDATE handoff SET state = 'consultant', consultant = ?, claimed_at = ? WHERE id = ? AND state = 'queued'",
                ps -> {
                    ps.setString(1, consultant);
                    ps.setObject(2, now());
                    ps.setLong(3, id);
                });
    }

    /** consultant {@code from} → consultant {@code to}; false unless {@code from} owns the case. */
    public boolean transfer(long id, String from, String to) {
        return update("UPDATE handoff SET consultant = ? WHERE id = ? AND state = 'consultant' AND consultant = ?", ps -> {
            ps.setString(1, to);
            ps.setLong(2, id);
            ps.setString(3, from);
        });
    }

    /** consultant {@code by} → closed; false unless {@code by} owns the case. */
    public boolean close(long id, String by, Resolution resolution) {
        return update("UPDATE handoff SET state = 'closed', open_conversation = NULL, resolution = ?, closed_at = ? "
                + "WHERE id = ? AND state = 'consultant' AND consultant = ?", ps -> {
                    ps.setString(1, resolution.wire());
                    ps.setObject(2, now());
                    ps.setLong(3, id);
                    ps.setString(4, by);
                });
    }

    /** queued → closed (the resident withdrew, or the consultants' side failed); false unless still queued. */
    public boolean closeQueued(long id, Resolution resolution) {
        return update("UPDATE handoff SET state = 'closed', open_conversation = NULL, resolution = ?, closed_at = ? "
                + "WHERE id = ? AND state = 'queued'", ps -> {
                    ps.setString(1, resolution.wire());
                    ps.setObject(2, now());
                    ps.setLong(3, id);
                });
    }

    /** The queue: live cases first, then callbacks, each by due time and arrival. */
    public List<HandoffCase> queued() {
        return list("SELECT " + COLUMNS + " FROM handoff WHERE state = 'queued' ORDER BY mode DESC, due_at, id", ps -> {
        });
    }

    /** Cases a consultant has now. */
    public List<HandoffCase> ownedBy(String consultant) {
        return list("SELECT " + COLUMNS + " FROM handoff WHERE state = 'consultant' AND consultant = ? ORDER BY claimed_at, id",
                ps -> ps.setString(1, consultant));
    }

    /** Every case with a consultant now (what a supervisor watches). */
    public List<HandoffCase> withConsultants() {
        return list("SELECT " + COLUMNS + " FROM handoff WHERE state = 'consultant' ORDER BY claimed_at, id", ps -> {
        });
    }

    /** The most recently closed cases. */
    public List<HandoffCase> recentlyClosed(int limit) {
        return list("SELECT " + COLUMNS + " FROM handoff WHERE state = 'closed' ORDER BY closed_at DESC, id DESC FETCH FIRST "
                + Math.max(1, limit) + " ROWS ONLY", ps -> {
        });
    }

    /** 1-based place of a queued live case among the queued live cases; 0 for anything else. */
    public int position(HandoffCase handoff) {
        if (handoff.state() != HandoffState.QUEUED || handoff.mode() != HandoffMode.LIVE) {
            return 0;
        }
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM handoff WHERE state = 'queued' AND mode = 'live' "
                     + "AND (due_at < ? OR (due_at = ? AND id < ?))")) {
            count.setObject(1, handoff.dueAt());
            count.setObject(2, handoff.dueAt());
            count.setLong(3, handoff.id());
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1) + 1;
            }
        } catch (SQLException e) {
            throw new StorageException("cannot count the queue", e);
        }
    }

    public HandoffNote addNote(long caseId, String author, String body) {
        OffsetDateTime now = now();
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO handoff_note (handoff_id, author, body, created_at) VALUES (?, ?, ?, ?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, caseId);
            insert.setString(2, author);
            insert.setString(3, body);
            insert.setObject(4, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new HandoffNote(keys.getLong(1), caseId, author, body, now);
            }
        } catch (SQLException e) {
            throw new StorageException("cannot add a note to case " + caseId, e);
        }
    }

    public List<HandoffNote> notes(long caseId) {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT id, handoff_id, author, body, created_at FROM handoff_note WHERE handoff_id = ? ORDER BY id")) {
            select.setLong(1, caseId);
            List<HandoffNote> notes = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    notes.add(new HandoffNote(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                            row.getObject(5, OffsetDateTime.class)));
                }
            }
            return notes;
        } catch (SQLException e) {
            throw new StorageException("cannot read the notes of case " + caseId, e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private boolean update(String sql, Binder binder) {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            binder.bind(update);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StorageException("cannot change a handoff case", e);
        }
    }

    private Optional<HandoffCase> one(String sql, Binder binder) {
        List<HandoffCase> found = list(sql, binder);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    private List<HandoffCase> list(String sql, Binder binder) {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            binder.bind(select);
            List<HandoffCase> cases = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    cases.add(handoff(row));
                }
            }
            return cases;
        } catch (SQLException e) {
            throw new StorageException("cannot read handoff cases", e);
        }
    }

    private static HandoffCase handoff(ResultSet row) throws SQLException {
        String resolution = row.getString(10);
        return new HandoffCase(row.getLong(1), row.getString(2), HandoffState.fromWire(row.getString(3)),
                HandoffMode.fromWire(row.getString(4)), HandoffReason.fromWire(row.getString(5)), row.getString(6),
                row.getString(7), row.getString(8), row.getString(9),
                resolution == null ? null : Resolution.fromWire(resolution).orElse(Resolution.OTHER),
                row.getObject(11, OffsetDateTime.class), row.getObject(12, OffsetDateTime.class),
                row.getObject(13, OffsetDateTime.class), row.getObject(14, OffsetDateTime.class));
    }

    private static void nullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private OffsetDateTime now() {
        return at(clock.instant());
    }

    /** Microsecond precision in UTC: what both databases keep. */
    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
