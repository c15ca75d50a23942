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
 * transaction that files the report). An entry is claimed before it is sent, by moving its next attempt
 * past the send's lease, so two forwarders never send it at the same time; once accepted it is marked
 * sent with the remote id and never sent again.
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

    /** Takes the entry for one send attempt; false when another forwarder took it first. */
    boolean claim(Entry entry, Duration lease) {
        OffsetDateTime now = DraftRepository.now(clock);
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE report_outbox SET attempts = attempts + 1, last_attempt_at = ?, "
                     + "next_attempt_at = ? WHERE report_id = ? AND state = 'pending' AND attempts = ?")) {
            update.setObject(1, now);
            update.setObject(2, now.plus(lease));
            update.setLong(3, entry.reportId());
            update.setInt(4, entry.attempts());
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StorageException("cannot claim outbox entry " + entry.reportId(), e);
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
                    entries.add(new Entry(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4),
                            row.getObject(5, OffsetDateTime.class), row.getObject(6, OffsetDateTime.class), row.getString(7),
                            row.getString(8), row.getObject(9, OffsetDateTime.class)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new StorageException("cannot read the outbox", e);
        }
    }
}
