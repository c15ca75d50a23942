package pl.krakow.kck.bot.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * The statements that take a resident's data out of one conversation, shared by the daily retention and by
 * an erasure on request. What stays is what the contact centre's statistics and the city's records need:
 * the conversation's channel and times, each message's author and kind, filed reports (their contacts are
 * handled by {@link Retention} and {@link Erasure}).
 */
final class Anonymiser {

    private static final String[] STATEMENTS = {
            "UPDATE message SET body = '', data = NULL WHERE conversation_id = ?",
            "DELETE FROM report_draft WHERE conversation_id = ?",
            // the resident's words that named the subject and those of the last question missed
            "DELETE FROM dialogue_state WHERE conversation_id = ?",
            "DELETE FROM telegram_chat WHERE conversation_id = ?",
            "DELETE FROM telegram_chat_past WHERE conversation_id = ?",
            "DELETE FROM report_photo WHERE conversation_id = ? AND id NOT IN (SELECT photo_id FROM report WHERE photo_id IS NOT NULL)",
    };
    private static final String[] CASE_STATEMENTS = {
            "UPDATE handoff_note SET body = '' WHERE handoff_id IN (SELECT id FROM handoff WHERE conversation_id = ? %s)",
            "UPDATE handoff SET contact_phone = NULL, contact_email = NULL, message = NULL WHERE conversation_id = ? %s",
    };

    private Anonymiser() {
    }

    /**
     * Anonymises one conversation inside the caller's transaction.
     *
     * @param openCasesToo false for retention (a case still being worked keeps its details), true for erasure
     */
    static void conversation(Connection c, String conversationId, boolean openCasesToo, OffsetDateTime now) throws SQLException {
        for (String sql : STATEMENTS) {
            execute(c, sql, conversationId);
        }
        String which = openCasesToo ? "" : "AND state = 'closed'";
        for (String sql : CASE_STATEMENTS) {
            execute(c, sql.formatted(which), conversationId);
        }
        try (PreparedStatement mark = c.prepareStatement("UPDATE conversation SET anonymised_at = ? WHERE id = ?")) {
            mark.setObject(1, now);
            mark.setString(2, conversationId);
            mark.executeUpdate();
        }
    }

    private static void execute(Connection c, String sql, String conversationId) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, conversationId);
            statement.executeUpdate();
        }
    }
}
