package pl.krakow.kck.bot.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.baseline.BaselineMigrationConfigurationExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new database gets its schema from the baseline migration (B33) in one step; a database that already has
 * versioned migrations applied goes on through them. Both must end with the same schema, and Flyway must still
 * validate either history at the next start.
 */
class BaselineMigrationTest {

    /** The version below which the baseline stands in for the versioned migrations. */
    private static final String BELOW_BASELINE = "32";

    @Test
    void should_give_a_new_h2_database_the_schema_an_upgraded_one_has() {
        String fresh = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        String old = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        versionedOnly(old, "", null);
        try (Database baselined = Database.open(fresh, "", "", null); Database upgraded = Database.open(old, "", "", null)) {
            assertEquals(List.of("33|SQL_BASELINE"), history(baselined, null));
            assertFalse(history(upgraded, null).contains("33|SQL_BASELINE"));
            assertEquals("33", latest(upgraded, null), "the old database upgraded through the versioned migrations");
            assertEquals(schema(upgraded, "PUBLIC"), schema(baselined, "PUBLIC"));
        }
    }

    @Test
    void should_give_a_new_postgresql_schema_the_schema_an_upgraded_one_has() {
        TestDatabases.requirePostgres();
        String fresh = TestDatabases.freshSchema();
        String old = TestDatabases.freshSchema();
        try {
            versionedOnly(TestDatabases.POSTGRES_URL, TestDatabases.POSTGRES_USER, old);
            try (Database baselined = TestDatabases.postgres(fresh); Database upgraded = TestDatabases.postgres(old)) {
                assertEquals(List.of("33|SQL_BASELINE"), history(baselined, fresh));
                assertEquals("33", latest(upgraded, old), "the old schema upgraded through the versioned migrations");
                assertEquals(schema(upgraded, old), schema(baselined, fresh));
            }
        } finally {
            TestDatabases.dropSchema(fresh);
            TestDatabases.dropSchema(old);
        }
    }

    @Test
    void should_validate_a_baselined_database_at_the_next_start(@TempDir Path folder) {
        String url = "jdbc:h2:file:" + folder.resolve("kck");
        List<String> first;
        try (Database database = Database.open(url, "", "", null)) {
            first = history(database, null);
        }
        try (Database database = Database.open(url, "", "", null)) {
            assertEquals(first, history(database, null), "nothing applied again");
        }
        // Flyway validates the baselined history as it is: nothing pending, nothing failed or missing
        var validation = Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").outOfOrder(true)
                .load().validateWithResult();
        assertTrue(validation.validationSuccessful, () -> String.valueOf(validation.invalidMigrations));
    }

    @Test
    void should_hold_the_versioned_migrations_up_to_33_unchanged_in_version_order() throws Exception {
        // Flyway does not compare an applied baseline's checksum with its file (measured on 13.12): this test is what
        // keeps the baseline equal to the migrations an old database ran, which Flyway does check
        Path folder = Path.of(BaselineMigrationTest.class.getResource("/db/migration").toURI());
        String baseline = java.nio.file.Files.readString(folder.resolve("B33__schema_of_v1_to_v33.sql"));
        List<Path> versioned;
        try (var files = java.nio.file.Files.list(folder)) {
            versioned = files.filter(f -> f.getFileName().toString().matches("V[0-9_]+__.*\\.sql"))
                    .filter(f -> version(f).getFirst() <= 33)
                    .sorted(java.util.Comparator.comparing(BaselineMigrationTest::version, BaselineMigrationTest::compare))
                    .toList();
        }
        StringBuilder expected = new StringBuilder();
        for (Path file : versioned) {
            expected.append("\n-- ==== ").append(file.getFileName()).append('\n').append(java.nio.file.Files.readString(file)).append('\n');
        }
        assertTrue(versioned.size() >= 20, () -> "versioned migrations found: " + versioned);
        assertEquals(expected.toString(), baseline.substring(baseline.indexOf("\n-- ==== ")));
    }

    private static List<Integer> version(Path file) {
        String name = file.getFileName().toString();
        return java.util.Arrays.stream(name.substring(1, name.indexOf("__")).split("_")).map(Integer::valueOf).toList();
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return Integer.compare(a.get(i), b.get(i));
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** An old database: the versioned migrations up to {@value #BELOW_BASELINE}, as Flyway applied them before B33. */
    private static void versionedOnly(String url, String user, String schema) {
        var flyway = Flyway.configure()
                .dataSource(url, user, "")
                .locations("classpath:db/migration")
                .target(BELOW_BASELINE);
        // as before the baseline existed: no file with this prefix
        flyway.getConfigurationExtension(BaselineMigrationConfigurationExtension.class).setBaselineMigrationPrefix("NO_BASELINE_");
        if (schema != null) {
            flyway.schemas(schema).createSchemas(true);
        }
        flyway.load().migrate();
    }

    private static List<String> history(Database database, String schema) {
        List<String> rows = new ArrayList<>();
        String sql = "SELECT \"version\", \"type\" FROM \"flyway_schema_history\" WHERE \"type\" NOT IN ('SCHEMA', 'TABLE') "
                + "ORDER BY \"installed_rank\"";
        if (schema != null) { // PostgreSQL: Flyway's names unquoted, in the test's schema
            sql = sql.replace("\"", "").replace("FROM flyway_schema_history", "FROM " + schema + ".flyway_schema_history");
        }
        try (Connection c = database.connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1) + "|" + r.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static String latest(Database database, String schema) {
        List<String> rows = history(database, schema);
        return rows.getLast().split("\\|")[0];
    }

    /** Tables, columns, indexes and keys as the JDBC driver describes them, sorted. */
    private static List<String> schema(Database database, String schema) {
        List<String> lines = new ArrayList<>();
        try (Connection c = database.connection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet r = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (r.next()) {
                    if (!r.getString("TABLE_NAME").equalsIgnoreCase("flyway_schema_history")) {
                        tables.add(r.getString("TABLE_NAME"));
                    }
                }
            }
            for (String table : tables) {
                lines.add("table " + table);
                try (ResultSet r = meta.getColumns(null, schema, table, "%")) {
                    while (r.next()) {
                        lines.add("column " + table + "." + r.getString("COLUMN_NAME") + " " + r.getString("TYPE_NAME") + "("
                                + r.getInt("COLUMN_SIZE") + ") nullable=" + r.getString("IS_NULLABLE") + " default="
                                + r.getString("COLUMN_DEF") + " at " + r.getInt("ORDINAL_POSITION"));
                    }
                }
                try (ResultSet r = meta.getIndexInfo(null, schema, table, false, false)) {
                    while (r.next()) {
                        lines.add("index " + table + "." + r.getString("INDEX_NAME") + " unique=" + !r.getBoolean("NON_UNIQUE")
                                + " " + r.getShort("ORDINAL_POSITION") + ":" + r.getString("COLUMN_NAME"));
                    }
                }
                try (ResultSet r = meta.getPrimaryKeys(null, schema, table)) {
                    while (r.next()) {
                        lines.add("primary " + table + "." + r.getString("COLUMN_NAME"));
                    }
                }
                try (ResultSet r = meta.getImportedKeys(null, schema, table)) {
                    while (r.next()) {
                        lines.add("foreign " + table + "." + r.getString("FKCOLUMN_NAME") + " -> " + r.getString("PKTABLE_NAME")
                                + "." + r.getString("PKCOLUMN_NAME") + " delete=" + r.getShort("DELETE_RULE"));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        lines.sort(null);
        assertTrue(lines.contains("table " + (schema.equals("PUBLIC") ? "MESSAGE" : "message")), () -> "no message table in " + lines);
        return lines;
    }
}
