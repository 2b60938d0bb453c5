package vn.danvan.identity;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.danvan.identity.sql.AccountStatusQuery;

import java.util.OptionalInt;
import java.util.UUID;

/**
 * Checks every request's own access token against its account and session: a deleted or disabled account, a token
 * issued before the account's last password change, role change or sign-out of all sessions (an older token epoch),
 * or a token of a session that was signed out, is refused at once on every instance rather than when it expires.
 */
@ApplicationScoped
class AccountStatusAugmentor implements SecurityIdentityAugmentor {

    private final AccountStatusQuery accounts;
    private final String issuer;

    AccountStatusAugmentor(AccountStatusQuery accounts, IdentityConfig config) {
        this.accounts = accounts;
        this.issuer = config.issuer();
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
        Object epochClaim = token.getClaim(TokenIssuer.EPOCH_CLAIM);
        Object sessionClaim = token.getClaim(TokenIssuer.SESSION_CLAIM);
        if (epochClaim == null || sessionClaim == null) {
            return false;
        }
        try {
            OptionalInt epoch = accounts.currentEpoch(UUID.fromString(token.getSubject()),
                    UUID.fromString(sessionClaim.toString()));
            return epoch.isPresent() && epoch.getAsInt() == Integer.parseInt(epochClaim.toString());
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
