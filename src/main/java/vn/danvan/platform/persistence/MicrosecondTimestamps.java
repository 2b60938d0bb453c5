package vn.danvan.platform.persistence;

import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.JdbcType;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * Instants bound with their microseconds on MariaDB too. MariaDB 10.x introduces itself to clients as "5.5.5-10.11…";
 * MySQL Connector/J reads that as MySQL 5.5.5, which had no fractional seconds, and drops them from every timestamp it
 * sends: records written in one second then sort in no particular order (a case's history came back shuffled). Bound as
 * text ({@code 2026-12-07 09:30:00.123456}, UTC), the value reaches the DATETIME(6) column whole, on MariaDB and MySQL
 * alike; reading is unaffected.
 */
public class MicrosecondTimestamps implements JdbcType {

    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC));

    /** The text of an instant as DATETIME(6) in UTC takes it; for plain JDBC statements too. */
    public static String text(Instant instant) {
        return TEXT.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    @Override
    public int getJdbcTypeCode() {
        return SqlTypes.TIMESTAMP_UTC;
    }

    @Override
    public int getDefaultSqlTypeCode() {
        return SqlTypes.TIMESTAMP_UTC;
    }

    @Override
    public Class<?> getPreferredJavaTypeClass(WrapperOptions options) {
        return Instant.class;
    }

    @Override
    public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
        return new BasicBinder<>(javaType, this) {
            @Override
            protected void doBind(PreparedStatement st, X value, int index, WrapperOptions options) throws SQLException {
                st.setString(index, text(javaType.unwrap(value, Instant.class, options)));
            }

            @Override
            protected void doBind(CallableStatement st, X value, String name, WrapperOptions options) throws SQLException {
                st.setString(name, text(javaType.unwrap(value, Instant.class, options)));
            }
        };
    }

    @Override
    public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
        return new BasicExtractor<>(javaType, this) {
            @Override
            protected X doExtract(ResultSet rs, int index, WrapperOptions options) throws SQLException {
                return wrap(rs.getTimestamp(index, (Calendar) UTC.clone()), options);
            }

            @Override
            protected X doExtract(CallableStatement st, int index, WrapperOptions options) throws SQLException {
                return wrap(st.getTimestamp(index, (Calendar) UTC.clone()), options);
            }

            @Override
            protected X doExtract(CallableStatement st, String name, WrapperOptions options) throws SQLException {
                return wrap(st.getTimestamp(name, (Calendar) UTC.clone()), options);
            }

            private X wrap(Timestamp timestamp, WrapperOptions options) {
                return timestamp == null ? null : javaType.wrap(timestamp.toInstant(), options);
            }
        };
    }
}
