package vn.danvan.platform.files;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.danvan.platform.persistence.SyncedEntity;

import java.util.UUID;

/** One stored file attached to a record of some feature (the owner), e.g. a task's report evidence. */
@Entity
@Table(name = "attachment")
public class AttachmentEntity extends SyncedEntity {

    /** The owning feature's record kind, e.g. {@code DIRECTIVE}, {@code TASK}. */
    @Column(name = "owner_type", nullable = false, updatable = false)
    public String ownerType;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public UUID ownerId;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(name = "sha256", nullable = false)
    public String sha256;

    @Column(name = "storage_key", nullable = false, updatable = false)
    public String storageKey;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploader_organization_id")
    public UUID uploaderOrganizationId;
}
