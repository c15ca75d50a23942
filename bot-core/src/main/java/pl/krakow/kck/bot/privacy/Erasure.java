package pl.krakow.kck.bot.privacy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import pl.krakow.kck.bot.analytics.ErasedQuestions;
import pl.krakow.kck.bot.storage.Jdbc;

/**
 * Erases a resident's data on request (art. 17 GDPR), in one transaction: transcripts, drafts, photos never
 * filed, Telegram chats and the contacts of cases and reports go. A filed report stays as the city's record
 * of a public matter (art. 17(3)(b)), detached from the resident: contacts removed, personal data redacted
 * from its description. Their questions that got a fallback leave the analytics' daily roll-ups ({@link ErasedQuestions}).
 */
public final class Erasure {

    private final Jdbc jdbc;
    private final Clock clock;
    private final UnaryOperator<String> redactor;

    /**
     * @param redactor takes personal data out of a report's free text; the one the analytics redact questions with, so
     *                 that the resident's questions are found in the roll-ups as they were written there
     */
    public Erasure(DataSource dataSource, Clock clock, UnaryOperator<String> redactor) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
        this.redactor = redactor;
    }

    /** Returns how many rows of the analytics' unanswered roll-ups lost the resident's questions. */
    public int erase(Subject subject) {
        OffsetDateTime now = Jdbc.now(clock);
        return jdbc.transaction("cannot erase a resident's data", c -> {
            int rolledUp = 0;
            for (String conversation : subject.conversations()) {
                rolledUp += ErasedQuestions.forget(c, conversation, redactor);
                Anonymiser.conversation(c, conversation, true, now);
            }
            for (Long chat : subject.telegramChats()) {
                Jdbc.execute(c, "DELETE FROM telegram_chat WHERE chat_id = ?", chat);
                Jdbc.execute(c, "DELETE FROM telegram_chat_past WHERE chat_id = ?", chat);
            }
            for (Long handoff : subject.cases()) {
                Jdbc.execute(c, "UPDATE handoff SET contact_phone = NULL, contact_email = NULL, message = NULL WHERE id = ?", handoff);
                Jdbc.execute(c, "UPDATE handoff_note SET body = '' WHERE handoff_id = ?", handoff);
            }
            for (Long report : subject.reports()) {
                eraseReport(c, report, now);
            }
            for (String support : subject.supports()) {
                Jdbc.execute(c, "UPDATE report_supporter SET email = NULL, phone = NULL, comment = NULL, conversation_id = NULL"
                        + " WHERE idempotency_key = ?", support);
            }
            return rolledUp;
        });
    }

    private void eraseReport(Connection c, long report, OffsetDateTime now) throws SQLException {
        String description = Jdbc.first(c, "SELECT description FROM report WHERE id = ?", row -> row.string("description"), report)
                .orElse(null);
        Jdbc.execute(c, "UPDATE report SET email = NULL, phone = NULL, description = ?, updated_at = ? WHERE id = ?",
                description == null ? "" : redactor.apply(description), now, report);
    }
}
