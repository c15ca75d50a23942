package pl.krakow.kck.bot.feedback;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;

import javax.sql.DataSource;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import pl.krakow.kck.bot.storage.Jdbc;

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

    private final Jdbc jdbc;
    private final Clock clock;

    public ResidentFeedback(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
    }

    /** The JSON a closing message carries so that the resident's channel asks the satisfaction question. */
    public static JsonObject survey(long caseId) {
        return JSON.createObjectBuilder().add("case", caseId).add("min", MIN_SCORE).add("max", MAX_SCORE).build();
    }

    /** A thumb on the assistant's reply number {@code seq} of the conversation; the reason only with a thumb down. */
    public Outcome rateReply(String conversationId, int seq, boolean helpful, FeedbackReason reason) {
        return jdbc.transaction("cannot store feedback in conversation " + conversationId, c -> {
            Message message = message(c, conversationId, seq);
            if (message == null) {
                return Outcome.NO_SUCH_MESSAGE;
            }
            if (!"assistant".equals(message.author()) || message.kind() == null) {
                return Outcome.NOT_RATEABLE;
            }
            replace(c, "message_id", message.id(), conversationId, helpful, helpful || reason == null ? null : reason.wire(), null,
                    message.kind());
            return Outcome.STORED;
        });
    }

    /** The satisfaction score given to the closing message number {@code seq} (which names its case). */
    public Outcome rateCase(String conversationId, int seq, int score) {
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new IllegalArgumentException("a satisfaction score is " + MIN_SCORE + "–" + MAX_SCORE + ": " + score);
        }
        return jdbc.transaction("cannot store a satisfaction score in conversation " + conversationId, c -> {
            Message message = message(c, conversationId, seq);
            if (message == null) {
                return Outcome.NO_SUCH_MESSAGE;
            }
            Long caseId = surveyedCase(message.data());
            if (caseId == null || !caseOf(c, caseId, conversationId)) {
                return Outcome.NOT_RATEABLE;
            }
            replace(c, "handoff_id", caseId, conversationId, null, null, score, null);
            return Outcome.STORED;
        });
    }

    private record Message(long id, String author, String kind, String data) {
    }

    private static Message message(Connection c, String conversationId, int seq) throws SQLException {
        return Jdbc.first(c, "SELECT id, author, kind, data FROM message WHERE conversation_id = ? AND seq = ?",
                row -> new Message(row.number("id"), row.string("author"), row.string("kind"), row.string("data")),
                conversationId, seq).orElse(null);
    }

    private static boolean caseOf(Connection c, long caseId, String conversationId) throws SQLException {
        return Jdbc.first(c, "SELECT 1 AS found FROM handoff WHERE id = ? AND conversation_id = ?", row -> true, caseId, conversationId)
                .isPresent();
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

    /**
     * Deletes the earlier rating of the same reply or case and writes the new one, in the caller's transaction;
     * a reply's rating keeps the reply's kind (for the analytics).
     */
    private void replace(Connection c, String target, long targetId, String conversationId, Boolean helpful, String reason, Integer score,
                         String replyKind) throws SQLException {
        Jdbc.execute(c, "DELETE FROM feedback WHERE " + target + " = ?", targetId);
        Jdbc.execute(c, "INSERT INTO feedback (conversation_id, " + target + ", helpful, reason, score, created_at, reply_kind) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", conversationId, targetId, Jdbc.orNull(helpful, Types.BOOLEAN), reason,
                score == null ? new Jdbc.Null(Types.SMALLINT) : Short.valueOf(score.shortValue()), Jdbc.now(clock),
                replyKind == null ? new Jdbc.Null(Types.VARCHAR) : replyKind);
    }
}
