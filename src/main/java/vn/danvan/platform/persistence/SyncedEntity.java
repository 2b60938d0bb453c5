package vn.danvan.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * The columns every synchronised record carries: a UUID (clients may choose it), creation and
 * update instants, an optimistic-lock version (the ETag), the change sequence number given on every
 * write, and a tombstone instant instead of a hard delete.
 */
@MappedSuperclass
@EntityListeners(ChangeStampListener.class)
public abstract class SyncedEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    public UUID id;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    @Column(name = "change_seq", nullable = false)
    public long changeSeq;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
