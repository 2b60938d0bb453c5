package vn.danvan.identity;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/** What other features may ask about officials' accounts: who an active official is and where they work. */
@ApplicationScoped
public class Officials {

    /** An active official with an account. */
    public record Official(UUID id, String fullName, UUID organizationId) {
    }

    private final UserRepository users;

    Officials(UserRepository users) {
        this.users = users;
    }

    /** The active account with this username (demo data and imports name officials by username). */
    public Optional<Official> byUsername(String username) {
        return users.findByUsername(username).flatMap(account -> active(account.id));
    }

    /** The account if it exists, is not deleted and is active. */
    public Optional<Official> active(UUID userId) {
        if (userId == null) {
            return Optional.empty();
        }
        UserAccount account = users.getEntityManager().find(UserAccount.class, userId);
        if (account == null || account.deletedAt != null || !account.active) {
            return Optional.empty();
        }
        return Optional.of(new Official(account.id, account.fullName, account.organizationId));
    }
}
