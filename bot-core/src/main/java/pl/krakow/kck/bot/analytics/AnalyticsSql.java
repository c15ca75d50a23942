package pl.krakow.kck.bot.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import pl.krakow.kck.bot.storage.StorageException;

/**
 * Runs one aggregate query of a period. A query's {@code ?} parameters are the period's start and end (UTC),
 * repeated as often as the query asks for them, unless it is given its parameters. Portable SQL only (H2 2.x and PostgreSQL 13+).
 */
final class AnalyticsSql {

    /** FINE: each query with its time ({@code ./kck bench analytics --trace}). */
    static final Logger LOG = Logger.getLogger(AnalyticsSql.class.getName());

    /**
     * The UTC day and hour a timestamp falls in, two columns: local days and hours are computed from them in Java.
     * H2 keeps the offset each timestamp was written with, and every repository writes UTC, so a plain cast is
     * already UTC there (and several times faster than converting); PostgreSQL converts from its session's zone.
     */
    String utcDayAndHour(String column) {
        String utc = postgres ? "(" + column + " AT TIME ZONE 'UTC')" : column;
        return "CAST(" + utc + " AS DATE), EXTRACT(HOUR FROM " + utc + ")";
    }

    /** The hour since the epoch of a row's {@link #utcDayAndHour} columns at {@code column} and the next. */
    static long epochHour(ResultSet row, int column) throws SQLException {
        return row.getObject(column, java.time.LocalDate.class).toEpochDay() * 24 + row.getInt(column + 1);
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final DataSource dataSource;
    private final boolean postgres;

    /** True on PostgreSQL, false on H2. */
    boolean postgres() {
        return postgres;
    }

    AnalyticsSql(DataSource dataSource) {
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection()) {
            this.postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new StorageException("cannot read the database's product name", e);
        }
    }

    <T> List<T> rows(String sql, Period period, RowReader<T> reader) {
        return rows(sql, period, reader, new Object[0]);
    }

    /** With {@code parameters} bound in order when given (the period then only names what failed). */
    <T> List<T> rows(String sql, Period period, RowReader<T> reader, Object... parameters) {
        long started = System.nanoTime();
        long cpu = cpu();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            if (parameters.length > 0) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setObject(i + 1, parameters[i]);
                }
            } else {
                long marks = sql.chars().filter(ch -> ch == '?').count();
                for (int i = 1; i <= marks; i += 2) {
                    select.setObject(i, period.startUtc());
                    select.setObject(i + 1, period.endUtc());
                }
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(reader.read(row));
                }
            }
            trace(started, cpu, sql);
            return rows;
        } catch (SQLException e) {
            throw new StorageException("cannot compute analytics for " + period.from() + ".." + period.to(), e);
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** The thread's CPU time so far (ns), when queries are traced; 0 otherwise. */
    static long cpu() {
        return LOG.isLoggable(Level.FINE) ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /**
     * Logs a query with its time and the CPU time of the thread (H2 runs queries in it; PostgreSQL's work is not in it)
     * at FINE, when it finished. On a shared machine the time is mostly waiting for a core, the CPU time is not.
     */
    static void trace(long startedNanos, long startedCpu, String sql) {
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine(String.format("%5d ms %4d ms CPU  %s", (System.nanoTime() - startedNanos) / 1_000_000,
                    (THREADS.getCurrentThreadCpuTime() - startedCpu) / 1_000_000, sql));
        }
    }

    /** The first row of a query without parameters. */
    <T> T single(String sql, RowReader<T> reader) {
        long started = System.nanoTime();
        long cpu = cpu();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql);
             ResultSet row = select.executeQuery()) {
            T first = row.next() ? reader.read(row) : null;
            trace(started, cpu, sql);
            return first;
        } catch (SQLException e) {
            throw new StorageException("cannot compute analytics", e);
        }
    }}
