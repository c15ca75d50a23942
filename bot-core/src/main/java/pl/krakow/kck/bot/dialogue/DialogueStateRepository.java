package pl.krakow.kck.bot.dialogue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.StorageException;

/** The dialogue state of each conversation (table {@code dialogue_state}): one row, replaced after every turn. */
public final class DialogueStateRepository {

    private final Database database;
    private final Clock clock;

    public DialogueStateRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The state, or {@link DialogueState#EMPTY} when the conversation has none yet. */
    public DialogueState find(String conversationId) {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT subject_article, subject_topic, subject_words, facet, last_report, missed_words "
                     + "FROM dialogue_state WHERE conversation_id = ?")) {
            select.setString(1, conversationId);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? new DialogueState(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5), row.getString(6))
                        : DialogueState.EMPTY;
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read the dialogue state of " + conversationId, e);
        }
    }

    public void save(String conversationId, DialogueState state) {
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                save(c, conversationId, state);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("cannot store the dialogue state of " + conversationId, e);
        }
    }

    /** Stores the state inside the caller's transaction (on {@code c}, auto-commit off), e.g. with the reply. */
    public void save(Connection c, String conversationId, DialogueState state) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        try (PreparedStatement update = c.prepareStatement("UPDATE dialogue_state SET subject_article = ?, subject_topic = ?, "
                + "subject_words = ?, facet = ?, last_report = ?, missed_words = ?, updated_at = ? WHERE conversation_id = ?")) {
            bind(update, state, now);
            update.setString(8, conversationId);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO dialogue_state (subject_article, subject_topic, "
                        + "subject_words, facet, last_report, missed_words, updated_at, conversation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    bind(insert, state, now);
                    insert.setString(8, conversationId);
                    insert.executeUpdate();
                }
            }
        }
    }

    private static void bind(PreparedStatement statement, DialogueState state, OffsetDateTime now) throws SQLException {
        statement.setString(1, state.article());
        statement.setString(2, state.topic());
        statement.setString(3, clip(state.words(), 2000));
        statement.setString(4, state.facet());
        statement.setString(5, state.lastReport());
        statement.setString(6, clip(state.missed(), 2000));
        statement.setObject(7, now);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
