package vn.danvan.identity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/** Sessions (sign-ins); revocations are conditional updates, so revoking twice changes nothing. */
@ApplicationScoped
public class UserSessionRepository implements PanacheRepositoryBase<UserSession, UUID> {

    int revoke(UUID id, Instant now) {
        return update("revokedAt = ?1 where id = ?2 and revokedAt is null", now, id);
    }

    int revokeAllOf(UUID userId, Instant now) {
        return update("revokedAt = ?1 where userId = ?2 and revokedAt is null", now, userId);
    }
}
