package pl.krakow.kck.bot.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On an H2 file, a commit has been written to disk when it returns; inside committedTogether, when the work ends. */
class FlushingConnectionTest {

    @TempDir
    Path folder;

    private Database database;
    private MVStore store;

    @BeforeEach
    void open() throws SQLException {
        database = Database.open("jdbc:h2:file:" + folder.resolve("kck"), "", "", null);
        try (Connection c = database.dataSource().getConnection()) {
            store = ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore();
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void should_have_written_an_auto_commit_write_when_it_returns() {
        ConversationRepository conversations = new ConversationRepository(database, Clock.systemUTC());
        conversations.create("web");
        assertFalse(store.hasUnsavedChanges());
        new Jdbc(database).update("cannot touch", "UPDATE conversation SET channel = 'telegram'");
        assertFalse(store.hasUnsavedChanges());
    }

    @Test
    void should_have_written_a_transaction_when_its_commit_returns() {
        ConversationRepository conversations = new ConversationRepository(database, Clock.systemUTC());
        String id = conversations.create("web").id();
        conversations.append(id, Author.RESIDENT, null, "Gdzie wyrobię dowód?", null);
        assertFalse(store.hasUnsavedChanges());
    }

    @Test
    void should_write_the_commits_of_work_done_together_when_it_ends() {
        ConversationRepository conversations = new ConversationRepository(database, Clock.systemUTC());
        String id = conversations.create("web").id();
        boolean unsavedDuring = database.committedTogether(() -> {
            conversations.append(id, Author.RESIDENT, null, "Gdzie wyrobię dowód?", null);
            conversations.append(id, Author.ASSISTANT, "answer", "W urzędzie.", null);
            return store.hasUnsavedChanges();
        });
        assertTrue(unsavedDuring, "inside the work the commits wait for its end");
        assertFalse(store.hasUnsavedChanges());
        assertEquals(2, conversations.transcript(id).size());
    }

    @Test
    void should_leave_statements_that_only_read_to_the_driver() throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement read = c.prepareStatement("SELECT id, updated_at FROM conversation WHERE id = ?");
             PreparedStatement write = c.prepareStatement("UPDATE conversation SET updated_at = updated_at")) {
            assertFalse(Proxy.isProxyClass(read.getClass()));
            assertTrue(Proxy.isProxyClass(write.getClass()));
        }
    }

    @Test
    void should_tell_writes_from_reads() {
        assertFalse(FlushingConnection.writes("SELECT updated_at, deleted FROM conversation"));
        assertTrue(FlushingConnection.writes("insert into message (id) values (?)"));
        assertTrue(FlushingConnection.writes("MERGE INTO churn VALUES (?, ?)"));
        assertTrue(FlushingConnection.writes("SELECT message_count FROM conversation WHERE id = ? FOR UPDATE"));
        assertTrue(FlushingConnection.writes("DELETE FROM draft WHERE conversation_id = ?"));
    }
}
