package pl.krakow.kck.bot.storage;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * The write of an embedded H2 file's store to disk ({@code MVStore.commit()}: what H2 itself does after each
 * commit with {@code WRITE_DELAY=0}), for the {@link GroupCommit}. The store is looked up through a pooled
 * connection, again when H2 has closed and reopened the database.
 */
final class H2StoreWrite implements GroupCommit.Write {

    private final DataSource pool;
    private volatile MVStore store;

    H2StoreWrite(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public void run() {
        MVStore current = store;
        if (current == null || current.isClosed()) {
            current = lookUp();
            store = current;
        }
        current.commit();
    }

    private MVStore lookUp() {
        try (Connection c = pool.getConnection()) {
            SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
            return session.getDatabase().getStore().getMvStore();
        } catch (SQLException e) {
            throw new StorageException("cannot reach the H2 store to write the commits to disk", e);
        }
    }
}
