package vn.danvan.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A refresh token, stored as the SHA-256 of its value; spent on first use, its family being one sign-in. */
@Entity
@Table(name = "refresh_token")
public class RefreshToken {

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
}
