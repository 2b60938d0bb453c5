package vn.danvan.identity;

import vn.danvan.platform.persistence.UuidBytes;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.danvan.platform.config.DanvanConfig;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Checks every request's own access token against its account and session: a deleted or disabled account, a token
 * issued before the account's last password change, role change or sign-out of all sessions (an older token epoch),
 * or a token of a session that was signed out, is refused at once on every instance rather than when it expires.
 */
@ApplicationScoped
class AccountStatusAugmentor implements SecurityIdentityAugmentor {

    // Plain JDBC on purpose: this runs on every request, and one indexed read is all it needs (no
    // persistence context, no JTA transaction).
    private static final String STATUS = "SELECT a.token_epoch FROM user_account a"
            + " JOIN user_session s ON s.id = ? AND s.user_id = a.id AND s.revoked_at IS NULL"
            + " WHERE a.id = ? AND a.active AND a.deleted_at IS NULL";

    private final DataSource dataSource;
    private final String issuer;

    AccountStatusAugmentor(DataSource dataSource, DanvanConfig config) {
        this.dataSource = dataSource;
        this.issuer = config.security().issuer();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                || !issuer.equals(token.getIssuer())) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            if (!isCurrent(token)) {
                throw new AuthenticationFailedException("Account disabled or token superseded");
            }
            return identity;
        });
    }

    private boolean isCurrent(JsonWebToken token) {
        UUID id;
        try {
            id = UUID.fromString(token.getSubject());
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
        Object epochClaim = token.getClaim(TokenIssuer.EPOCH_CLAIM);
        Object sessionClaim = token.getClaim(TokenIssuer.SESSION_CLAIM);
        if (epochClaim == null || sessionClaim == null) {
            return false;
        }
        UUID session;
        try {
            session = UUID.fromString(sessionClaim.toString());
        } catch (IllegalArgumentException e) {
            return false;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(STATUS)) {
            statement.setBytes(1, UuidBytes.of(session));
            statement.setBytes(2, UuidBytes.of(id));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getInt(1) == Integer.parseInt(epochClaim.toString());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Account check failed", e);
        } catch (NumberFormatException e) {
            return false;
        }
    }

}
