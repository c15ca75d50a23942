package pl.krakow.kck.channels.telegram;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import pl.krakow.kck.bot.storage.StorageException;

/** Which conversation a Telegram chat continues, kept in the database so that a restart changes nothing. */
final class TelegramChats {

    private final DataSource dataSource;

    TelegramChats(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The chat's conversation, created with {@code start} on the first message. */
    String conversationOf(long chatId, Supplier<String> start) {
        Optional<String> known = find("SELECT conversation_id FROM telegram_chat WHERE chat_id = ?", chatId);
        if (known.isPresent()) {
            return known.get();
        }
        String created = start.get();
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO telegram_chat (chat_id, conversation_id, created_at) VALUES (?, ?, ?)")) {
            insert.setLong(1, chatId);
            insert.setString(2, created);
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
            return created;
        } catch (SQLException e) {
            // Two updates of a new chat at once: the first insert wins, the other reads it.
            return find("SELECT conversation_id FROM telegram_chat WHERE chat_id = ?", chatId)
                    .orElseThrow(() -> new StorageException("cannot link Telegram chat " + chatId, e));
        }
    }

    /**
     * Starts the chat over with a new conversation (/start). The conversation it leaves is remembered as the
     * chat's past one, so that "moje zgłoszenia" still lists the reports filed in it.
     */
    void restart(long chatId, String conversationId) {
        Optional<String> previous = find("SELECT conversation_id FROM telegram_chat WHERE chat_id = ?", chatId);
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE telegram_chat SET conversation_id = ? WHERE chat_id = ?")) {
            if (previous.isPresent() && !previous.get().equals(conversationId)) {
                remember(c, chatId, previous.get());
            }
            update.setString(1, conversationId);
            update.setLong(2, chatId);
            if (update.executeUpdate() == 0) {
                conversationOf(chatId, () -> conversationId);
            }
        } catch (SQLException e) {
            throw new StorageException("cannot restart Telegram chat " + chatId, e);
        }
    }

    private static void remember(Connection c, long chatId, String conversationId) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO telegram_chat_past (chat_id, conversation_id, ended_at) VALUES (?, ?, ?)")) {
            insert.setLong(1, chatId);
            insert.setString(2, conversationId);
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) { // remembered already (two /start at once)
                throw e;
            }
        }
    }

    Optional<Long> chatOf(String conversationId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT chat_id FROM telegram_chat WHERE conversation_id = ?")) {
            select.setString(1, conversationId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read Telegram chats", e);
        }
    }

    /** The chat's current conversation, if it has one (nothing is started). */
    Optional<String> current(long chatId) {
        return find("SELECT conversation_id FROM telegram_chat WHERE chat_id = ?", chatId);
    }

    private Optional<String> find(String sql, long chatId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, chatId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read Telegram chats", e);
        }
    }
}
