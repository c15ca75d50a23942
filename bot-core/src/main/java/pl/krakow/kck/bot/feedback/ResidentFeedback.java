package pl.krakow.kck.bot.feedback;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;

import javax.sql.DataSource;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import pl.krakow.kck.bot.storage.Jdbc;
import pl.krakow.kck.bot.storage.StorageException;

/**
 * Residents' feedback, stored with what it concerns and never required: a thumb (with an optional reason) on one
 * of the assistant's replies, and the satisfaction score (1–5) asked once when a consultant closes a case (the
 * closing message carries {@code survey.case}). Rating again replaces the earlier rating.
 */
public final class ResidentFeedback {

    /** What became of a rating. */
    public enum Outcome {
        STORED,
        /** No message with that number in the conversation. */
        NO_SUCH_MESSAGE,
        /** The message is not a reply of the assistant (or, for a score, carries no satisfaction question). */
        NOT_RATEABLE
    }

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;

    private final DataSource dataSource;
    private final Clock clock;

    public ResidentFeedback(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The JSON a closing message carries so that the resident's channel asks the satisfaction question. */
    public static JsonObject survey(long caseId) {
        return JSON.createObjectBuilder().add("case", caseId).add("min", MIN_SCORE).add("max", MAX_SCORE).build();
    }

    /** A thumb on the assistant's reply number {@code seq} of the conversation; the reason only with a thumb down. */
    public Outcome rateReply(String conversationId, int seq, boolean helpful, FeedbackReason reason) {
        try (Connection c = dataSource.getConnection()) {
            Message message = message(c, conversationId, seq);
            if (message == null) {
                return Outcome.NO_SUCH_MESSAGE;
            }
            if (!"assistant".equals(message.author()) || message.kind() == null) {
                return Outcome.NOT_RATEABLE;
            }
            replace(c, "message_id", message.id(), conversationId, helpful, helpful || reason == null ? null : reason.wire(), null);
            return Outcome.STORED;
        } catch (SQLException e) {
            throw new StorageException("cannot store feedback in conversation " + conversationId, e);
        }
    }

    /** The satisfaction score given to the closing message number {@code seq} (which names its case). */
    public Outcome rateCase(String conversationId, int seq, int score) {
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new IllegalArgumentException("a satisfaction score is " + MIN_SCORE + "–" + MAX_SCORE + ": " + score);
        }
        try (Connection c = dataSource.getConnection()) {
            Message message = message(c, conversationId, seq);
            if (message == null) {
                return Outcome.NO_SUCH_MESSAGE;
            }
            Long caseId = surveyedCase(message.data());
            if (caseId == null || !caseOf(c, caseId, conversationId)) {
                return Outcome.NOT_RATEABLE;
            }
            replace(c, "handoff_id", caseId, conversationId, null, null, score);
            return Outcome.STORED;
        } catch (SQLException e) {
            throw new StorageException("cannot store a satisfaction score in conversation " + conversationId, e);
        }
    }

    private record Message(long id, String author, String kind, String data) {
    }

    private static Message message(Connection c, String conversationId, int seq) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, author, kind, data FROM message WHERE conversation_id = ? AND seq = ?")) {
            select.setString(1, conversationId);
            select.setInt(2, seq);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new Message(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)) : null;
            }
        }
    }

    private static boolean caseOf(Connection c, long caseId, String conversationId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM handoff WHERE id = ? AND conversation_id = ?")) {
            select.setLong(1, caseId);
            select.setString(2, conversationId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /** Whether a stored message's data carries the satisfaction question (the message that closed a case). */
    public static boolean asksSatisfaction(String data) {
        return surveyedCase(data) != null;
    }

    static Long surveyedCase(String data) {
        if (data == null || !data.contains("\"survey\"")) {
            return null;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(data))) {
            JsonValue survey = reader.readObject().get("survey");
            if (survey == null || survey.getValueType() != JsonValue.ValueType.OBJECT
                    || !survey.asJsonObject().containsKey("case")) {
                return null;
            }
            return survey.asJsonObject().getJsonNumber("case").longValue();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Deletes the earlier rating of the same reply or case and writes the new one, in one transaction. */
    private void replace(Connection c, String target, long targetId, String conversationId, Boolean helpful, String reason, Integer score)
            throws SQLException {
        c.setAutoCommit(false);
        try {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM feedback WHERE " + target + " = ?")) {
                delete.setLong(1, targetId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO feedback (conversation_id, " + target
                    + ", helpful, reason, score, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, conversationId);
                insert.setLong(2, targetId);
                if (helpful == null) {
                    insert.setNull(3, Types.BOOLEAN);
                } else {
                    insert.setBoolean(3, helpful);
                }
                insert.setString(4, reason);
                if (score == null) {
                    insert.setNull(5, Types.SMALLINT);
                } else {
                    insert.setShort(5, score.shortValue());
                }
                insert.setObject(6, Jdbc.now(clock));
                insert.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
