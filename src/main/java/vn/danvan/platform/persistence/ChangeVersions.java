package vn.danvan.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The highest change number of a table: a version of its data that every instance agrees on, since
 * every write takes a higher number, committed in order ({@link ChangeStamper}). Caches compare it once
 * per request before serving what they keep. Plain JDBC on purpose, as the per-request account check:
 * through Hibernate the same one-row read cost five times as much (it discovers a native query's column
 * types on every execution).
 */
@ApplicationScoped
public class ChangeVersions {

    /** The tables that caches depend on. */
    public enum Table {
        ORGANIZATION("organization"), TASK("task");

        private final String sql;

        Table(String sql) {
            this.sql = sql;
        }
    }

    private final DataSource dataSource;

    ChangeVersions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long highest(Table table) {
        return highest(new Table[] {table})[0];
    }

    /** The highest numbers of several tables, read in one statement. */
    public long[] highest(Table... tables) {
        String sql = Arrays.stream(tables).map(t -> "(SELECT COALESCE(MAX(change_seq), 0) FROM " + t.sql + ")")
                .collect(Collectors.joining(", ", "SELECT ", ""));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet row = statement.executeQuery()) {
            row.next();
            long[] versions = new long[tables.length];
            for (int i = 0; i < tables.length; i++) {
                versions[i] = row.getLong(i + 1);
            }
            return versions;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the change numbers of " + Arrays.toString(tables), e);
        }
    }

    /**
     * The last change number given anywhere (the counter itself, one row): a version of all synchronised data. Numbers
     * become visible in commit order (the counter's row stays locked until its writer commits), so when this reads N,
     * every write numbered up to N is committed and none after it is.
     */
    public long latest() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT value FROM change_sequence WHERE stream = 'global'");
             ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the change counter", e);
        }
    }
}
