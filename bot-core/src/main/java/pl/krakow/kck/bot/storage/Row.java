package pl.krakow.kck.bot.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** The current row of a result set, its columns read by name (label), SQL NULL kept as Java null. */
public final class Row {

    private final ResultSet resultSet;

    Row(ResultSet resultSet) {
        this.resultSet = resultSet;
    }

    public String string(String column) throws SQLException {
        return resultSet.getString(column);
    }

    /** A NOT NULL integer column. */
    public long number(String column) throws SQLException {
        return resultSet.getLong(column);
    }

    /** A NOT NULL integer column. */
    public int integer(String column) throws SQLException {
        return resultSet.getInt(column);
    }

    public boolean flag(String column) throws SQLException {
        return resultSet.getBoolean(column);
    }

    /** An integer column that may be NULL. */
    public Long nullableNumber(String column) throws SQLException {
        long value = resultSet.getLong(column);
        return resultSet.wasNull() ? null : value;
    }

    /** A floating-point column that may be NULL. */
    public Double nullableDecimal(String column) throws SQLException {
        double value = resultSet.getDouble(column);
        return resultSet.wasNull() ? null : value;
    }

    public byte[] bytes(String column) throws SQLException {
        return resultSet.getBytes(column);
    }

    public OffsetDateTime time(String column) throws SQLException {
        return resultSet.getObject(column, OffsetDateTime.class);
    }
}
