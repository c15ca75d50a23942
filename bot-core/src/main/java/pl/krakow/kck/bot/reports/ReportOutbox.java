package pl.krakow.kck.bot.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.StorageException;

/**
 * Reports waiting to be forwarded to the city's Open311 endpoint (table report_outbox, written in the
 * transaction that files the report). Entries are claimed before they are sent ({@link #claimDue}: row
 * locks with SKIP LOCKED, and the next attempt moved past the send's lease), so two forwarders, on one node
 * or on several, never send one at the same time; once accepted it is marked sent with the remote id and
 * never sent again.
 */
public final class ReportOutbox {

    /** One report's forwarding state. */
    public record Entry(long reportId, String number, String state, int attempts, OffsetDateTime nextAttemptAt,
                        OffsetDateTime lastAttemptAt, String lastError, String remoteId, OffsetDateTime sentAt) {
    }

    /** What operators watch: how many wait, how many went, and the ones that failed at least once. */
    public record Summary(int pending, int sent, List<Entry> failing) {
    }

    private static final String COLUMNS = "o.report_id, r.report_number, o.state, o.attempts, o.next_attempt_at, "
            + "o.last_attempt_at, o.last_error, o.remote_id, o.sent_at";

    private final Database database;
    private final Clock clock;

    public ReportOutbox(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Pending entries whose next attempt is due, oldest first. */
    public List<Entry> due(int limit) {
        return entries("WHERE o.state = 'pending' AND o.next_attempt_at <= ? ORDER BY o.next_attempt_at", limit,
                DraftRepository.now(clock));
    }

    /**
     * Takes up to {@code limit} due entries for one send attempt each, in one transaction: the rows are read
     * {@code FOR UPDATE SKIP LOCKED} (so forwarders on other nodes take other rows instead of waiting) and
     * their next attempt is moved past the send's {@code lease}, so no forwarder anywhere sees them due
     * again until the send has been settled or the lease has run out (a node that died mid-send). Returns
     * the entries as they were before the claim, oldest due first.
     */
    List<Entry> claimDue(int limit, Duration lease) {
        OffsetDateTime now = DraftRepository.now(clock);
        List<Long> claimed = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement select = c.prepareStatement("SELECT report_id FROM report_outbox WHERE state = 'pending' "
                    + "AND next_attempt_at <= ? ORDER BY next_attempt_at, report_id FETCH FIRST " + limit + " ROWS ONLY "
                    + "FOR UPDATE SKIP LOCKED");
                 PreparedStatement update = c.prepareStatement("UPDATE report_outbox SET attempts = attempts + 1, "
                         + "last_attempt_at = ?, next_attempt_at = ? WHERE report_id = ?")) {
                select.setObject(1, now);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        claimed.add(row.getLong(1));
                    }
                }
                List<Entry> entries = new ArrayList<>();
                for (long reportId : claimed) {
                    entries.add(entry(c, reportId));
                    update.setObject(1, now);
                    update.setObject(2, now.plus(lease));
                    update.setLong(3, reportId);
                    update.executeUpdate();
                }
                c.commit();
                return entries;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("cannot claim outbox entries", e);
        }
    }

    void sent(long reportId, String remoteId) {
        OffsetDateTime now = DraftRepository.now(clock);
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE report_outbox SET state = 'sent', remote_id = ?, sent_at = ?, "
                     + "last_error = NULL WHERE report_id = ?")) {
            update.setString(1, remoteId);
            update.setObject(2, now);
            update.setLong(3, reportId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("cannot mark outbox entry " + reportId + " sent", e);
        }
    }

    void failed(long reportId, String error, Duration retryIn) {
        OffsetDateTime now = DraftRepository.now(clock);
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement update = c.prepareStatement(
                     "UPDATE report_outbox SET last_error = ?, next_attempt_at = ? WHERE report_id = ? AND state = 'pending'")) {
            update.setString(1, error.length() > 1000 ? error.substring(0, 1000) : error);
            update.setObject(2, now.plus(retryIn));
            update.setLong(3, reportId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("cannot record a failed send of " + reportId, e);
        }
    }

    public Entry entry(long reportId) {
        List<Entry> found = entries("WHERE o.report_id = ?", 1, reportId);
        return found.isEmpty() ? null : found.getFirst();
    }

    private static Entry entry(Connection c, long reportId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM report_outbox o JOIN report r ON r.id = o.report_id "
                + "WHERE o.report_id = ?")) {
            select.setLong(1, reportId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return entry(row);
            }
        }
    }

    public Summary summary() {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement count = c.prepareStatement("SELECT state, COUNT(*) FROM report_outbox GROUP BY state")) {
            int pending = 0;
            int sent = 0;
            try (ResultSet row = count.executeQuery()) {
                while (row.next()) {
                    if (row.getString(1).equals("sent")) {
                        sent = row.getInt(2);
                    } else {
                        pending = row.getInt(2);
                    }
                }
            }
            List<Entry> failing = entries("WHERE o.state = 'pending' AND o.attempts > 0 ORDER BY o.attempts DESC, o.report_id", 100);
            return new Summary(pending, sent, failing);
        } catch (SQLException e) {
            throw new StorageException("cannot read the outbox", e);
        }
    }

    private List<Entry> entries(String where, int limit, Object... parameters) {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM report_outbox o JOIN report r ON r.id = o.report_id "
                     + where)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            select.setMaxRows(limit);
            List<Entry> entries = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    entries.add(entry(row));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new StorageException("cannot read the outbox", e);
        }
    }

    private static Entry entry(ResultSet row) throws SQLException {
        return new Entry(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4),
                row.getObject(5, OffsetDateTime.class), row.getObject(6, OffsetDateTime.class), row.getString(7),
                row.getString(8), row.getObject(9, OffsetDateTime.class));
    }
}
