package vn.danvan.platform.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Reads a result-set row column after column, in the order of a select list, with the types as Hibernate stores
 * them (see {@link SqlParameters}). By position, because looking each column up by name cost the busiest list
 * about 5 % of its time.
 */
public final class SqlColumns {

    private final ResultSet row;
    private int next = 1;

    private SqlColumns(ResultSet row) {
        this.row = row;
    }

    /** A reader at the row's first column. */
    public static SqlColumns of(ResultSet row) {
        return new SqlColumns(row);
    }

    public UUID uuid() throws SQLException {
        return UuidBytes.toUuid(row.getBytes(next++));
    }

    public String string() throws SQLException {
        return row.getString(next++);
    }

    public byte[] bytes() throws SQLException {
        return row.getBytes(next++);
    }

    public boolean bool() throws SQLException {
        return row.getBoolean(next++);
    }

    public int integer() throws SQLException {
        return row.getInt(next++);
    }

    public long longValue() throws SQLException {
        return row.getLong(next++);
    }

    public LocalDate date() throws SQLException {
        return row.getObject(next++, LocalDate.class);
    }

    /** A UTC date-time column as an instant. */
    public Instant instant() throws SQLException {
        LocalDateTime utc = row.getObject(next++, LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    /** An enum stored by name; null for SQL NULL. */
    public <E extends Enum<E>> E enumOf(Class<E> type) throws SQLException {
        String name = row.getString(next++);
        return name == null ? null : Enum.valueOf(type, name);
    }
}
