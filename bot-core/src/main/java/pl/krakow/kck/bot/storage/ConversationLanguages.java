package pl.krakow.kck.bot.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

import pl.krakow.kck.bot.language.Language;

/**
 * The language each conversation is served in (column {@code conversation.lang}), and when it changed (table
 * {@code conversation_language}: analytics counts a past day in the language of that day).
 */
public final class ConversationLanguages {

    private final Database database;
    private final Clock clock;

    public ConversationLanguages(Database database) {
        this(database, Clock.systemUTC());
    }

    /** @param clock when a change happened */
    public ConversationLanguages(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
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

    /** Serves the conversation in {@code language} from now on; a change is recorded with its time. */
    public void save(String conversationId, Language language) {
        new Jdbc(database).transaction("cannot store the language of conversation " + conversationId, c -> {
            int changed = Jdbc.execute(c, "UPDATE conversation SET lang = ? WHERE id = ? AND (lang IS NULL OR lang <> ?)",
                    language.code(), conversationId, language.code());
            if (changed > 0) {
                Jdbc.execute(c, "INSERT INTO conversation_language (conversation_id, lang, changed_at) VALUES (?, ?, ?)",
                        conversationId, language.code(), Jdbc.now(clock));
            }
            return null;
        });
    }
}
