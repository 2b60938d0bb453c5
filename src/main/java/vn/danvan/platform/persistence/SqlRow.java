package vn.danvan.platform.persistence;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the rows of a result set by column name, with the types as Hibernate stores them (see {@link SqlParameters}).
 * The names are resolved to positions once per result set: looking each value up by name through the driver cost the
 * busiest list about 5 % of its time, reading by bare position made the code depend on the order of a select list.
 */
public final class SqlRow {

    private final ResultSet rows;
    private final Map<String, Integer> positions = new HashMap<>();

    private SqlRow(ResultSet rows) throws SQLException {
        this.rows = rows;
        ResultSetMetaData meta = rows.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            positions.putIfAbsent(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), i);
        }
    }

    /** A reader of the result set's current row (and of each next one, as the result set moves on). */
    public static SqlRow of(ResultSet rows) throws SQLException {
        return new SqlRow(rows);
    }

    private int at(String column) throws SQLException {
        Integer position = positions.get(column);
        if (position == null) {
            throw new SQLException("No column " + column + " in the result");
        }
        return position;
    }

    public UUID uuid(String column) throws SQLException {
        return UuidBytes.toUuid(rows.getBytes(at(column)));
    }

    public String string(String column) throws SQLException {
        return rows.getString(at(column));
    }

    public byte[] bytes(String column) throws SQLException {
        return rows.getBytes(at(column));
    }

    public boolean bool(String column) throws SQLException {
        return rows.getBoolean(at(column));
    }

    public int integer(String column) throws SQLException {
        return rows.getInt(at(column));
    }

    public long longValue(String column) throws SQLException {
        return rows.getLong(at(column));
    }

    public LocalDate date(String column) throws SQLException {
        return rows.getObject(at(column), LocalDate.class);
    }

    /** A UTC date-time column as an instant. */
    public Instant instant(String column) throws SQLException {
        LocalDateTime utc = rows.getObject(at(column), LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    /** An enum stored by name; null for SQL NULL. */
    public <E extends Enum<E>> E enumOf(String column, Class<E> type) throws SQLException {
        String name = rows.getString(at(column));
        return name == null ? null : Enum.valueOf(type, name);
    }
}
