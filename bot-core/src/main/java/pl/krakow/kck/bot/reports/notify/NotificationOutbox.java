package pl.krakow.kck.bot.reports.notify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.StorageException;

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
    private static final String COLUMNS = "n.id, n.report_id, r.report_number, r.service_name, rn.status, rn.note, n.channel, "
            + "n.conversation_id, r.email, n.attempts";

    private final Database database;
    private final Clock clock;

    public NotificationOutbox(Database database, Clock clock) {
        this.database = database;
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
        execute(c, insert + "SELECT r.id, ?, 'conversation', r.conversation_id, 'pending', ?, ? FROM report r "
                + "WHERE r.id = ? AND r.conversation_id IS NOT NULL" + notStopped.formatted("r.conversation_id"),
                noteId, now, now, reportId);
        execute(c, insert + "SELECT DISTINCT ?, ?, 'conversation', p.conversation_id, 'pending', ?, ? FROM report_supporter p "
                + "JOIN report r ON r.id = p.report_id WHERE p.report_id = ? AND p.conversation_id IS NOT NULL "
                + "AND (r.conversation_id IS NULL OR p.conversation_id <> r.conversation_id)" + notStopped.formatted("p.conversation_id"),
                reportId, noteId, now, now, reportId);
        execute(c, insert + "SELECT r.id, ?, 'email', r.conversation_id, 'pending', ?, ? FROM report r "
                + "WHERE r.id = ? AND r.email IS NOT NULL AND r.consent_at IS NOT NULL"
                + " AND (r.conversation_id IS NULL OR NOT EXISTS (SELECT 1 FROM report_notification_stop s "
                + "WHERE s.conversation_id = r.conversation_id))",
                noteId, now, now, reportId);
    }

    /** Pending notifications whose next attempt is due, oldest first. */
    public List<Entry> due(int limit) {
        return entries("WHERE n.state = 'pending' AND n.next_attempt_at <= ? ORDER BY n.next_attempt_at, n.id", limit, now());
    }

    /** The notifications of one report, oldest first (tests, operators). */
    public List<Entry> ofReport(long reportId) {
        return entries("WHERE n.report_id = ? ORDER BY n.id", 1000, reportId);
    }

    /** Takes the entry for one send attempt; false when another dispatcher took it first. */
    boolean claim(Entry entry, Duration lease) {
        OffsetDateTime now = now();
        return update("UPDATE report_notification SET attempts = attempts + 1, next_attempt_at = ? "
                + "WHERE id = ? AND state = 'pending' AND attempts = ?", now.plus(lease), entry.id(), entry.attempts()) == 1;
    }

    /** Marks the entry sent on the caller's connection (inside the transaction that delivers it); false if it was not pending. */
    static boolean sent(Connection c, long id, OffsetDateTime now) throws SQLException {
        return execute(c, "UPDATE report_notification SET state = 'sent', sent_at = ?, last_error = NULL WHERE id = ? AND state = 'pending'",
                now, id) == 1;
    }

    void sent(long id) {
        update("UPDATE report_notification SET state = 'sent', sent_at = ?, last_error = NULL WHERE id = ? AND state = 'pending'",
                now(), id);
    }

    /** Nothing to send any more (the resident said "nie powiadamiaj", the address was erased, e-mail is off). */
    void skipped(long id, String why) {
        update("UPDATE report_notification SET state = 'skipped', last_error = ? WHERE id = ? AND state = 'pending'", why, id);
    }

    void failed(long id, String error, Duration retryIn) {
        update("UPDATE report_notification SET last_error = ?, next_attempt_at = ? WHERE id = ? AND state = 'pending'",
                error.length() > 1000 ? error.substring(0, 1000) : error, now().plus(retryIn), id);
    }

    /** "nie powiadamiaj": no more notifications for this conversation, and those waiting are dropped. */
    public void stop(String conversationId) {
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                if (!stopped(c, conversationId)) {
                    execute(c, "INSERT INTO report_notification_stop (conversation_id, created_at) VALUES (?, ?)", conversationId, now());
                }
                execute(c, "UPDATE report_notification SET state = 'skipped', last_error = 'nie powiadamiaj' "
                        + "WHERE conversation_id = ? AND state = 'pending'", conversationId);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("cannot stop notifications of " + conversationId, e);
        }
    }

    public boolean stopped(String conversationId) {
        try (Connection c = database.dataSource().getConnection()) {
            return stopped(c, conversationId);
        } catch (SQLException e) {
            throw new StorageException("cannot read notification settings", e);
        }
    }

    public Summary summary() {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement count = c.prepareStatement("SELECT state, COUNT(*), SUM(CASE WHEN attempts > 0 THEN 1 ELSE 0 END) "
                     + "FROM report_notification GROUP BY state")) {
            int pending = 0;
            int sent = 0;
            int skipped = 0;
            int failing = 0;
            try (ResultSet row = count.executeQuery()) {
                while (row.next()) {
                    switch (row.getString(1)) {
                        case PENDING -> {
                            pending = row.getInt(2);
                            failing = row.getInt(3);
                        }
                        case "sent" -> sent = row.getInt(2);
                        default -> skipped = row.getInt(2);
                    }
                }
            }
            return new Summary(pending, sent, skipped, failing);
        } catch (SQLException e) {
            throw new StorageException("cannot read the notifications", e);
        }
    }

    Database database() {
        return database;
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    Optional<Entry> entry(long id) {
        List<Entry> found = entries("WHERE n.id = ?", 1, id);
        return found.stream().findFirst();
    }

    private static boolean stopped(Connection c, String conversationId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM report_notification_stop WHERE conversation_id = ?")) {
            select.setString(1, conversationId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private List<Entry> entries(String where, int limit, Object... parameters) {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM report_notification n "
                     + "JOIN report r ON r.id = n.report_id JOIN report_note rn ON rn.id = n.note_id " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            select.setMaxRows(limit);
            List<Entry> entries = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Channel channel = Channel.of(row.getString(7));
                    entries.add(new Entry(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), row.getString(5),
                            row.getString(6), channel, row.getString(8), channel == Channel.EMAIL ? row.getString(9) : null,
                            row.getInt(10)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new StorageException("cannot read the notifications", e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection c = database.dataSource().getConnection()) {
            return execute(c, sql, parameters);
        } catch (SQLException e) {
            throw new StorageException("cannot update the notifications", e);
        }
    }

    private static int execute(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }
}
