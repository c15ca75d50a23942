package pl.krakow.kck.bot.reports;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import pl.krakow.kck.bot.reports.ReportRepository.DraftWrite;
import pl.krakow.kck.bot.reports.ReportRepository.Filed;
import pl.krakow.kck.bot.storage.GroupCommit;
import pl.krakow.kck.bot.storage.Jdbc;
import pl.krakow.kck.bot.storage.StorageException;

/**
 * Filing a report, and joining an open one. Filing is one transaction: the year's counter row is locked and
 * advanced, the report, its first note, its outbox row (when forwarding is on) and the conversation's draft
 * (marked filed) are written, then committed and written to disk at once (not with the rest of the resident's turn:
 * {@link GroupCommit#immediately}), and only then is the number returned to be told to the resident. The idempotency key (the draft's id) is unique: filing the same draft again, after a crash or a
 * double click, returns the report filed the first time.
 */
record ReportFiling(Jdbc jdbc, Clock clock, boolean outbox) {

    Filed submit(NewReport report, String idempotencyKey, DraftWrite draft) {
        Optional<Report> existing = byKey(idempotencyKey);
        if (existing.isPresent()) {
            return new Filed(existing.get(), false);
        }
        OffsetDateTime now = Jdbc.now(clock);
        int year = now.atZoneSameInstant(ReportRepository.CITY_ZONE).getYear();
        ensureCounter(year);
        try {
            GroupCommit.immediately(() -> jdbc.transaction("cannot file a report", c -> {
                String number = ReportNumber.format(year, nextSeq(c, year));
                long id = insert(c, report, number, idempotencyKey, now);
                ReportStatusChanges.note(c, id, Report.OPEN, null, "kck", now);
                if (outbox) {
                    Jdbc.execute(c, "INSERT INTO report_outbox (report_id, state, attempts, next_attempt_at, created_at) "
                            + "VALUES (?, 'pending', 0, ?, ?)", id, now, now);
                }
                if (draft != null) {
                    DraftRepository.write(c, draft.conversationId(), draft.draftId(), draft.json().apply(number), now);
                }
                FaultInjection.point(FaultInjection.BEFORE_COMMIT);
                return number;
            }));
        } catch (StorageException e) {
            if (Jdbc.uniqueViolation(e)) {
                Optional<Report> raced = byKey(idempotencyKey);
                if (raced.isPresent()) {
                    return new Filed(raced.get(), false);
                }
            }
            throw e;
        }
        FaultInjection.point(FaultInjection.AFTER_COMMIT);
        return new Filed(byKey(idempotencyKey).orElseThrow(), true);
    }

    /**
     * Adds a resident's voice to an open report instead of a new one; idempotent per key. False when the
     * report does not exist or is closed.
     */
    boolean join(String number, String idempotencyKey, String conversationId, String email, String phone, String comment,
                 DraftWrite draft) {
        OffsetDateTime now = Jdbc.now(clock);
        try {
            return jdbc.transaction("cannot join report " + number, c -> {
                Optional<Long> open = Jdbc.first(c, "SELECT id FROM report WHERE report_number = ? AND status = ? FOR UPDATE",
                        row -> row.number("id"), number, Report.OPEN);
                if (open.isEmpty()) {
                    return false;
                }
                if (Jdbc.first(c, "SELECT 1 AS seen FROM report_supporter WHERE idempotency_key = ?", row -> true,
                        idempotencyKey).isPresent()) {
                    return true;
                }
                long id = open.get();
                Jdbc.execute(c, "INSERT INTO report_supporter (idempotency_key, report_id, conversation_id, email, phone, comment, "
                                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", idempotencyKey, id, conversationId,
                        email, phone, ReportRows.truncate(comment, 4000), now);
                Jdbc.execute(c, "UPDATE report SET supporters = supporters + 1, updated_at = ? WHERE id = ?", now, id);
                if (draft != null) {
                    DraftRepository.write(c, draft.conversationId(), draft.draftId(), draft.json().apply(number), now);
                }
                return true;
            });
        } catch (StorageException e) {
            if (Jdbc.uniqueViolation(e)) {
                return true;
            }
            throw e;
        }
    }

    private Optional<Report> byKey(String idempotencyKey) {
        return jdbc.first("cannot read reports", ReportRows.SELECT + "WHERE idempotency_key = ?", ReportRows::report, idempotencyKey);
    }

    /** The year's counter row exists before any filing transaction locks it. */
    private void ensureCounter(int year) {
        jdbc.connection("cannot prepare the report counter for " + year, c -> {
            if (Jdbc.first(c, "SELECT 1 AS present FROM report_counter WHERE report_year = ?", row -> true, year).isPresent()) {
                return null;
            }
            try {
                Jdbc.execute(c, "INSERT INTO report_counter (report_year, last_seq) VALUES (?, 0)", year);
            } catch (SQLException e) {
                if (!Jdbc.uniqueViolation(e)) {
                    throw e;
                }
            }
            return null;
        });
    }

    private static int nextSeq(Connection c, int year) throws SQLException {
        if (Jdbc.execute(c, "UPDATE report_counter SET last_seq = last_seq + 1 WHERE report_year = ?", year) != 1) {
            throw new SQLException("no counter row for " + year);
        }
        return Jdbc.first(c, "SELECT last_seq FROM report_counter WHERE report_year = ?", row -> row.integer("last_seq"), year)
                .orElseThrow();
    }

    private static long insert(Connection c, NewReport report, String number, String key, OffsetDateTime now) throws SQLException {
        Location location = report.location();
        boolean address = location != null && location.address() != null;
        boolean contact = report.consent() && (report.email() != null || report.phone() != null);
        return Jdbc.insert(c, "INSERT INTO report (report_number, idempotency_key, conversation_id, source, service_code, "
                        + "service_name, agency, status, description, address, normalized_address, lat, lon, attributes, photo_id, "
                        + "email, phone, consent_at, supporters, requested_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                number, key, report.conversationId(), report.source(), report.category().code(), report.category().name(),
                report.category().agency(), ReportRows.truncate(report.description(), 4000),
                address ? ReportRows.truncate(location.address(), 400) : null,
                address ? ReportRows.truncate(location.normalizedAddress(), 400) : null,
                Jdbc.orNull(location == null ? null : location.lat(), Types.DOUBLE),
                Jdbc.orNull(location == null ? null : location.lon(), Types.DOUBLE),
                ReportRows.attributesJson(report.attributes()), Jdbc.orNull(report.photoId(), Types.BIGINT),
                report.consent() ? report.email() : null, report.consent() ? report.phone() : null,
                contact ? now : null, now, now);
    }
}
