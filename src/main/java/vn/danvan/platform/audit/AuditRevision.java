package vn.danvan.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import java.time.Instant;

/**
 * One revision of the audit trail: a transaction that changed audited records, with who made it, when,
 * through which client and from where. Envers writes one per transaction; the state of every changed
 * record after it goes into that record's {@code *_aud} table under the same number.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "id")
    public long id;

    /** When the change was saved; the application clock's time, like the records' own timestamps. */
    @RevisionTimestamp
    @Column(name = "revision_at", nullable = false)
    public Instant at;

    @Column(name = "actor_id", nullable = false)
    public String actorId;

    /** The actor's name as it was at the time of the change. */
    @Column(name = "actor_name", nullable = false)
    public String actorName;

    /** The client application (see {@link AuditContext}); {@code system} for changes made by the server. */
    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "user_agent")
    public String userAgent;

    @Column(name = "source_ip")
    public String sourceIp;

    /** The caller's or gateway's {@code X-Request-Id}, when one was sent, to find the request in other logs. */
    @Column(name = "request_id")
    public String requestId;
}
