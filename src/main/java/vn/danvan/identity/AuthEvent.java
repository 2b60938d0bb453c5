package vn.danvan.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One entry of the sign-in log: successes, failures, lockouts, refreshes, reuse, sign-outs. */
@Entity
@Table(name = "auth_event")
public class AuthEvent extends PanacheEntityBase {

    public enum Kind {
        SIGN_IN_SUCCEEDED, SIGN_IN_FAILED, ACCOUNT_LOCKED, TOKEN_REFRESHED, REFRESH_TOKEN_REUSED, SIGNED_OUT,
        CLIENT_AUTHENTICATED, CLIENT_AUTHENTICATION_FAILED, PASSWORD_CHANGED, PASSWORD_RESET
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "event", nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Kind event;

    @Column(name = "username")
    public String username;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "source_ip")
    public String sourceIp;

    @Column(name = "user_agent")
    public String userAgent;
}
