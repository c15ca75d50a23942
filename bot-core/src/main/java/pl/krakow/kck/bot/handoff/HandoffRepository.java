package pl.krakow.kck.bot.handoff;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.Jdbc;
import pl.krakow.kck.bot.storage.Row;
import pl.krakow.kck.bot.storage.StorageException;

/**
 * Handoff cases and their notes. Every change of owner is one conditional UPDATE ({@code ... WHERE id = ?
 * AND state = ?}) whose row count says whether it happened, so two consultants can never both claim a case
 * and nothing changes a case that someone else has just changed. Opening relies on the unique
 * {@code open_conversation} column: a second open case for the same conversation is refused by the database.
 */
public final class HandoffRepository {

    private static final String SELECT = "SELECT id, conversation_id, state, mode, reason, consultant, contact_phone, contact_email, "
            + "message, resolution, requested_at, due_at, claimed_at, closed_at FROM handoff ";
    private static final String QUEUE_ORDER = "WHERE state = 'queued' ORDER BY mode DESC, due_at, id";
    private static final String READ_FAILED = "cannot read handoff cases";
    private static final String CHANGE_FAILED = "cannot change a handoff case";

    private final Jdbc jdbc;
    private final Clock clock;

    public HandoffRepository(Database database, Clock clock) {
        this.jdbc = new Jdbc(database);
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
        OffsetDateTime now = Jdbc.now(clock);
        long id;
        try {
            id = jdbc.connection("cannot open a handoff case for conversation " + request.conversationId(), c -> Jdbc.insert(c,
                    "INSERT INTO handoff (conversation_id, open_conversation, state, mode, reason, contact_phone, contact_email, "
                            + "message, requested_at, due_at) VALUES (?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?)",
                    request.conversationId(), request.conversationId(), request.mode().wire(), request.reason().wire(),
                    request.contact() == null ? null : request.contact().phone(),
                    request.contact() == null ? null : request.contact().email(), request.message(), now,
                    request.dueAt() == null ? now : Jdbc.at(request.dueAt())));
        } catch (StorageException e) {
            if (Jdbc.uniqueViolation(e)) {
                return Optional.empty();
            }
            throw e;
        }
        return find(id);
    }

    public Optional<HandoffCase> find(long id) {
        return jdbc.first(READ_FAILED, SELECT + "WHERE id = ?", HandoffRepository::handoff, id);
    }

    /** The conversation's open case: present exactly when the bot does not own the conversation. */
    public Optional<HandoffCase> openFor(String conversationId) {
        return jdbc.first(READ_FAILED, SELECT + "WHERE open_conversation = ?", HandoffRepository::handoff, conversationId);
    }

    /** Every case of a conversation, oldest first. */
    public List<HandoffCase> forConversation(String conversationId) {
        return jdbc.list(READ_FAILED, SELECT + "WHERE conversation_id = ? ORDER BY id", HandoffRepository::handoff, conversationId);
    }

    /** Every open case and those closed since {@code since}: what may have changed while a node was not listening. */
    public List<HandoffCase> openOrClosedSince(Instant since) {
        return jdbc.list(READ_FAILED, SELECT + "WHERE state <> 'closed' OR closed_at >= ? ORDER BY id", HandoffRepository::handoff,
                Jdbc.at(since));
    }

    /** queued → consultant; false when the case is not (or no longer) in the queue. */
    public boolean claim(long id, String consultant) {
        return changed("UPDATE handoff SET state = 'consultant', consultant = ?, claimed_at = ? WHERE id = ? AND state = 'queued'",
                consultant, Jdbc.now(clock), id);
    }

    /** consultant {@code from} → consultant {@code to}; false unless {@code from} owns the case. */
    public boolean transfer(long id, String from, String to) {
        return changed("UPDATE handoff SET consultant = ? WHERE id = ? AND state = 'consultant' AND consultant = ?", to, id, from);
    }

    /** consultant {@code by} → closed; false unless {@code by} owns the case. */
    public boolean close(long id, String by, Resolution resolution) {
        return changed("UPDATE handoff SET state = 'closed', open_conversation = NULL, resolution = ?, closed_at = ? "
                + "WHERE id = ? AND state = 'consultant' AND consultant = ?", resolution.wire(), Jdbc.now(clock), id, by);
    }

    /** queued → closed (the resident withdrew, or the consultants' side failed); false unless still queued. */
    public boolean closeQueued(long id, Resolution resolution) {
        return changed("UPDATE handoff SET state = 'closed', open_conversation = NULL, resolution = ?, closed_at = ? "
                + "WHERE id = ? AND state = 'queued'", resolution.wire(), Jdbc.now(clock), id);
    }

    /** The queue: live cases first, then callbacks, each by due time and arrival. */
    public List<HandoffCase> queued() {
        return jdbc.list(READ_FAILED, SELECT + QUEUE_ORDER, HandoffRepository::handoff);
    }

    /** One page of the queue, in the order of {@link #queued()}. */
    public List<HandoffCase> queued(int offset, int limit) {
        return jdbc.list(READ_FAILED, SELECT + QUEUE_ORDER + " OFFSET ? ROWS FETCH FIRST ? ROWS ONLY", HandoffRepository::handoff,
                Math.max(0, offset), Math.max(1, limit));
    }

    /** How many cases wait in the queue, live and callbacks. */
    public int queuedCount() {
        return jdbc.first(READ_FAILED, "SELECT COUNT(*) AS waiting FROM handoff WHERE state = 'queued'", row -> row.integer("waiting"))
                .orElse(0);
    }

    /** How many callback requests wait, and how many of them for this phone number. */
    public WaitingCallbacks waitingCallbacks(String phone) {
        return jdbc.first(READ_FAILED, "SELECT COUNT(*) AS waiting, COALESCE(SUM(CASE WHEN contact_phone = ? THEN 1 ELSE 0 END), 0) AS same "
                        + "FROM handoff WHERE state = 'queued' AND mode = 'callback'",
                row -> new WaitingCallbacks(row.integer("waiting"), row.integer("same")), phone == null ? "" : phone)
                .orElse(new WaitingCallbacks(0, 0));
    }

    /** @param forNumber of them, waiting to call the same number back */
    public record WaitingCallbacks(int all, int forNumber) {
    }

    /** Cases a consultant has now. */
    public List<HandoffCase> ownedBy(String consultant) {
        return jdbc.list(READ_FAILED, SELECT + "WHERE state = 'consultant' AND consultant = ? ORDER BY claimed_at, id",
                HandoffRepository::handoff, consultant);
    }

    /** Every case with a consultant now (what a supervisor watches). */
    public List<HandoffCase> withConsultants() {
        return jdbc.list(READ_FAILED, SELECT + "WHERE state = 'consultant' ORDER BY claimed_at, id", HandoffRepository::handoff);
    }

    /** The most recently closed cases. */
    public List<HandoffCase> recentlyClosed(int limit) {
        return jdbc.list(READ_FAILED, SELECT + "WHERE state = 'closed' ORDER BY closed_at DESC, id DESC FETCH FIRST "
                + Math.max(1, limit) + " ROWS ONLY", HandoffRepository::handoff);
    }

    /** 1-based place of a queued live case among the queued live cases; 0 for anything else. */
    public int position(HandoffCase handoff) {
        if (handoff.state() != HandoffState.QUEUED || handoff.mode() != HandoffMode.LIVE) {
            return 0;
        }
        return jdbc.first("cannot count the queue", "SELECT COUNT(*) AS ahead FROM handoff WHERE state = 'queued' AND mode = 'live' "
                        + "AND (due_at < ? OR (due_at = ? AND id < ?))", row -> row.integer("ahead"),
                handoff.dueAt(), handoff.dueAt(), handoff.id()).orElse(0) + 1;
    }

    public HandoffNote addNote(long caseId, String author, String body) {
        OffsetDateTime now = Jdbc.now(clock);
        long id = jdbc.connection("cannot add a note to case " + caseId, c -> Jdbc.insert(c,
                "INSERT INTO handoff_note (handoff_id, author, body, created_at) VALUES (?, ?, ?, ?)", caseId, author, body, now));
        return new HandoffNote(id, caseId, author, body, now);
    }

    public List<HandoffNote> notes(long caseId) {
        return jdbc.list("cannot read the notes of case " + caseId,
                "SELECT id, handoff_id, author, body, created_at FROM handoff_note WHERE handoff_id = ? ORDER BY id",
                row -> new HandoffNote(row.number("id"), row.number("handoff_id"), row.string("author"), row.string("body"),
                        row.time("created_at")), caseId);
    }

    private boolean changed(String sql, Object... parameters) {
        return jdbc.update(CHANGE_FAILED, sql, parameters) == 1;
    }

    private static HandoffCase handoff(Row row) throws SQLException {
        String resolution = row.string("resolution");
        return new HandoffCase(row.number("id"), row.string("conversation_id"), HandoffState.fromWire(row.string("state")),
                HandoffMode.fromWire(row.string("mode")), HandoffReason.fromWire(row.string("reason")), row.string("consultant"),
                row.string("contact_phone"), row.string("contact_email"), row.string("message"),
                resolution == null ? null : Resolution.fromWire(resolution).orElse(Resolution.OTHER),
                row.time("requested_at"), row.time("due_at"), row.time("claimed_at"), row.time("closed_at"));
    }
}
