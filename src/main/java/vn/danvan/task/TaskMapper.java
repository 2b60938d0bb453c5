package vn.danvan.task;

import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import vn.danvan.api.model.Task;
import vn.danvan.api.model.TaskAssignment;
import vn.danvan.api.model.TaskAssignmentSeries;
import vn.danvan.api.model.TaskAssignmentTask;
import vn.danvan.api.model.TaskChildren;
import vn.danvan.api.model.TaskEvent;
import vn.danvan.api.model.TaskExtension;
import vn.danvan.api.model.TaskProgressUpdate;
import vn.danvan.directive.DirectiveFactQueries;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.mapping.ToContractConfig;
import vn.danvan.platform.time.AppClock;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Task rows to the contract's shapes, with derived states for today's local date. */
@Mapper(config = ToContractConfig.class)
abstract class TaskMapper {

    @jakarta.inject.Inject
    EntityManager em;

    @Inject
    OrganizationTreeQueries organizations;

    @Inject
    DirectiveFactQueries directives;

    @Inject
    TaskQueries queries;

    @Inject
    AppClock clock;

    /** One task as single reads show it: with the roll-up of its sub-tasks. */
    Task toApiWithChildren(TaskEntity task) {
        TaskLookups lookups = lookups(List.of(task)).withChildren(task.id, queries.rollUp(task.id));
        return toApi(task, lookups);
    }

    /** Tasks as lists show them, without roll-ups. */
    List<Task> toApi(List<TaskEntity> tasks) {
        TaskLookups lookups = lookups(tasks);
        return tasks.stream().map(task -> toApi(task, lookups)).toList();
    }

    @Mapping(target = "directiveNumberSymbol", source = "directiveId", qualifiedByName = "directiveNumber")
    @Mapping(target = "assigningOrganizationName", source = "assigningOrganizationId", qualifiedByName = "unitName")
    @Mapping(target = "leadOrganizationName", source = "leadOrganizationId", qualifiedByName = "unitName")
    @Mapping(target = "coordinatingOrganizationIds", source = "id", qualifiedByName = "coordinators")
    @Mapping(target = "reportAttachmentIds", source = "id", qualifiedByName = "reportAttachments")
    @Mapping(target = "overdue", expression = "java(TaskStates.overdue(task, lookups.today()))")
    @Mapping(target = "completedLate", expression = "java(TaskStates.completedLate(task))")
    @Mapping(target = "children", source = "id", qualifiedByName = "children")
    abstract Task toApi(TaskEntity task, @Context TaskLookups lookups);

    /**
     * An assignment to many units: one series per lead unit in the assignment's order, each with its tasks (of those
     * given, by due date); a unit none of whose tasks is given is left out.
     */
    TaskAssignment toApi(TaskAssignmentEntity assignment, List<TaskEntity> tasks) {
        Map<UUID, List<TaskAssignmentTask>> bySeries = new java.util.HashMap<>();
        tasks.stream().sorted(java.util.Comparator.comparing((TaskEntity t) -> t.dueDate).thenComparing(t -> t.id))
                .forEach(t -> bySeries.computeIfAbsent(t.seriesId, k -> new ArrayList<>())
                        .add(new TaskAssignmentTask().id(t.id).dueDate(t.dueDate).status(t.status)));
        Map<UUID, String> names = organizations.names(assignment.units.stream().map(u -> u.organizationId).toList());
        List<TaskAssignmentSeries> series = new ArrayList<>();
        for (TaskAssignmentEntity.Unit unit : assignment.units) {
            List<TaskAssignmentTask> ofUnit = bySeries.get(unit.seriesId);
            if (ofUnit != null) {
                series.add(new TaskAssignmentSeries().leadOrganizationId(unit.organizationId)
                        .leadOrganizationName(names.get(unit.organizationId)).seriesId(unit.seriesId).tasks(ofUnit));
            }
        }
        return new TaskAssignment().id(assignment.id).directiveId(assignment.directiveId)
                .itemNumber(assignment.itemNumber).title(assignment.title)
                .assigningOrganizationId(assignment.assigningOrganizationId).unitCount(assignment.unitCount)
                .taskCount(assignment.taskCount).createdAt(vn.danvan.platform.mapping.TimeMappings.toOffsetDateTime(assignment.createdAt)).series(series);
    }

    abstract TaskProgressUpdate toApi(TaskUpdateEntity update);

    abstract TaskExtension toApi(TaskExtensionEntity extension);

    abstract TaskEvent toApi(TaskEventEntity event);

    @Named("unitName")
    String unitName(UUID organizationId, @Context TaskLookups lookups) {
        return lookups.organizationNames().get(organizationId);
    }

    @Named("directiveNumber")
    String directiveNumber(UUID directiveId, @Context TaskLookups lookups) {
        return directiveId == null ? null : lookups.directiveNumbers().get(directiveId);
    }

    @Named("coordinators")
    List<UUID> coordinators(UUID taskId, @Context TaskLookups lookups) {
        return new ArrayList<>(lookups.linked().coordinatorsOf(taskId));
    }

    /** Left out of the answer until the task has report attachments. */
    @Named("reportAttachments")
    List<UUID> reportAttachments(UUID taskId, @Context TaskLookups lookups) {
        List<UUID> ids = lookups.linked().reportAttachmentsOf(taskId);
        return ids.isEmpty() ? null : new ArrayList<>(ids);
    }

    @Named("children")
    TaskChildren children(UUID taskId, @Context TaskLookups lookups) {
        return lookups.children().get(taskId);
    }

    /** One query each for the list: unit names, directive numbers, coordinators and report attachments. */
    private TaskLookups lookups(List<TaskEntity> tasks) {
        Set<UUID> units = new HashSet<>();
        tasks.forEach(t -> {
            units.add(t.assigningOrganizationId);
            units.add(t.leadOrganizationId);
        });
        Map<UUID, String> names = organizations.names(units);
        Map<UUID, String> numbers = directives.numberSymbols(tasks.stream().map(t -> t.directiveId)
                .filter(Objects::nonNull).toList());
        TaskLinkedIds linked = TaskLinkedIds.of(em, tasks.stream().map(t -> t.id).toList());
        return new TaskLookups(names, numbers, linked, Map.of(), clock.today());
    }
}
