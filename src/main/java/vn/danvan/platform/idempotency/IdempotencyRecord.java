package vn.danvan.platform.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The stored response of a POST sent with an Idempotency-Key. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "caller", nullable = false)
    public String caller;

    @Column(name = "idem_key", nullable = false)
    public String key;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "status", nullable = false)
    public int status;

    /** The answer's body, sealed with the personal-data key (see IdempotencyInterceptor). */
    @Column(name = "response_sealed", columnDefinition = "mediumblob")
    public byte[] responseSealed;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "location")
    public String location;

    @Column(name = "etag")
    public String etag;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
}
