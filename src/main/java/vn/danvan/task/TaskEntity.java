package vn.danvan.task;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import vn.danvan.api.model.TaskPriority;
import vn.danvan.api.model.TaskStatus;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** Nhiệm vụ — a task assigned to a lead unit. */
@Entity
@Table(name = "task")
public class TaskEntity extends SyncedEntity {

    @Column(name = "directive_id")
    public UUID directiveId;

    @Column(name = "item_number")
    public String itemNumber;

    @Column(name = "parent_task_id")
    public UUID parentTaskId;

    @Column(name = "series_id")
    public UUID seriesId;

    @Column(name = "period_label")
    public String periodLabel;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "content")
    public String content;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false)
    public TaskPriority priority;

    @Column(name = "assigning_organization_id", nullable = false)
    public UUID assigningOrganizationId;

    @Column(name = "lead_organization_id", nullable = false)
    public UUID leadOrganizationId;

    @Column(name = "assignee_name")
    public String assigneeName;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "original_due_date", nullable = false)
    public LocalDate originalDueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public TaskStatus status;

    @Column(name = "percent_done", nullable = false)
    public int percentDone;

    @Column(name = "reported_on")
    public LocalDate reportedOn;

    @Column(name = "report_text")
    public String reportText;

    @Column(name = "accepted_on")
    public LocalDate acceptedOn;

    @Column(name = "decision_note")
    public String decisionNote;

    @Column(name = "demo", nullable = false)
    public boolean demo;

    @ElementCollection
    @CollectionTable(name = "task_coordinator", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "organization_id")
    public Set<UUID> coordinatingOrganizationIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "task_report_attachment", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "attachment_id")
    public Set<UUID> reportAttachmentIds = new LinkedHashSet<>();
}
