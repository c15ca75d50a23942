package pl.krakow.kck.bot.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import pl.krakow.kck.bot.storage.Jdbc;
import pl.krakow.kck.bot.storage.StorageException;

/**
 * Erases a resident's data on request (art. 17 GDPR), in one transaction: transcripts, drafts, photos never
 * filed, Telegram chats and the contacts of cases and reports go. A filed report stays as the city's record
 * of a public matter (art. 17(3)(b)), detached from the resident: contacts removed, personal data redacted
 * from its description.
 */
public final class Erasure {

    private final DataSource dataSource;
    private final Clock clock;
    private final UnaryOperator<String> redactor;

    /** @param redactor takes personal data out of a report's free text */
    public Erasure(DataSource dataSource, Clock clock, UnaryOperator<String> redactor) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.redactor = redactor;
    }

    public void erase(Subject subject) {
        OffsetDateTime now = Jdbc.now(clock);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (String conversation : subject.conversations()) {
                    Anonymiser.conversation(c, conversation, true, now);
                }
                for (Long chat : subject.telegramChats()) {
                    update(c, "DELETE FROM telegram_chat WHERE chat_id = ?", chat);
                    update(c, "DELETE FROM telegram_chat_past WHERE chat_id = ?", chat);
                }
                for (Long handoff : subject.cases()) {
                    update(c, "UPDATE handoff SET contact_phone = NULL, contact_email = NULL, message = NULL WHERE id = ?", handoff);
                    update(c, "UPDATE handoff_note SET body = '' WHERE handoff_id = ?", handoff);
                }
                for (Long report : subject.reports()) {
                    eraseReport(c, report, now);
                }
                for (String support : subject.supports()) {
                    update(c, "UPDATE report_supporter SET email = NULL, phone = NULL, comment = NULL, conversation_id = NULL"
                            + " WHERE idempotency_key = ?", support);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("cannot erase a resident's data", e);
        }
    }

    private void eraseReport(Connection c, long report, OffsetDateTime now) throws SQLException {
        String description = null;
        try (PreparedStatement select = c.prepareStatement("SELECT description FROM report WHERE id = ?")) {
            select.setLong(1, report);
            try (var row = select.executeQuery()) {
                if (row.next()) {
                    description = row.getString(1);
                }
            }
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE report SET email = NULL, phone = NULL, description = ?, updated_at = ? WHERE id = ?")) {
            update.setString(1, description == null ? "" : redactor.apply(description));
            update.setObject(2, now);
            update.setLong(3, report);
            update.executeUpdate();
        }
    }

    private static void update(Connection c, String sql, Object key) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setObject(1, key);
            statement.executeUpdate();
        }
    }
}
