package pl.krakow.kck.bot.reports;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import pl.krakow.kck.bot.reports.notify.NotificationOutbox;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.StorageException;

/**
 * Filed reports. Filing is one transaction: the year's counter row is locked and advanced, the report,
 * its first note, its outbox row (when forwarding is on) and the conversation's draft (marked filed) are
 * written, then committed, and only then is the number returned to be told to the resident. The
 * idempotency key (the draft's id) is unique: filing the same draft again, after a crash or a double
 * click, returns the report filed the first time.
 */
public final class ReportRepository {

    /** The zone that decides a report's year and the times residents read. */
    public static final ZoneId CITY_ZONE = ZoneId.of("Europe/Warsaw");

    private static final String COLUMNS = "id, report_number, conversation_id, source, service_code, service_name, agency, "
            + "status, status_notes, description, address, lat, lon, attributes, photo_id, email, phone, supporters, "
            + "requested_at, updated_at";
    private static final String UNIQUE_VIOLATION = "23505";

    /** The outcome of filing: the report, and whether this call created it (false: it existed already). */
    public record Filed(Report report, boolean created) {
    }

    /** The conversation's draft to rewrite in the filing transaction, given the number it got. */
    record DraftWrite(String conversationId, String draftId, Function<String, String> json) {
    }

    private final Database database;
    private final Clock clock;
    private final boolean outbox;

    /**
     * @param outbox whether filed reports are queued for forwarding to the city's Open311 endpoint
     */
    public ReportRepository(Database database, Clock clock, boolean outbox) {
        this.database = database;
        this.clock = clock;
        this.outbox = outbox;
    }

    /** Files a report under an idempotency key; a key already used returns its report. */
    public Filed submit(NewReport report, String idempotencyKey) {
        return submit(report, idempotencyKey, null);
    }

    Filed submit(NewReport report, String idempotencyKey, DraftWrite draft) {
        Optional<Report> existing = byKey(idempotencyKey);
        if (existing.isPresent()) {
            return new Filed(existing.get(), false);
        }
        OffsetDateTime now = DraftRepository.now(clock);
        int year = now.atZoneSameInstant(CITY_ZONE).getYear();
        ensureCounter(year);
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                int seq = nextSeq(c, year);
                String number = ReportNumber.format(year, seq);
                long id = insert(c, report, number, idempotencyKey, now);
                note(c, id, Report.OPEN, null, "kck", now);
                if (outbox) {
                    try (PreparedStatement queue = c.prepareStatement(
                            "INSERT INTO report_outbox (report_id, state, attempts, next_attempt_at, created_at) VALUES (?, 'pending', 0, ?, ?)")) {
                        queue.setLong(1, id);
                        queue.setObject(2, now);
                        queue.setObject(3, now);
                        queue.executeUpdate();
                    }
                }
                if (draft != null) {
                    DraftRepository.write(c, draft.conversationId(), draft.draftId(), draft.json().apply(number), now);
                }
                FaultInjection.point(FaultInjection.BEFORE_COMMIT);
                c.commit();
                FaultInjection.point(FaultInjection.AFTER_COMMIT);
            } catch (SQLException e) {
                c.rollback();
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    Optional<Report> raced = byKey(idempotencyKey);
                    if (raced.isPresent()) {
                        return new Filed(raced.get(), false);
                    }
                }
                throw e;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("cannot file a report", e);
        }
        return new Filed(byKey(idempotencyKey).orElseThrow(), true);
    }

    /**
     * Adds a resident's voice to an open report instead of a new one; idempotent per key. False when the
     * report does not exist or is closed.
     */
    boolean join(String number, String idempotencyKey, String conversationId, String email, String phone, String comment,
                 DraftWrite draft) {
        OffsetDateTime now = DraftRepository.now(clock);
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                long id;
                try (PreparedStatement lock = c.prepareStatement(
                        "SELECT id, status FROM report WHERE report_number = ? FOR UPDATE")) {
                    lock.setString(1, number);
                    try (ResultSet row = lock.executeQuery()) {
                        if (!row.next() || !Report.OPEN.equals(row.getString(2))) {
                            c.rollback();
                            return false;
                        }
                        id = row.getLong(1);
                    }
                }
                try (PreparedStatement seen = c.prepareStatement("SELECT 1 FROM report_supporter WHERE idempotency_key = ?")) {
                    seen.setString(1, idempotencyKey);
                    try (ResultSet row = seen.executeQuery()) {
                        if (row.next()) {
                            c.rollback();
                            return true;
                        }
                    }
                }
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO report_supporter (idempotency_key, report_id, "
                        + "conversation_id, email, phone, comment, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, idempotencyKey);
                    insert.setLong(2, id);
                    insert.setString(3, conversationId);
                    insert.setString(4, email);
                    insert.setString(5, phone);
                    insert.setString(6, comment == null ? null : truncate(comment, 4000));
                    insert.setObject(7, now);
                    insert.executeUpdate();
                }
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE report SET supporters = supporters + 1, updated_at = ? WHERE id = ?")) {
                    update.setObject(1, now);
                    update.setLong(2, id);
                    update.executeUpdate();
                }
                if (draft != null) {
                    DraftRepository.write(c, draft.conversationId(), draft.draftId(), draft.json().apply(number), now);
                }
                c.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                if (e instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return true;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("cannot join report " + number, e);
        }
    }

    public Optional<Report> find(String number) {
        return one("SELECT " + COLUMNS + " FROM report WHERE report_number = ?", number);
    }

    public Optional<Report> findById(long id) {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM report WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(report(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read report " + id, e);
        }
    }

    /** The report's status changes and notes, oldest first. */
    public List<ReportNote> notes(long reportId) {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT status, note, author, created_at FROM report_note WHERE report_id = ? ORDER BY id")) {
            select.setLong(1, reportId);
            List<ReportNote> notes = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    notes.add(new ReportNote(row.getString(1), row.getString(2), row.getString(3), row.getObject(4, OffsetDateTime.class)));
                }
            }
            return notes;
        } catch (SQLException e) {
            throw new StorageException("cannot read the notes of report " + reportId, e);
        }
    }

    /** Reports matching Open311 filters, newest first. */
    public List<Report> search(ReportQuery query) {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM report WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (!query.numbers().isEmpty()) {
            in(sql, parameters, "report_number", query.numbers());
        } else {
            if (!query.serviceCodes().isEmpty()) {
                in(sql, parameters, "service_code", query.serviceCodes());
            }
            if (!query.statuses().isEmpty()) {
                in(sql, parameters, "status", query.statuses());
            }
            if (query.start() != null) {
                sql.append(" AND requested_at >= ?");
                parameters.add(query.start());
            }
            if (query.end() != null) {
                sql.append(" AND requested_at <= ?");
                parameters.add(query.end());
            }
        }
        sql.append(" ORDER BY requested_at DESC, id DESC");
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            select.setMaxRows(query.limit());
            List<Report> reports = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    reports.add(report(row));
                }
            }
            return reports;
        } catch (SQLException e) {
            throw new StorageException("cannot search reports", e);
        }
    }

    /**
     * Open reports of the category near the place: within {@code radiusMetres} (haversine) when both have
     * coordinates, or at the same address when written the same way. Nearest first.
     */
    public List<Report> nearbyOpen(String serviceCode, Location location, double radiusMetres) {
        if (location == null) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS)
                .append(" FROM report WHERE service_code = ? AND status = 'open' AND (1 = 0");
        List<Object> parameters = new ArrayList<>(List.of(serviceCode));
        if (location.hasCoordinates()) {
            double dLat = radiusMetres * 1.5 / 111_320.0;
            double dLon = dLat / Math.max(0.1, Math.cos(Math.toRadians(location.lat())));
            sql.append(" OR (lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?)");
            parameters.addAll(List.of(location.lat() - dLat, location.lat() + dLat, location.lon() - dLon, location.lon() + dLon));
        }
        String address = location.normalizedAddress();
        if (address != null && !address.isEmpty()) {
            sql.append(" OR normalized_address = ?");
            parameters.add(address);
        }
        sql.append(") ORDER BY requested_at DESC");
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            select.setMaxRows(50);
            List<Report> near = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Report report = report(row);
                    boolean close = location.hasCoordinates() && report.hasCoordinates()
                            && GeoDistance.metres(location.lat(), location.lon(), report.lat(), report.lon()) <= radiusMetres;
                    boolean sameAddress = address != null && report.address() != null
                            && address.equals(Location.address(report.address()).normalizedAddress());
                    if (close || sameAddress) {
                        near.add(report);
                    }
                }
            }
            if (location.hasCoordinates()) {
                near.sort(java.util.Comparator.comparingDouble(r -> r.hasCoordinates()
                        ? GeoDistance.metres(location.lat(), location.lon(), r.lat(), r.lon()) : radiusMetres));
            }
            return near.stream().limit(3).toList();
        } catch (SQLException e) {
            throw new StorageException("cannot look for nearby reports", e);
        }
    }

    /**
     * The city changes a report's status and/or adds a note; empty when there is no such report. The
     * notifications of the residents who filed or joined it are written in the same transaction.
     */
    public Optional<Report> updateStatus(String number, String status, String note, String author) {
        OffsetDateTime now = DraftRepository.now(clock);
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                long id;
                try (PreparedStatement lock = c.prepareStatement("SELECT id FROM report WHERE report_number = ? FOR UPDATE")) {
                    lock.setString(1, number);
                    try (ResultSet row = lock.executeQuery()) {
                        if (!row.next()) {
                            c.rollback();
                            return Optional.empty();
                        }
                        id = row.getLong(1);
                    }
                }
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE report SET status = ?, status_notes = COALESCE(?, status_notes), updated_at = ? WHERE id = ?")) {
                    update.setString(1, status);
                    update.setString(2, note);
                    update.setObject(3, now);
                    update.setLong(4, id);
                    update.executeUpdate();
                }
                long noteId = note(c, id, status, note, author, now);
                NotificationOutbox.enqueue(c, id, noteId, now);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("cannot update report " + number, e);
        }
        return find(number);
    }

    private Optional<Report> byKey(String idempotencyKey) {
        return one("SELECT " + COLUMNS + " FROM report WHERE idempotency_key = ?", idempotencyKey);
    }

    private Optional<Report> one(String sql, String parameter) {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(report(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read reports", e);
        }
    }

    /** The year's counter row exists before any filing transaction locks it. */
    private void ensureCounter(int year) {
        try (Connection c = database.dataSource().getConnection()) {
            try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM report_counter WHERE report_year = ?")) {
                select.setInt(1, year);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        return;
                    }
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO report_counter (report_year, last_seq) VALUES (?, 0)")) {
                insert.setInt(1, year);
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new StorageException("cannot prepare the report counter for " + year, e);
        }
    }

    private static int nextSeq(Connection c, int year) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE report_counter SET last_seq = last_seq + 1 WHERE report_year = ?")) {
            update.setInt(1, year);
            if (update.executeUpdate() != 1) {
                throw new SQLException("no counter row for " + year);
            }
        }
        try (PreparedStatement select = c.prepareStatement("SELECT last_seq FROM report_counter WHERE report_year = ?")) {
            select.setInt(1, year);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static long insert(Connection c, NewReport report, String number, String key, OffsetDateTime now) throws SQLException {
        Location location = report.location();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO report (report_number, idempotency_key, conversation_id, "
                        + "source, service_code, service_name, agency, status, description, address, normalized_address, lat, lon, "
                        + "attributes, photo_id, email, phone, consent_at, supporters, requested_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, number);
            insert.setString(2, key);
            insert.setString(3, report.conversationId());
            insert.setString(4, report.source());
            insert.setString(5, report.category().code());
            insert.setString(6, report.category().name());
            insert.setString(7, report.category().agency());
            insert.setString(8, truncate(report.description(), 4000));
            insert.setString(9, location == null || location.address() == null ? null : truncate(location.address(), 400));
            insert.setString(10, location == null || location.address() == null ? null : truncate(location.normalizedAddress(), 400));
            setDouble(insert, 11, location == null ? null : location.lat());
            setDouble(insert, 12, location == null ? null : location.lon());
            insert.setString(13, attributesJson(report.attributes()));
            if (report.photoId() == null) {
                insert.setNull(14, Types.BIGINT);
            } else {
                insert.setLong(14, report.photoId());
            }
            insert.setString(15, report.consent() ? report.email() : null);
            insert.setString(16, report.consent() ? report.phone() : null);
            insert.setObject(17, report.consent() && (report.email() != null || report.phone() != null) ? now : null);
            insert.setObject(18, now);
            insert.setObject(19, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static long note(Connection c, long reportId, String status, String note, String author, OffsetDateTime now)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO report_note (report_id, status, note, author, created_at) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, reportId);
            insert.setString(2, status);
            insert.setString(3, note);
            insert.setString(4, author);
            insert.setObject(5, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void in(StringBuilder sql, List<Object> parameters, String column, List<String> values) {
        sql.append(" AND ").append(column).append(" IN (").append(String.join(", ", values.stream().map(v -> "?").toList())).append(')');
        parameters.addAll(values);
    }

    private static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    static String attributesJson(Map<String, List<String>> attributes) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        attributes.forEach((code, values) -> {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            values.forEach(array::add);
            json.add(code, array);
        });
        return json.build().toString();
    }

    private static Map<String, List<String>> attributes(String data) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        try (JsonReader reader = JSON.createReader(new StringReader(data))) {
            JsonObject json = reader.readObject();
            json.forEach((code, values) -> attributes.put(code,
                    values.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
        }
        return attributes;
    }

    private static Report report(ResultSet row) throws SQLException {
        double lat = row.getDouble(12);
        boolean hasLat = !row.wasNull();
        double lon = row.getDouble(13);
        boolean hasLon = !row.wasNull();
        long photo = row.getLong(15);
        boolean hasPhoto = !row.wasNull();
        return new Report(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), row.getString(7), row.getString(8), row.getString(9), row.getString(10), row.getString(11),
                hasLat ? lat : null, hasLon ? lon : null, attributes(row.getString(14)), hasPhoto ? photo : null,
                row.getString(16), row.getString(17), row.getInt(18), row.getObject(19, OffsetDateTime.class),
                row.getObject(20, OffsetDateTime.class));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
