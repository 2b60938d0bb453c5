package vn.danvan.identity.sql;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.persistence.UuidBytes;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * The per-request account check in one indexed read. Plain JDBC on purpose: it runs on every request, and one row by
 * primary key is all it needs (no persistence context, no JTA transaction).
 */
@ApplicationScoped
public class AccountStatusQuery {

    static final String STATUS = "SELECT a.token_epoch FROM user_account a"
            + " JOIN user_session s ON s.id = ? AND s.user_id = a.id AND s.revoked_at IS NULL"
            + " WHERE a.id = ? AND a.active AND a.deleted_at IS NULL";

    private final DataSource dataSource;

    AccountStatusQuery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The token epoch of an active, undeleted account whose session is not signed out; empty otherwise. */
    public OptionalInt currentEpoch(UUID account, UUID session) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(STATUS)) {
            statement.setBytes(1, UuidBytes.of(session));
            statement.setBytes(2, UuidBytes.of(account));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? OptionalInt.of(row.getInt("token_epoch")) : OptionalInt.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Account check failed", e);
        }
    }
}
