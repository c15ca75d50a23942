package pl.krakow.kck.bot.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.sql.DataSource;

import pl.krakow.kck.bot.storage.StorageException;

/**
 * Finds a resident's data from one key, then follows the links between tables (a report's conversation, a
 * conversation's cases and chats) until nothing new turns up. E-mail addresses and phone numbers are also
 * looked for in what the resident typed, in the forms people write them.
 */
public final class SubjectFinder {

    private static final int MAX_ROUNDS = 5;

    private final DataSource dataSource;

    public SubjectFinder(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Subject find(SubjectKey key) {
        Set<String> conversations = new LinkedHashSet<>();
        Set<Long> reports = new LinkedHashSet<>();
        Set<String> supports = new LinkedHashSet<>();
        Set<Long> cases = new LinkedHashSet<>();
        Set<Long> chats = new LinkedHashSet<>();
        try (Connection c = dataSource.getConnection()) {
            switch (key.by()) {
                case CONVERSATION -> strings(c, "SELECT id FROM conversation WHERE id = ?", key.value(), conversations);
                case TELEGRAM -> {
                    strings(c, "SELECT conversation_id FROM telegram_chat WHERE chat_id = ?", Long.parseLong(key.value()), conversations);
                    strings(c, "SELECT conversation_id FROM telegram_chat_past WHERE chat_id = ?", Long.parseLong(key.value()), conversations);
                }
                case REPORT -> longs(c, "SELECT id FROM report WHERE report_number = ?", key.value(), reports);
                case EMAIL -> {
                    longs(c, "SELECT id FROM report WHERE LOWER(email) = ?", key.value(), reports);
                    strings(c, "SELECT idempotency_key FROM report_supporter WHERE LOWER(email) = ?", key.value(), supports);
                    longs(c, "SELECT id FROM handoff WHERE LOWER(contact_email) = ?", key.value(), cases);
                    strings(c, "SELECT DISTINCT conversation_id FROM message WHERE author = 'resident' AND LOWER(body) LIKE ?",
                            "%" + like(key.value()) + "%", conversations);
                }
                case PHONE -> {
                    for (String written : phoneForms(key.value())) {
                        longs(c, "SELECT id FROM report WHERE phone LIKE ?", "%" + written, reports);
                        strings(c, "SELECT idempotency_key FROM report_supporter WHERE phone LIKE ?", "%" + written, supports);
                        longs(c, "SELECT id FROM handoff WHERE contact_phone LIKE ?", "%" + written, cases);
                        strings(c, "SELECT DISTINCT conversation_id FROM message WHERE author = 'resident' AND body LIKE ?",
                                "%" + written + "%", conversations);
                    }
                }
            }
            for (int round = 0; round < MAX_ROUNDS; round++) {
                int before = conversations.size() + reports.size() + cases.size();
                for (Long report : Set.copyOf(reports)) {
                    strings(c, "SELECT conversation_id FROM report WHERE id = ? AND conversation_id IS NOT NULL", report, conversations);
                }
                for (Long handoff : Set.copyOf(cases)) {
                    strings(c, "SELECT conversation_id FROM handoff WHERE id = ?", handoff, conversations);
                }
                for (String conversation : Set.copyOf(conversations)) {
                    longs(c, "SELECT id FROM report WHERE conversation_id = ?", conversation, reports);
                    longs(c, "SELECT id FROM handoff WHERE conversation_id = ?", conversation, cases);
                }
                if (conversations.size() + reports.size() + cases.size() == before) {
                    break;
                }
            }
            for (String conversation : conversations) {
                strings(c, "SELECT idempotency_key FROM report_supporter WHERE conversation_id = ?", conversation, supports);
                longs(c, "SELECT chat_id FROM telegram_chat WHERE conversation_id = ?", conversation, chats);
                longs(c, "SELECT chat_id FROM telegram_chat_past WHERE conversation_id = ?", conversation, chats);
            }
            return new Subject(key, conversations, reports, supports, cases, chats);
        } catch (SQLException e) {
            throw new StorageException("cannot look up a resident's data", e);
        }
    }

    /** The ways a nine-digit number is written: 600123456, 600 123 456, 600-123-456. */
    static Set<String> phoneForms(String nineDigits) {
        String a = nineDigits.substring(0, 3), b = nineDigits.substring(3, 6), d = nineDigits.substring(6);
        return new LinkedHashSet<>(java.util.List.of(nineDigits, a + " " + b + " " + d, a + "-" + b + "-" + d));
    }

    private static String like(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void strings(Connection c, String sql, Object parameter, Set<String> into) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    into.add(rows.getString(1));
                }
            }
        }
    }

    private static void longs(Connection c, String sql, Object parameter, Set<Long> into) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    into.add(rows.getLong(1));
                }
            }
        }
    }
}
