package pl.krakow.kck.bot.reports;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.Jdbc;

/**
 * Filed reports: what the rest of the service asks of them, each part kept by the class that knows it —
 * {@link ReportFiling} (filing and joining, idempotent), {@link ReportSearch} (Open311 filters, open reports
 * nearby), {@link ReportStatusChanges} (status, notes, the notifications they cause), {@link ReportRows}
 * (the table's columns).
 */
public final class ReportRepository {

    /** The zone that decides a report's year and the times residents read. */
    public static final ZoneId CITY_ZONE = ZoneId.of("Europe/Warsaw");

    /** The outcome of filing: the report, and whether this call created it (false: it existed already). */
    public record Filed(Report report, boolean created) {
    }

    /** The conversation's draft to rewrite in the filing transaction, given the number it got. */
    record DraftWrite(String conversationId, String draftId, Function<String, String> json) {
    }

    private final Jdbc jdbc;
    private final ReportFiling filing;
    private final ReportSearch search;
    private final ReportStatusChanges statuses;

    /**
     * @param outbox whether filed reports are queued for forwarding to the city's Open311 endpoint
     */
    public ReportRepository(Database database, Clock clock, boolean outbox) {
        this.jdbc = new Jdbc(database);
        this.filing = new ReportFiling(jdbc, clock, outbox);
        this.search = new ReportSearch(jdbc);
        this.statuses = new ReportStatusChanges(jdbc, clock);
    }

    /** Files a report under an idempotency key; a key already used returns its report. */
    public Filed submit(NewReport report, String idempotencyKey) {
        return filing.submit(report, idempotencyKey, null);
    }

    Filed submit(NewReport report, String idempotencyKey, DraftWrite draft) {
        return filing.submit(report, idempotencyKey, draft);
    }

    /**
     * Adds a resident's voice to an open report instead of a new one; idempotent per key. False when the
     * report does not exist or is closed.
     */
    boolean join(String number, String idempotencyKey, String conversationId, String email, String phone, String comment,
                 DraftWrite draft) {
        return filing.join(number, idempotencyKey, conversationId, email, phone, comment, draft);
    }

    public Optional<Report> find(String number) {
        return jdbc.first("cannot read reports", ReportRows.SELECT + "WHERE report_number = ?", ReportRows::report, number);
    }

    public Optional<Report> findById(long id) {
        return jdbc.first("cannot read report " + id, ReportRows.SELECT + "WHERE id = ?", ReportRows::report, id);
    }

    /** The report's status changes and notes, oldest first. */
    public List<ReportNote> notes(long reportId) {
        return statuses.notes(reportId);
    }

    /** Reports matching Open311 filters, newest first. */
    public List<Report> search(ReportQuery query) {
        return search.search(query);
    }

    /**
     * Open reports of the category near the place: within {@code radiusMetres} (haversine) when both have
     * coordinates, or at the same address when written the same way. Nearest first.
     */
    public List<Report> nearbyOpen(String serviceCode, Location location, double radiusMetres) {
        return search.nearbyOpen(serviceCode, location, radiusMetres);
    }

    /**
     * The city changes a report's status and/or adds a note; empty when there is no such report. The
     * notifications of the residents who filed or joined it are written in the same transaction.
     */
    public Optional<Report> updateStatus(String number, String status, String note, String author) {
        return statuses.update(number, status, note, author) ? find(number) : Optional.empty();
    }
}
