package vn.danvan.identity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/** Refresh tokens: found by the hash of their value, spent and revoked by conditional updates. */
@ApplicationScoped
public class RefreshTokenRepository implements PanacheRepositoryBase<RefreshToken, UUID> {

    private final UserSessionRepository sessions;

    RefreshTokenRepository(UserSessionRepository sessions) {
        this.sessions = sessions;
    }

    /** The token whose value has this hash (see TokenIssuer.hash), or null. */
    RefreshToken findByHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResult();
    }

    /** Signs out one sign-in: its refresh tokens and its session (so its access tokens stop at once). */
    void revokeFamily(UUID familyId, Instant now) {
        update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", now, familyId);
        sessions.revoke(familyId, now);
    }

    /** Signs out every sign-in of an account. */
    void revokeAllOf(UUID userId, Instant now) {
        update("revokedAt = ?1 where userId = ?2 and revokedAt is null", now, userId);
        sessions.revokeAllOf(userId, now);
    }

    /**
     * Spends a live token; one caller wins however many present it at once (the row is locked until commit).
     * @return whether this caller spent it
     */
    boolean spend(UUID id, Instant now) {
        return update("spentAt = ?1 where id = ?2 and spentAt is null and revokedAt is null", now, id) == 1;
    }
}
