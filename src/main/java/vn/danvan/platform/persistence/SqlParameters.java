package vn.danvan.platform.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Binds values to plain JDBC statements as Hibernate stores them: IDs as 16 bytes, instants as UTC date-times
 * (quarkus.hibernate-orm.jdbc.timezone=UTC).
 */
public final class SqlParameters {

    private SqlParameters() {
    }

    public static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, toJdbc(values.get(i)));
        }
    }

    public static Object toJdbc(Object value) {
        if (value instanceof UUID id) {
            return UuidBytes.of(id);
        }
        if (value instanceof Instant instant) {
            // As text: Connector/J drops the microseconds of temporal values sent to MariaDB (MicrosecondTimestamps).
            return MicrosecondTimestamps.text(instant);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof LocalDate || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof byte[] || value == null) {
            return value;
        }
        throw new IllegalArgumentException("No SQL binding for " + value.getClass());
    }

    /** "column in (?, ?, …)" for a non-empty list, padded as {@link JpqlLists} pads, its values added to {@code params}. */
    public static String in(String column, List<?> values, List<Object> params) {
        int size = JpqlLists.paddedSize(values.size());
        StringBuilder condition = new StringBuilder(column).append(" in (");
        for (int i = 0; i < size; i++) {
            condition.append(i == 0 ? "?" : ", ?");
            params.add(values.get(Math.min(i, values.size() - 1)));
        }
        return condition.append(')').toString();
    }
}
