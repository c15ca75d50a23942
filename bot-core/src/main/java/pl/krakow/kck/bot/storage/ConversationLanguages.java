package pl.krakow.kck.bot.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import pl.krakow.kck.bot.language.Language;

/** The language each conversation is served in (column {@code conversation.lang}). */
public final class ConversationLanguages {

    private final Database database;

    public ConversationLanguages(Database database) {
        this.database = database;
    }

    /** Empty while the conversation has no language yet (or does not exist). */
    public Optional<Language> find(String conversationId) {
        try (Connection c = database.connection();
             PreparedStatement select = c.prepareStatement("SELECT lang FROM conversation WHERE id = ?")) {
            select.setString(1, conversationId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Language.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read the language of conversation " + conversationId, e);
        }
    }

    public void save(String conversationId, Language language) {
        try (Connection c = database.connection();
             PreparedStatement update = c.prepareStatement("UPDATE conversation SET lang = ? WHERE id = ?")) {
            update.setString(1, language.code());
            update.setString(2, conversationId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("cannot store the language of conversation " + conversationId, e);
        }
    }
}
