package vn.danvan.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A refresh token, stored as the SHA-256 of its value; spent on first use, its family being one sign-in. */
@Entity
@Table(name = "refresh_token")
public class RefreshToken extends PanacheEntityBase {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "family_id", nullable = false)
    public UUID familyId;

    @Column(name = "user_id", nullable = false)
    public UUID userId;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "spent_at")
    public Instant spentAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** Until when a retry of this (spent) token gets the pair it was exchanged for. */
    @Column(name = "replay_until")
    public Instant replayUntil;

    /** That pair, sealed with a key derived from this token's value (see RefreshReplay). */
    @Column(name = "replay_sealed")
    public byte[] replaySealed;

    /** Signs out one sign-in: its refresh tokens and its session (so its access tokens stop at once). */
    static void revokeFamily(UUID familyId, Instant now) {
        update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", now, familyId);
        UserSession.revoke(familyId, now);
    }

    /** Signs out every sign-in of an account. */
    static void revokeAllOf(UUID userId, Instant now) {
        update("revokedAt = ?1 where userId = ?2 and revokedAt is null", now, userId);
        UserSession.revokeAllOf(userId, now);
    }

    /**
     * Spends a live token; one caller wins however many present it at once (the row is locked until commit).
     * @return whether this caller spent it
     */
    static boolean spend(UUID id, Instant now) {
        return update("spentAt = ?1 where id = ?2 and spentAt is null and revokedAt is null", now, id) == 1;
    }
}
