package pl.krakow.kck.bot.reports.notify;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.Jdbc;
import pl.krakow.kck.bot.storage.Row;

/**
 * The notifications of report status changes waiting to go out (table report_notification). They are
 * written by {@link #enqueue} in the transaction that records the change: one for the conversation the
 * report was filed in, one for each conversation that joined it, and one e-mail when the resident left an
 * address and agreed to be contacted — none for a conversation that said "nie powiadamiaj". An entry is
 * claimed before it is sent (its next attempt moved past a lease), so two dispatchers never send it at
 * the same time.
 */
public final class NotificationOutbox {

    /** Where a notification goes. */
    public enum Channel {
        /** A message in the resident's conversation (widget, Telegram). */
        CONVERSATION,
        /** An e-mail to the address the resident left with their consent. */
        EMAIL;

        String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Channel of(String wire) {
            return valueOf(wire.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /**
     * One pending notification with what it tells.
     *
     * @param email for {@link Channel#EMAIL}: the report's address now (null once erased); else null
     */
    public record Entry(long id, long reportId, String number, String serviceName, String status, String note,
                        Channel channel, String conversationId, String email, int attempts) {
    }

    /** What operators watch. */
    public record Summary(int pending, int sent, int skipped, int failing) {
    }

    private static final String PENDING = "pending";
    private static final String SELECT = "SELECT n.id, n.report_id, r.report_number, r.service_name, rn.status, rn.note, n.channel, "
            + "n.conversation_id, r.email, n.attempts FROM report_notification n "
            + "JOIN report r ON r.id = n.report_id JOIN report_note rn ON rn.id = n.note_id ";
    private static final String READ_FAILED = "cannot read the notifications";
    private static final String UPDATE_FAILED = "cannot update the notifications";

    private final Jdbc jdbc;
    private final Clock clock;

    public NotificationOutbox(Database database, Clock clock) {
        this.jdbc = new Jdbc(database);
        this.clock = clock;
    }

    /**
     * Writes the notifications of one change (note {@code noteId} of report {@code reportId}) on the caller's
     * connection, inside its transaction.
     */
    public static void enqueue(Connection c, long reportId, long noteId, OffsetDateTime now) throws SQLException {
        String notStopped = " AND NOT EXISTS (SELECT 1 FROM report_notification_stop s WHERE s.conversation_id = %s)";
        String insert = "INSERT INTO report_notification (report_id, note_id, channel, conversation_id, state, next_attempt_at, "
                + "created_at) ";
        Jdbc.execute(c, insert + "SELECT r.id, ?, 'conversation', r.conversation_id, 'pending', ?, ? FROM report r "
                + "WHERE r.id = ? AND r.conversation_id IS NOT NULL" + notStopped.formatted("r.conversation_id"),
                noteId, now, now, reportId);
        Jdbc.execute(c, insert + "SELECT DISTINCT ?, ?, 'conversation', p.conversation_id, 'pending', ?, ? FROM report_supporter p "
                + "JOIN report r ON r.id = p.report_id WHERE p.report_id = ? AND p.conversation_id IS NOT NULL "
                + "AND (r.conversation_id IS NULL OR p.conversation_id <> r.conversation_id)" + notStopped.formatted("p.conversation_id"),
                reportId, noteId, now, now, reportId);
        Jdbc.execute(c, insert + "SELECT r.id, ?, 'email', r.conversation_id, 'pending', ?, ? FROM report r "
                + "WHERE r.id = ? AND r.email IS NOT NULL AND r.consent_at IS NOT NULL"
                + " AND (r.conversation_id IS NULL OR NOT EXISTS (SELECT 1 FROM report_notification_stop s "
                + "WHERE s.conversation_id = r.conversation_id))",
                noteId, now, now, reportId);
    }

    /** Pending notifications whose next attempt is due, oldest first. */
    public List<Entry> due(int limit) {
        return jdbc.list(READ_FAILED, SELECT + "WHERE n.state = 'pending' AND n.next_attempt_at <= ? ORDER BY n.next_attempt_at, n.id",
                limit, NotificationOutbox::entry, now());
    }

    /** The notifications of one report, oldest first (tests, operators). */
    public List<Entry> ofReport(long reportId) {
        return jdbc.list(READ_FAILED, SELECT + "WHERE n.report_id = ? ORDER BY n.id", 1000, NotificationOutbox::entry, reportId);
    }

    /** Takes the entry for one send attempt; false when another dispatcher took it first. */
    boolean claim(Entry entry, Duration lease) {
        return jdbc.update(UPDATE_FAILED, "UPDATE report_notification SET attempts = attempts + 1, next_attempt_at = ? "
                + "WHERE id = ? AND state = 'pending' AND attempts = ?", now().plus(lease), entry.id(), entry.attempts()) == 1;
    }

    /** Marks the entry sent on the caller's connection (inside the transaction that delivers it); false if it was not pending. */
    static boolean sent(Connection c, long id, OffsetDateTime now) throws SQLException {
        return Jdbc.execute(c, "UPDATE report_notification SET state = 'sent', sent_at = ?, last_error = NULL "
                + "WHERE id = ? AND state = 'pending'", now, id) == 1;
    }

    void sent(long id) {
        jdbc.connection(UPDATE_FAILED, c -> sent(c, id, now()));
    }

    /** Nothing to send any more (the resident said "nie powiadamiaj", the address was erased, e-mail is off). */
    void skipped(long id, String why) {
        jdbc.update(UPDATE_FAILED, "UPDATE report_notification SET state = 'skipped', last_error = ? WHERE id = ? AND state = 'pending'",
                why, id);
    }

    void failed(long id, String error, Duration retryIn) {
        jdbc.update(UPDATE_FAILED, "UPDATE report_notification SET last_error = ?, next_attempt_at = ? WHERE id = ? AND state = 'pending'",
                error.length() > 1000 ? error.substring(0, 1000) : error, now().plus(retryIn), id);
    }

    /** "nie powiadamiaj": no more notifications for this conversation, and those waiting are dropped. */
    public void stop(String conversationId) {
        jdbc.transaction("cannot stop notifications of " + conversationId, c -> {
            if (!stopped(c, conversationId)) {
                Jdbc.execute(c, "INSERT INTO report_notification_stop (conversation_id, created_at) VALUES (?, ?)", conversationId, now());
            }
            return Jdbc.execute(c, "UPDATE report_notification SET state = 'skipped', last_error = 'nie powiadamiaj' "
                    + "WHERE conversation_id = ? AND state = 'pending'", conversationId);
        });
    }

    public boolean stopped(String conversationId) {
        return jdbc.connection("cannot read notification settings", c -> stopped(c, conversationId));
    }

    public Summary summary() {
        record Count(String state, int entries, int tried) {
        }
        List<Count> counts = jdbc.list(READ_FAILED, "SELECT state, COUNT(*) AS entries, "
                + "SUM(CASE WHEN attempts > 0 THEN 1 ELSE 0 END) AS tried FROM report_notification GROUP BY state",
                row -> new Count(row.string("state"), row.integer("entries"), row.integer("tried")));
        int pending = 0;
        int sent = 0;
        int skipped = 0;
        int failing = 0;
        for (Count count : counts) {
            switch (count.state()) {
                case PENDING -> {
                    pending = count.entries();
                    failing = count.tried();
                }
                case "sent" -> sent = count.entries();
                default -> skipped = count.entries();
            }
        }
        return new Summary(pending, sent, skipped, failing);
    }

    Jdbc jdbc() {
        return jdbc;
    }

    OffsetDateTime now() {
        return Jdbc.now(clock);
    }

    Optional<Entry> entry(long id) {
        return jdbc.first(READ_FAILED, SELECT + "WHERE n.id = ?", NotificationOutbox::entry, id);
    }

    private static boolean stopped(Connection c, String conversationId) throws SQLException {
        return Jdbc.first(c, "SELECT 1 AS stopped FROM report_notification_stop WHERE conversation_id = ?", row -> true,
                conversationId).isPresent();
    }

    private static Entry entry(Row row) throws SQLException {
        Channel channel = Channel.of(row.string("channel"));
        return new Entry(row.number("id"), row.number("report_id"), row.string("report_number"), row.string("service_name"),
                row.string("status"), row.string("note"), channel, row.string("conversation_id"),
                channel == Channel.EMAIL ? row.string("email") : null, row.integer("attempts"));
    }
}
