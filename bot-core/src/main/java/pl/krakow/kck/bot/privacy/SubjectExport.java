package pl.krakow.kck.bot.privacy;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import pl.krakow.kck.bot.storage.StorageException;

/**
 * A resident's data as one JSON document (art. 15 and 20 GDPR): every conversation with its messages, every
 * report with its status history, every consultant case with its notes, every Telegram chat. Unredacted: it
 * is the resident's own data, handed to them. {@link ExportText} renders the same document for reading.
 */
public final class SubjectExport {

    private final DataSource dataSource;
    private final Clock clock;

    public SubjectExport(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public JsonObject json(Subject subject) {
        JsonArrayBuilder conversations = JSON.createArrayBuilder();
        JsonArrayBuilder reports = JSON.createArrayBuilder();
        JsonArrayBuilder cases = JSON.createArrayBuilder();
        JsonArrayBuilder supports = JSON.createArrayBuilder();
        JsonArrayBuilder chats = JSON.createArrayBuilder();
        subject.telegramChats().stream().sorted().forEach(chats::add);
        try (Connection c = dataSource.getConnection()) {
            for (String id : subject.conversations().stream().sorted().toList()) {
                rows(c, "SELECT id, channel, created_at, updated_at, anonymised_at FROM conversation WHERE id = ?", id, row -> {
                    JsonArrayBuilder messages = JSON.createArrayBuilder();
                    rowsUnchecked(c, "SELECT seq, author, kind, body, created_at FROM message WHERE conversation_id = ? ORDER BY seq",
                            id, m -> messages.add(m));
                    conversations.add(row.add("messages", messages));
                });
            }
            for (Long id : subject.reports().stream().sorted().toList()) {
                rows(c, "SELECT report_number, service_name, agency, status, status_notes, description, address, email, phone,"
                        + " requested_at, updated_at FROM report WHERE id = ?", id, row -> {
                    JsonArrayBuilder history = JSON.createArrayBuilder();
                    rowsUnchecked(c, "SELECT status, note, created_at FROM report_note WHERE report_id = ? ORDER BY id", id, history::add);
                    reports.add(row.add("history", history));
                });
            }
            for (String key : subject.supports().stream().sorted().toList()) {
                rows(c, "SELECT r.report_number, s.email, s.phone, s.comment, s.created_at FROM report_supporter s"
                        + " JOIN report r ON r.id = s.report_id WHERE s.idempotency_key = ?", key, supports::add);
            }
            for (Long id : subject.cases().stream().sorted().toList()) {
                rows(c, "SELECT id, conversation_id, state, mode, reason, consultant, contact_phone, contact_email, message,"
                        + " resolution, requested_at, closed_at FROM handoff WHERE id = ?", id, row -> {
                    JsonArrayBuilder notes = JSON.createArrayBuilder();
                    rowsUnchecked(c, "SELECT author, body, created_at FROM handoff_note WHERE handoff_id = ? ORDER BY id", id, notes::add);
                    cases.add(row.add("notes", notes));
                });
            }
        } catch (SQLException e) {
            throw new StorageException("cannot export a resident's data", e);
        }
        return JSON.createObjectBuilder()
                .add("subject", JSON.createObjectBuilder().add("by", subject.key().by().wire()).add("value", subject.key().value()))
                .add("exported_at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).toString())
                .add("conversations", conversations)
                .add("reports", reports)
                .add("supports", supports)
                .add("cases", cases)
                .add("telegram_chats", chats)
                .build();
    }

    private static void rows(Connection c, String sql, Object key, Consumer<JsonObjectBuilder> each) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setObject(1, key);
            try (ResultSet rows = select.executeQuery()) {
                ResultSetMetaData meta = rows.getMetaData();
                while (rows.next()) {
                    JsonObjectBuilder row = JSON.createObjectBuilder();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object value = rows.getObject(i);
                        String name = meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
                        if (value == null) {
                            row.addNull(name);
                        } else if (value instanceof Number n) {
                            row.add(name, n.longValue());
                        } else if (value instanceof java.sql.Timestamp || value instanceof java.time.temporal.Temporal) {
                            row.add(name, rows.getObject(i, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC).toString());
                        } else {
                            row.add(name, value.toString());
                        }
                    }
                    each.accept(row);
                }
            }
        }
    }

    private static void rowsUnchecked(Connection c, String sql, Object key, Consumer<JsonObjectBuilder> each) {
        try {
            rows(c, sql, key, each);
        } catch (SQLException e) {
            throw new StorageException("cannot export a resident's data", e);
        }
    }
}
