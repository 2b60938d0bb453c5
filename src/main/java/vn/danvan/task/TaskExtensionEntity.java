package vn.danvan.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.danvan.api.model.TaskExtensionStatus;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Đề nghị gia hạn — a request for a later due date, and its decision. */
@Entity
@Table(name = "task_extension")
public class TaskExtensionEntity extends SyncedEntity {

    @Column(name = "task_id", nullable = false, updatable = false)
    public UUID taskId;

    @Column(name = "requested_due_date", nullable = false)
    public LocalDate requestedDueDate;

    @Column(name = "previous_due_date", nullable = false)
    public LocalDate previousDueDate;

    @Column(name = "reason", nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public TaskExtensionStatus status;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_comment")
    public String decisionComment;
}
