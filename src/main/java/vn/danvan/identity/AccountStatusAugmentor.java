package vn.danvan.identity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.danvan.platform.config.DanvanConfig;

import java.util.Optional;
import java.util.UUID;

/**
 * Checks every request's own access token against its account: a deleted or disabled account, or a
 * token issued before the account's last password change, role change or sign-out of all sessions
 * (an older token epoch), is refused at once rather than when the token expires.
 */
@ApplicationScoped
class AccountStatusAugmentor implements SecurityIdentityAugmentor {

    private final UserRepository users;
    private final String issuer;

    AccountStatusAugmentor(UserRepository users, DanvanConfig config) {
        this.users = users;
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
        Optional<UserAccount> account = QuarkusTransaction.joiningExisting().call(() -> users.findLive(id));
        return account.isPresent() && account.get().active && epochClaim != null
                && Integer.parseInt(epochClaim.toString()) == account.get().tokenEpoch;
    }
}
