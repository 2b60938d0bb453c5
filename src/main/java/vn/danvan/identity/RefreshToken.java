package vn.danvan.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A refresh token, stored as the SHA-256 of its value; spent on first use. */
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

    static int revokeFamily(UUID familyId, Instant now) {
        return update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", now, familyId);
    }

    static int revokeAllOf(UUID userId, Instant now) {
        return update("revokedAt = ?1 where userId = ?2 and revokedAt is null", now, userId);
    }
}
