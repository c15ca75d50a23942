package pl.krakow.kck.distribution;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The local PostgreSQL as its administrator sees it (KCK_TEST_PG_URL / KCK_TEST_PG_USER, default
 * 127.0.0.1:5432, postgres): creates a login role and a database it owns, as the README tells the operator,
 * under a name with "kck_dist_" and a random part, and drops them again.
 */
final class PostgresServer implements AutoCloseable {

    static final String URL = System.getenv().getOrDefault("KCK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String ADMIN = System.getenv().getOrDefault("KCK_TEST_PG_USER", "postgres");

    final String role = "kck_dist_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    final String password = UUID.randomUUID().toString();

    static boolean reachable() {
        try (Connection c = admin()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Host and port of the server, for JDBC URLs and pg_dump. */
    static String hostAndPort() {
        return URL.replaceFirst("^jdbc:postgresql://", "").replaceFirst("/.*$", "");
    }

    static String host() {
        return hostAndPort().split(":")[0];
    }

    static String port() {
        String[] parts = hostAndPort().split(":");
        return parts.length > 1 ? parts[1] : "5432";
    }

    String url(String database) {
        return "jdbc:postgresql://" + hostAndPort() + "/" + database;
    }

    /** README, "PostgreSQL": the service's role, and its database owned by it. */
    PostgresServer createRole() throws SQLException {
        execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
        return this;
    }

    void createDatabase(String database) throws SQLException {
        execute("CREATE DATABASE " + database + " OWNER " + role + " ENCODING 'UTF8' TEMPLATE template0");
        execute("REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
    }

    /** Refuses (true) or allows new connections to the database, and ends those open now. */
    void refuseConnections(String database, boolean refuse) throws SQLException {
        execute("ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS " + !refuse);
        if (refuse) {
            execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(URL, ADMIN, "");
    }

    /** Drops the databases named and the role; best effort, a left-over harms nothing. */
    void drop(String... databases) {
        for (String database : databases) {
            try {
                execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("could not drop " + database + ": " + e.getMessage());
            }
        }
        try {
            execute("DROP ROLE IF EXISTS " + role);
        } catch (SQLException e) {
            System.err.println("could not drop role " + role + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        drop(role, role + "_restored");
    }
}
