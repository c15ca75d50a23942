package pl.krakow.kck.bot.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The JDBC steps every repository needs, written once: a pooled connection or a transaction (committed when
 * the work returns, rolled back when it throws, a {@link SQLException} wrapped in a {@link StorageException}
 * that says what failed), statements bound null-safely, rows read by column name ({@link Row}), and the one
 * "now" both databases keep (UTC, microseconds).
 */
public final class Jdbc {

    /** SQLSTATE of a unique constraint violation, on H2 and PostgreSQL alike. */
    public static final String UNIQUE_VIOLATION = "23505";

    /** Work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Reads one row. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(Row row) throws SQLException;
    }

    /** A null bound with its SQL type ({@link java.sql.Types}), where the database must know it. */
    public record Null(int sqlType) {
    }

    private final DataSource dataSource;

    public Jdbc(Database database) {
        this(database.dataSource());
    }

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Now in UTC to the microsecond: what both databases keep. */
    public static OffsetDateTime now(Clock clock) {
        return at(clock.instant());
    }

    /** The instant in UTC to the microsecond. */
    public static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** True when the failure (or its cause) is a unique constraint violation. */
    public static boolean uniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Runs the work on a pooled connection in auto-commit. */
    public <T> T connection(String failure, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StorageException(failure, e);
        }
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T transaction(String failure, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException(failure, e);
        }
    }

    /** The rows of a query, read one by one. */
    public <T> List<T> list(String failure, String sql, RowReader<T> reader, Object... parameters) {
        return connection(failure, c -> list(c, sql, 0, reader, parameters));
    }

    /** At most {@code limit} rows of a query. */
    public <T> List<T> list(String failure, String sql, int limit, RowReader<T> reader, Object... parameters) {
        return connection(failure, c -> list(c, sql, limit, reader, parameters));
    }

    /** The first row of a query, if any. */
    public <T> Optional<T> first(String failure, String sql, RowReader<T> reader, Object... parameters) {
        return connection(failure, c -> first(c, sql, reader, parameters));
    }

    /** An INSERT, UPDATE or DELETE in auto-commit; returns the rows changed. */
    public int update(String failure, String sql, Object... parameters) {
        return connection(failure, c -> execute(c, sql, parameters));
    }

    /** The rows of a query on the caller's connection; {@code limit} 0 means all. */
    public static <T> List<T> list(Connection c, String sql, int limit, RowReader<T> reader, Object... parameters)
            throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            bind(select, parameters);
            if (limit > 0) {
                select.setMaxRows(limit);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet resultSet = select.executeQuery()) {
                Row row = new Row(resultSet);
                while (resultSet.next()) {
                    rows.add(reader.read(row));
                }
            }
            return rows;
        }
    }

    /** The first row of a query on the caller's connection, if any. */
    public static <T> Optional<T> first(Connection c, String sql, RowReader<T> reader, Object... parameters) throws SQLException {
        List<T> rows = list(c, sql, 1, reader, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    /** An INSERT, UPDATE or DELETE on the caller's connection; returns the rows changed. */
    public static int execute(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    /** An INSERT of one row on the caller's connection; returns its generated key. */
    public static long insert(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, parameters);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no generated key");
                }
                return keys.getLong(1);
            }
        }
    }

    /**
     * Binds the parameters in order, each by its type; a null is bound as a null of its column ({@link Types#NULL},
     * the driver leaves the type to the database) unless given as a {@link Null} with its type.
     */
    public static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            int index = i + 1;
            switch (parameters[i]) {
                case null -> statement.setNull(index, Types.NULL);
                case Null typed -> statement.setNull(index, typed.sqlType());
                case String text -> statement.setString(index, text);
                case Long number -> statement.setLong(index, number);
                case Integer number -> statement.setInt(index, number);
                case Double number -> statement.setDouble(index, number);
                case Boolean flag -> statement.setBoolean(index, flag);
                case Instant instant -> statement.setObject(index, at(instant));
                case byte[] bytes -> statement.setBytes(index, bytes);
                default -> statement.setObject(index, parameters[i]);
            }
        }
    }

    /** The value, or a null of the given SQL type when it is null. */
    public static Object orNull(Object value, int sqlType) {
        return value == null ? new Null(sqlType) : value;
    }
}
