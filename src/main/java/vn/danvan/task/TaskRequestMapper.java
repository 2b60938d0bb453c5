package vn.danvan.task;

import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;
import vn.danvan.api.model.RecurringTaskCreate;
import vn.danvan.api.model.TaskAssignmentCreate;
import vn.danvan.api.model.TaskCreate;
import vn.danvan.api.model.TaskDelegation;
import vn.danvan.api.model.TaskExtensionCreate;
import vn.danvan.api.model.TaskReportSubmission;
import vn.danvan.api.model.TaskUpdate;
import vn.danvan.api.model.TaskProgressUpdateCreate;
import vn.danvan.platform.mapping.FromRequestConfig;

/**
 * Requests on tasks into assignments and entities. The services check what they need before or after; IDs of
 * new rows, dates, statuses and authors that no request carries are theirs to set.
 */
@Mapper(config = FromRequestConfig.class)
interface TaskRequestMapper {

    // The ID is checked for reuse, and the dates checked with the assignment, by TaskService.create.
    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.ERROR,
            ignoreUnmappedSourceProperties = {"id", "startDate", "dueDate"})
    TaskService.Assignment assignment(TaskCreate request);

    // RecurrencePlanner turns the recurrence into the occurrences' periods and due dates.
    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.ERROR, ignoreUnmappedSourceProperties = "recurrence")
    TaskService.Assignment assignment(RecurringTaskCreate request);

    // TaskAssignmentService resolves the units into one lead each, plans the dates and checks the ID.
    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.ERROR,
            ignoreUnmappedSourceProperties = {"id", "units", "startDate", "dueDate", "recurrence"})
    @Mapping(target = "leadOrganizationId", ignore = true)
    @Mapping(target = "assigneeName", ignore = true)
    TaskService.Assignment assignment(TaskAssignmentCreate request);

    /** A sub-task, assigned by the parent's lead unit: what the request leaves out comes from the parent. */
    // The ID is checked for reuse, and the due date against the parent's, by TaskService.delegate.
    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.ERROR, ignoreUnmappedSourceProperties = {"id", "dueDate"})
    @Mapping(target = "directiveId", expression = "java(parent.directiveId)")
    @Mapping(target = "itemNumber", expression = "java(parent.itemNumber)")
    @Mapping(target = "title", defaultExpression = "java(parent.title)")
    @Mapping(target = "content", defaultExpression = "java(parent.content)")
    @Mapping(target = "priority", defaultExpression = "java(parent.priority)")
    @Mapping(target = "assigningOrganizationId", expression = "java(parent.leadOrganizationId)")
    TaskService.Assignment delegation(TaskDelegation request, @Context TaskEntity parent);

    @Mapping(target = "title", qualifiedByName = "strip")
    @Mapping(target = "priority", defaultValue = "NORMAL")
    TaskEntity newTask(TaskService.Assignment assignment);

    @Mapping(target = "title", qualifiedByName = "strip")
    @Mapping(target = "priority", defaultValue = "NORMAL")
    @Mapping(target = "coordinatingOrganizationIds", qualifiedByName = "orEmpty")
    void update(TaskUpdate request, @MappingTarget TaskEntity task);

    // The attachments were checked by TaskService.report to belong to the task.
    @Mapping(target = "reportText", source = "text", qualifiedByName = "strip")
    @Mapping(target = "reportAttachmentIds", source = "attachmentIds", qualifiedByName = "orEmpty")
    void report(TaskReportSubmission request, @MappingTarget TaskEntity task);

    @Mapping(target = "id", defaultExpression = "java(java.util.UUID.randomUUID())")
    @Mapping(target = "text", qualifiedByName = "strip")
    TaskUpdateEntity newUpdate(TaskProgressUpdateCreate request);

    @Mapping(target = "reason", qualifiedByName = "strip")
    TaskExtensionEntity newExtension(TaskExtensionCreate request);
}
