package vn.danvan.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.util.UUID;

/**
 * The columns every synchronised record carries: a UUID (clients may choose it), creation and
 * update instants, an optimistic-lock version (the ETag), the change sequence number given on every
 * write, and a tombstone instant instead of a hard delete.
 *
 * <p>For subclasses marked {@code @Audited}, the audit trail keeps the ID, the creation instant and the
 * tombstone; not the bookkeeping that changes on every write (update instant, version, change
 * sequence): the revision itself records when, and keeping them would record a change on every write.
 */
@MappedSuperclass
@EntityListeners(ChangeStampListener.class)
@org.hibernate.annotations.JdbcTypeRegistration(MicrosecondTimestamps.class)
@Audited
public abstract class SyncedEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    public UUID id;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @NotAudited
    public Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    @NotAudited
    public long version;

    @Column(name = "change_seq", nullable = false)
    @NotAudited
    public long changeSeq;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
