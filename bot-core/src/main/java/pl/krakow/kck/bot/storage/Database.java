package pl.krakow.kck.bot.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

/**
 * The relational store: a pooled connection to H2 (embedded, the default) or PostgreSQL (production),
 * with the schema brought up to date by Flyway before first use.
 */
public final class Database implements AutoCloseable {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Database.class.getName());
    private static final int H2_QUERY_CACHE = 128;

    /** H2's own write of the store in the background (ms) when commits are written by the {@link GroupCommit}. */
    private static final int H2_BACKGROUND_WRITE_MS = 1000;

    private final HikariDataSource dataSource;
    private final GroupCommit group;
    private final DataSource flushing;

    private Database(HikariDataSource dataSource, GroupCommit group) {
        this.dataSource = dataSource;
        this.group = group;
        this.flushing = group.active() ? FlushingConnection.wrap(dataSource, group) : dataSource;
    }

    /**
     * Opens and migrates.
     *
     * @param url      JDBC URL, e.g. {@code jdbc:h2:file:./data/kck} or {@code jdbc:postgresql://127.0.0.1:5432/test}
     * @param user     may be empty
     * @param password may be empty
     * @param schema   schema to use and migrate (PostgreSQL), or null for the default
     */
    public static Database open(String url, String user, String password, String schema) {
        boolean grouped = url.startsWith("jdbc:h2:file:") && !url.contains("WRITE_DELAY");
        String jdbcUrl = url.startsWith("jdbc:h2:file:") ? durableH2(url) : url;
        if (jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.contains("QUERY_CACHE_SIZE")) {
            // H2 keeps 8 parsed statements per session by default, fewer than one message's turn uses: raise it so
            // that prepared statements are parsed once per pooled connection (PostgreSQL's driver does so by itself)
            jdbcUrl += ";QUERY_CACHE_SIZE=" + H2_QUERY_CACHE;
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user == null || user.isEmpty() ? null : user);
        config.setPassword(password == null || password.isEmpty() ? null : password);
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        config.setPoolName("kck-db");
        config.setAutoCommit(true);
        if (schema != null) {
            config.setSchema(schema);
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            var flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    // migrations written in parallel land in any order; an older one arriving later still applies
                    .outOfOrder(true);
            if (schema != null) {
                flyway.schemas(schema).createSchemas(true);
            }
            flyway.load().migrate();
            GroupCommit group = grouped ? new GroupCommit(new H2StoreWrite(dataSource)) : GroupCommit.NONE;
            group.flush();
            return new Database(dataSource, group);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * H2 file URLs get their folder created, every commit written to disk before it returns and new data always
     * appended at the end of the file ({@code REUSE_SPACE=FALSE}). The commits are written by the
     * {@link GroupCommit} (concurrent sessions' commits in one write; H2's own write in the background only every
     * {@value #H2_BACKGROUND_WRITE_MS} ms); a URL that sets {@code WRITE_DELAY} itself gets H2's writing as it asks
     * ({@code WRITE_DELAY=0}: H2 writes after each commit).
     * With space reuse, H2 sometimes writes a commit into a freed gap instead of where the previous chunk said
     * the next one would be, without moving the file header on to it; after a kill -9 the recovery follows the
     * chain from the header, stops at the gap and drops that commit and every later one (seen in
     * KillAndRestartTest on a loaded machine: a report the resident had been told about, and draft answers,
     * gone after the restart). Appending keeps the chain whole; the space is given back by the compaction at stop.
     */
    private static String durableH2(String url) {
        String rest = url.substring("jdbc:h2:file:".length());
        String path = rest.contains(";") ? rest.substring(0, rest.indexOf(';')) : rest;
        Path parent = Path.of(path).toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the database folder " + parent, e);
        }
        String durable = url.contains("WRITE_DELAY") ? url : url + ";WRITE_DELAY=" + H2_BACKGROUND_WRITE_MS;
        return durable.contains("REUSE_SPACE") ? durable : durable + ";REUSE_SPACE=FALSE";
    }

    /** Pooled connections; on an H2 file, each commit is durable when it returns (written in groups). */
    public DataSource dataSource() {
        return flushing;
    }

    Connection connection() throws SQLException {
        return flushing.getConnection();
    }

    /**
     * Runs the work with the commits it makes on this thread written to disk once, when it ends, instead of one
     * by one (H2 file; elsewhere the work just runs): for one message's several commits, all durable before the
     * caller answers.
     */
    public <T> T committedTogether(java.util.function.Supplier<T> work) {
        return group.together(work);
    }

    /** True on PostgreSQL, where several nodes may share the database; false on embedded H2 (one node). */
    public boolean isPostgres() {
        return dataSource.getJdbcUrl().startsWith("jdbc:postgresql:");
    }

    /**
     * A connection outside the pool, with the pool's URL, credentials and schema, for a node's long-lived
     * sessions (LISTEN, an advisory lock) that must neither hold a pool slot nor be recycled by it.
     */
    public Connection dedicatedConnection() throws SQLException {
        java.util.Properties properties = new java.util.Properties();
        if (dataSource.getUsername() != null) {
            properties.setProperty("user", dataSource.getUsername());
        }
        if (dataSource.getPassword() != null) {
            properties.setProperty("password", dataSource.getPassword());
        }
        Connection connection = java.sql.DriverManager.getConnection(dataSource.getJdbcUrl(), properties);
        try {
            connection.setAutoCommit(true);
            if (dataSource.getSchema() != null) {
                connection.setSchema(dataSource.getSchema());
            }
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** True when a trivial query succeeds: for health checks. */
    public boolean healthy() {
        try (Connection c = connection(); var s = c.createStatement()) {
            return s.execute("SELECT 1");
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Closes the pool. An embedded H2 file is compacted first ({@code SHUTDOWN COMPACT}: H2 writes the live
     * data into a new file and swaps it in), since H2 only reuses free space online and a file that saw many
     * conversations come and go grows to many times its data. Offline, at stop, so that it never competes
     * with a running service (online compaction lost data under kill -9 before); the time it took is logged.
     */
    @Override
    public void close() {
        if (dataSource.getJdbcUrl().startsWith("jdbc:h2:file:") && !dataSource.isClosed()) {
            long started = System.nanoTime();
            long[] took = {-1};
            try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
                took[0] = (System.nanoTime() - started) / 1_000_000;
            } catch (SQLException e) {
                if (took[0] < 0) { // after the shutdown, closing its statement and connection fails too: no news
                    LOG.warning(() -> "database not compacted at stop: " + e.getMessage());
                }
            }
            if (took[0] >= 0) {
                LOG.info(() -> "database compacted at stop in " + took[0] + " ms");
            }
        }
        dataSource.close();
    }
}
