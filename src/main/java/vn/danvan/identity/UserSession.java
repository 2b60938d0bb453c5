package vn.danvan.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A sign-in (or a machine client's token): access tokens name it in their {@code sid} claim and are refused once it is
 * revoked. For officials its id is also the family id of its refresh tokens.
 */
@Entity
@Table(name = "user_session")
public class UserSession {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public UUID userId;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
