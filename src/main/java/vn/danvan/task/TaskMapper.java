package vn.danvan.task;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.Task;
import vn.danvan.api.model.TaskEvent;
import vn.danvan.api.model.TaskExtension;
import vn.danvan.api.model.TaskUpdateEntry;
import vn.danvan.directive.DirectiveFactQueries;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.mapping.TimeMappings;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Task rows to the contract's shapes, with derived states for today's local date. */
@ApplicationScoped
class TaskMapper {

    private final OrganizationTreeQueries organizations;
    private final DirectiveFactQueries directives;
    private final AppClock clock;

    TaskMapper(OrganizationTreeQueries organizations, DirectiveFactQueries directives, AppClock clock) {
        this.organizations = organizations;
        this.directives = directives;
        this.clock = clock;
    }

    Task toApi(TaskEntity task) {
        return toApi(List.of(task)).get(0);
    }

    List<Task> toApi(List<TaskEntity> tasks) {
        Set<UUID> units = new HashSet<>();
        tasks.forEach(t -> {
            units.add(t.assigningOrganizationId);
            units.add(t.leadOrganizationId);
        });
        Map<UUID, String> names = organizations.names(units);
        Map<UUID, String> numbers = directives.numberSymbols(tasks.stream().map(t -> t.directiveId)
                .filter(Objects::nonNull).toList());
        TaskLinkedIds linked = TaskLinkedIds.of(io.quarkus.hibernate.orm.panache.Panache.getEntityManager(),
                tasks.stream().map(t -> t.id).toList());
        LocalDate today = clock.today();
        List<Task> result = new ArrayList<>();
        for (TaskEntity t : tasks) {
            List<UUID> reportAttachments = linked.reportAttachmentsOf(t.id);
            result.add(new Task()
                    .id(t.id)
                    .directiveId(t.directiveId)
                    .directiveNumberSymbol(t.directiveId == null ? null : numbers.get(t.directiveId))
                    .itemNumber(t.itemNumber)
                    .parentTaskId(t.parentTaskId)
                    .seriesId(t.seriesId)
                    .periodLabel(t.periodLabel)
                    .periodStart(t.periodStart)
                    .periodEnd(t.periodEnd)
                    .title(t.title)
                    .content(t.content)
                    .priority(t.priority)
                    .assigningOrganizationId(t.assigningOrganizationId)
                    .assigningOrganizationName(names.get(t.assigningOrganizationId))
                    .leadOrganizationId(t.leadOrganizationId)
                    .leadOrganizationName(names.get(t.leadOrganizationId))
                    .coordinatingOrganizationIds(new ArrayList<>(linked.coordinatorsOf(t.id)))
                    .assigneeName(t.assigneeName)
                    .assigneeUserId(t.assigneeUserId)
                    .startDate(t.startDate)
                    .dueDate(t.dueDate)
                    .originalDueDate(t.originalDueDate)
                    .status(t.status)
                    .percentDone(t.percentDone)
                    .reportedOn(t.reportedOn)
                    .reportText(t.reportText)
                    .reportAttachmentIds(reportAttachments.isEmpty() ? null : new ArrayList<>(reportAttachments))
                    .acceptedOn(t.acceptedOn)
                    .decisionNote(t.decisionNote)
                    .overdue(TaskStates.overdue(t, today))
                    .completedLate(TaskStates.completedLate(t))
                    .createdAt(TimeMappings.toOffsetDateTime(t.createdAt))
                    .updatedAt(TimeMappings.toOffsetDateTime(t.updatedAt))
                    .version(t.version));
        }
        return result;
    }

    TaskUpdateEntry toApi(TaskUpdateEntity u) {
        return new TaskUpdateEntry().id(u.id).taskId(u.taskId).kind(u.kind).organizationId(u.organizationId).text(u.text)
                .percentDone(u.percentDone).attachmentIds(new ArrayList<>(u.attachmentIds)).author(u.author)
                .createdAt(TimeMappings.toOffsetDateTime(u.createdAt))
                .updatedAt(TimeMappings.toOffsetDateTime(u.updatedAt)).version(u.version);
    }

    TaskExtension toApi(TaskExtensionEntity x) {
        return new TaskExtension().id(x.id).taskId(x.taskId).requestedDueDate(x.requestedDueDate)
                .previousDueDate(x.previousDueDate).reason(x.reason).status(x.status).requestedBy(x.requestedBy)
                .decidedBy(x.decidedBy).decidedAt(TimeMappings.toOffsetDateTime(x.decidedAt))
                .decisionComment(x.decisionComment).createdAt(TimeMappings.toOffsetDateTime(x.createdAt))
                .updatedAt(TimeMappings.toOffsetDateTime(x.updatedAt)).version(x.version);
    }

    TaskEvent toApi(TaskEventEntity e) {
        return new TaskEvent().id(e.id).action(e.action).fromStatus(e.fromStatus).toStatus(e.toStatus).actor(e.actor)
                .organizationId(e.organizationId).note(e.note).at(TimeMappings.toOffsetDateTime(e.at));
    }
}
