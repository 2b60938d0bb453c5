package vn.danvan.task;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.audit.AuditedFields;
import vn.danvan.platform.audit.AuditedRecord;

import java.util.UUID;

/** The history of a task, for those who may see the task (its assigning, lead or coordinating units' scope). */
@ApplicationScoped
public class TaskHistory implements AuditedRecord<TaskEntity> {

    static final AuditedFields<TaskEntity> FIELDS = AuditedFields.<TaskEntity>builder()
            .field("directiveId", t -> t.directiveId)
            .field("itemNumber", t -> t.itemNumber)
            .field("parentTaskId", t -> t.parentTaskId)
            .field("seriesId", t -> t.seriesId)
            .field("assignmentId", t -> t.assignmentId)
            .field("periodLabel", t -> t.periodLabel)
            .field("periodStart", t -> t.periodStart)
            .field("periodEnd", t -> t.periodEnd)
            .field("title", t -> t.title)
            .field("content", t -> t.content)
            .field("priority", t -> t.priority)
            .field("assigningOrganizationId", t -> t.assigningOrganizationId)
            .field("leadOrganizationId", t -> t.leadOrganizationId)
            .field("assigneeName", t -> t.assigneeName)
            .field("assigneeUserId", t -> t.assigneeUserId)
            .field("startDate", t -> t.startDate)
            .field("dueDate", t -> t.dueDate)
            .field("originalDueDate", t -> t.originalDueDate)
            .field("status", t -> t.status)
            .field("percentDone", t -> t.percentDone)
            .field("reportedOn", t -> t.reportedOn)
            .field("reportText", t -> t.reportText)
            .field("acceptedOn", t -> t.acceptedOn)
            .field("decisionNote", t -> t.decisionNote)
            .build();

    private final TaskAccess access;

    TaskHistory(TaskAccess access) {
        this.access = access;
    }

    @Override
    public Class<TaskEntity> type() {
        return TaskEntity.class;
    }

    @Override
    public TaskEntity visible(UUID id) {
        return access.visible(id);
    }

    @Override
    public AuditedFields<TaskEntity> fields(TaskEntity record) {
        return FIELDS;
    }
}
