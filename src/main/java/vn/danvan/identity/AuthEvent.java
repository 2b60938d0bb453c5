package vn.danvan.identity;

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
public class AuthEvent {

    public enum Kind {
        SIGN_IN_SUCCEEDED, SIGN_IN_FAILED, ACCOUNT_LOCKED, TOKEN_REFRESHED, REFRESH_TOKEN_REUSED, SIGNED_OUT,
        CLIENT_AUTHENTICATED, CLIENT_AUTHENTICATION_FAILED, PASSWORD_CHANGED, PASSWORD_RESET,
        /** A wrong current password given to change one's own password. */
        PASSWORD_CHANGE_FAILED,
        /** A spent refresh token presented again within the reuse interval: the same pair was sent again. */
        TOKEN_REFRESH_REPEATED
    }

    /** Why an attempt failed. */
    public enum Reason {
        UNKNOWN_ACCOUNT, ACCOUNT_DISABLED, ACCOUNT_LOCKED, WRONG_PASSWORD, WRONG_SECRET, NOT_A_MACHINE_CLIENT,
        MACHINE_CLIENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "event", nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Kind event;

    @Column(name = "reason")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Reason reason;

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
