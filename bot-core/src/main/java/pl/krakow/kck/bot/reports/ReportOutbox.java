package pl.krakow.kck.bot.reports;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.Jdbc;
import pl.krakow.kck.bot.storage.Row;

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

    private static final String SELECT = "SELECT o.report_id, r.report_number, o.state, o.attempts, o.next_attempt_at, "
            + "o.last_attempt_at, o.last_error, o.remote_id, o.sent_at FROM report_outbox o JOIN report r ON r.id = o.report_id ";
    private static final String READ_FAILED = "cannot read the outbox";

    private final Jdbc jdbc;
    private final Clock clock;

    public ReportOutbox(Database database, Clock clock) {
        this.jdbc = new Jdbc(database);
        this.clock = clock;
    }

    /** Pending entries whose next attempt is due, oldest first. */
    public List<Entry> due(int limit) {
        return jdbc.list(READ_FAILED, SELECT + "WHERE o.state = 'pending' AND o.next_attempt_at <= ? ORDER BY o.next_attempt_at",
                limit, ReportOutbox::entry, Jdbc.now(clock));
    }

    /**
     * Takes up to {@code limit} due entries for one send attempt each, in one transaction: the rows are read
     * {@code FOR UPDATE SKIP LOCKED} (so forwarders on other nodes take other rows instead of waiting) and
     * their next attempt is moved past the send's {@code lease}, so no forwarder anywhere sees them due
     * again until the send has been settled or the lease has run out (a node that died mid-send). Returns
     * the entries as they were before the claim, oldest due first.
     */
    List<Entry> claimDue(int limit, Duration lease) {
        OffsetDateTime now = Jdbc.now(clock);
        return jdbc.transaction("cannot claim outbox entries", c -> {
            List<Long> claimed = Jdbc.list(c, "SELECT report_id FROM report_outbox WHERE state = 'pending' AND next_attempt_at <= ? "
                    + "ORDER BY next_attempt_at, report_id FETCH FIRST " + limit + " ROWS ONLY FOR UPDATE SKIP LOCKED", 0,
                    row -> row.number("report_id"), now);
            List<Entry> entries = new ArrayList<>();
            for (long reportId : claimed) {
                entries.add(entry(c, reportId));
                Jdbc.execute(c, "UPDATE report_outbox SET attempts = attempts + 1, last_attempt_at = ?, next_attempt_at = ? "
                        + "WHERE report_id = ?", now, now.plus(lease), reportId);
            }
            return entries;
        });
    }

    void sent(long reportId, String remoteId) {
        jdbc.update("cannot mark outbox entry " + reportId + " sent",
                "UPDATE report_outbox SET state = 'sent', remote_id = ?, sent_at = ?, last_error = NULL WHERE report_id = ?",
                remoteId, Jdbc.now(clock), reportId);
    }

    void failed(long reportId, String error, Duration retryIn) {
        jdbc.update("cannot record a failed send of " + reportId,
                "UPDATE report_outbox SET last_error = ?, next_attempt_at = ? WHERE report_id = ? AND state = 'pending'",
                ReportRows.truncate(error, 1000), Jdbc.now(clock).plus(retryIn), reportId);
    }

    public Entry entry(long reportId) {
        return jdbc.first(READ_FAILED, SELECT + "WHERE o.report_id = ?", ReportOutbox::entry, reportId).orElse(null);
    }

    public Summary summary() {
        List<Map.Entry<String, Integer>> counts = jdbc.list(READ_FAILED,
                "SELECT state, COUNT(*) AS entries FROM report_outbox GROUP BY state",
                row -> Map.entry(row.string("state"), row.integer("entries")));
        int sent = counts.stream().filter(c -> c.getKey().equals("sent")).mapToInt(Map.Entry::getValue).sum();
        int pending = counts.stream().filter(c -> !c.getKey().equals("sent")).mapToInt(Map.Entry::getValue).sum();
        List<Entry> failing = jdbc.list(READ_FAILED, SELECT + "WHERE o.state = 'pending' AND o.attempts > 0 "
                + "ORDER BY o.attempts DESC, o.report_id", 100, ReportOutbox::entry);
        return new Summary(pending, sent, failing);
    }

    private static Entry entry(Connection c, long reportId) throws SQLException {
        return Jdbc.first(c, SELECT + "WHERE o.report_id = ?", ReportOutbox::entry, reportId).orElseThrow();
    }

    private static Entry entry(Row row) throws SQLException {
        return new Entry(row.number("report_id"), row.string("report_number"), row.string("state"), row.integer("attempts"),
                row.time("next_attempt_at"), row.time("last_attempt_at"), row.string("last_error"), row.string("remote_id"),
                row.time("sent_at"));
    }
}
