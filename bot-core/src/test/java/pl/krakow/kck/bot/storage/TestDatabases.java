package pl.krakow.kck.bot.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the storage tests run against: embedded H2 always, PostgreSQL when it is reachable.
 * Under CI (CI=true) a missing PostgreSQL fails the suite instead of skipping it.
 */
public final class TestDatabases {

    public static final String POSTGRES_URL = System.getenv().getOrDefault("KCK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String POSTGRES_USER = System.getenv().getOrDefault("KCK_TEST_PG_USER", "postgres");

    private TestDatabases() {
    }

    /** A fresh in-memory H2 database. */
    public static Database h2() {
        return Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "", "", null);
    }

    /** A fresh schema in the local PostgreSQL; drop it with {@link #dropSchema(String)}. */
    public static Database postgres(String schema) {
        requirePostgres();
        return Database.open(POSTGRES_URL, POSTGRES_USER, "", schema);
    }

    public static String freshSchema() {
        return "kck_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static void dropSchema(String schema) {
        try (Connection c = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
             var s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            // best effort: a left-over test schema harms nothing
        }
    }

    public static void requirePostgres() {
        try (Connection c = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "")) {
            c.isValid(2);
        } catch (SQLException e) {
            String message = "PostgreSQL is not reachable at " + POSTGRES_URL + " as " + POSTGRES_USER + " (" + e.getMessage()
                    + "). Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"
                    + " (or set KCK_TEST_PG_URL / KCK_TEST_PG_USER).";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI requires PostgreSQL: " + message);
            }
            Assumptions.abort("skipping PostgreSQL tests: " + message);
        }
    }
}
