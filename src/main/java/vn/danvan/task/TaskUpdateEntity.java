package vn.danvan.task;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import vn.danvan.api.model.TaskProgressUpdateKind;
import vn.danvan.platform.persistence.SyncedEntity;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A progress update of the lead unit or a contribution of a coordinating unit. */
@Entity
@Table(name = "task_update")
public class TaskUpdateEntity extends SyncedEntity {

    @Column(name = "task_id", nullable = false, updatable = false)
    public UUID taskId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public TaskProgressUpdateKind kind;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "text", nullable = false)
    public String text;

    @Column(name = "percent_done")
    public Integer percentDone;

    @Column(name = "author")
    public String author;

    @ElementCollection
    @CollectionTable(name = "task_update_attachment", joinColumns = @JoinColumn(name = "task_update_id"))
    @Column(name = "attachment_id")
    public Set<UUID> attachmentIds = new LinkedHashSet<>();
}
