package pl.krakow.kck.bot.storage;

/**
 * The database of one storage test on the named engine, {@code "h2"} (in memory) or {@code "postgresql"}
 * (a fresh schema in the local server, see {@link TestDatabases}); closing it drops what it created.
 */
public final class TestDatabase implements AutoCloseable {

    private final Database database;
    private final String schema;

    private TestDatabase(Database database, String schema) {
        this.database = database;
        this.schema = schema;
    }

    public static TestDatabase open(String engine) {
        if (engine.equals("postgresql")) {
            String schema = TestDatabases.freshSchema();
            return new TestDatabase(TestDatabases.postgres(schema), schema);
        }
        return new TestDatabase(TestDatabases.h2(), null);
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
        if (schema != null) {
            TestDatabases.dropSchema(schema);
        }
    }
}
