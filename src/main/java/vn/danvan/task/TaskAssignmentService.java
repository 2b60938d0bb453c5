package vn.danvan.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.TaskAssignmentCreate;
import vn.danvan.api.model.TaskAssignmentUnits;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.organization.OrganizationTreeQueries.UnitStanding;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.MessageRef;
import vn.danvan.platform.recurrence.RecurrencePlanner;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Giao một nhiệm vụ cho nhiều đơn vị: one item to many lead units in one request, one series per unit, all or nothing.
 * Every unit, the shared fields and the dates are checked before anything is written, and every refusal is listed in
 * one answer (the units out of the caller's scope, those not active today with their successor); then the whole
 * assignment is written in the request's transaction, so that a failure leaves nothing behind. Replays of the same
 * request are the platform's (Idempotency-Key); a client-chosen ID taken already answers 409.
 */
@ApplicationScoped
class TaskAssignmentService {

    static final int MAX_UNITS = 1000;
    static final int MAX_TASKS = 5000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The assignment made, and its tasks in the order of its units and then of their due dates. */
    record Made(TaskAssignmentEntity assignment, List<TaskEntity> tasks) {
    }

    private final EntityManager em;
    private final TaskService tasks;
    private final TaskAccess access;
    private final TaskRequestMapper requests;
    private final OrganizationTreeQueries organizations;
    private final CurrentCaller caller;
    private final AppClock clock;

    TaskAssignmentService(EntityManager em, TaskService tasks, TaskAccess access, TaskRequestMapper requests,
                          OrganizationTreeQueries organizations, CurrentCaller caller, AppClock clock) {
        this.em = em;
        this.tasks = tasks;
        this.access = access;
        this.requests = requests;
        this.organizations = organizations;
        this.caller = caller;
        this.clock = clock;
    }

    Made create(TaskAssignmentCreate request) {
        UUID id = request.getId() == null ? UUID.randomUUID() : request.getId();
        if (em.find(TaskAssignmentEntity.class, id) != null) {
            throw ApiException.idTaken();
        }
        LocalDate today = clock.today();
        List<FieldViolation> errors = new ArrayList<>();
        List<RecurrencePlanner.Occurrence> occurrences = occurrences(request, errors);
        List<UUID> leads = leads(request.getUnits(), today, errors);
        TaskService.Assignment shared = requests.assignment(request);
        LocalDate firstDue = occurrences.isEmpty() ? null : occurrences.get(0).dueDate();
        UUID assigning = firstDue == null ? null
                : tasks.checkShared(shared, request.getRecurrence() == null ? request.getStartDate() : null, firstDue, errors);
        errors.addAll(coordinatorErrors(shared.coordinatingOrganizationIds(), leads));
        errors.addAll(tasks.validityErrors(shared.coordinatingOrganizationIds()));
        if (errors.isEmpty() && leads.size() > MAX_UNITS) {
            errors.add(FieldViolation.of("units", "tooMany", "task.assignment-too-many-units", leads.size(), MAX_UNITS));
        }
        if (errors.isEmpty() && (long) leads.size() * occurrences.size() > MAX_TASKS) {
            errors.add(FieldViolation.of("units", "tooMany", "task.assignment-too-many-tasks", leads.size(),
                    occurrences.size(), (long) leads.size() * occurrences.size(), MAX_TASKS));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        TaskService.Assignment checked = shared.assignedBy(assigning);

        TaskAssignmentEntity assignment = new TaskAssignmentEntity();
        assignment.id = id;
        assignment.assigningOrganizationId = assigning;
        assignment.directiveId = checked.directiveId();
        assignment.itemNumber = checked.itemNumber();
        assignment.actor = caller.name();
        assignment.createdAt = clock.now();
        List<TaskEntity> made = new ArrayList<>();
        for (UUID lead : leads) {
            UUID seriesId = UUID.randomUUID();
            assignment.units.add(new TaskAssignmentEntity.Unit(lead, seriesId));
            for (RecurrencePlanner.Occurrence occurrence : occurrences) {
                LocalDate start = request.getRecurrence() == null ? request.getStartDate() : occurrence.periodStart();
                TaskEntity task = tasks.newTask(UUID.randomUUID(), checked.ledBy(lead), start, occurrence.dueDate(), false);
                task.seriesId = seriesId;
                task.assignmentId = id;
                if (request.getRecurrence() != null) {
                    task.periodLabel = occurrence.periodLabel();
                    task.periodStart = occurrence.periodStart();
                    task.periodEnd = occurrence.periodEnd();
                }
                tasks.assigned(task);
                made.add(task);
            }
        }
        assignment.title = made.get(0).title;
        assignment.unitCount = leads.size();
        assignment.taskCount = made.size();
        em.persist(assignment);
        return new Made(assignment, made);
    }

    /** The due dates: one with {@code dueDate}, one per period with {@code recurrence}; exactly one of them. */
    private List<RecurrencePlanner.Occurrence> occurrences(TaskAssignmentCreate request, List<FieldViolation> errors) {
        if ((request.getDueDate() == null) == (request.getRecurrence() == null)) {
            errors.add(FieldViolation.of(request.getDueDate() == null ? "dueDate" : "recurrence", "oneOf",
                    "task.assignment-due-or-recurrence"));
            return List.of();
        }
        if (request.getRecurrence() != null) {
            if (request.getStartDate() != null) {
                errors.add(FieldViolation.of("startDate", "withRecurrence", "task.assignment-start-with-recurrence"));
            }
            try {
                return tasks.plan(request.getRecurrence());
            } catch (ApiException invalid) {
                errors.addAll(invalid.violations());
                return List.of();
            }
        }
        return List.of(new RecurrencePlanner.Occurrence(null, null, null, request.getDueDate()));
    }

    /**
     * The lead units, in the order named (repeats counted once) or chosen by level (by official code); each named one
     * in the caller's scope and active today, else a violation naming it.
     */
    private List<UUID> leads(TaskAssignmentUnits units, LocalDate today, List<FieldViolation> errors) {
        boolean named = units.getOrganizationIds() != null && !units.getOrganizationIds().isEmpty();
        boolean byLevel = units.getWithinOrganizationId() != null || units.getLevel() != null;
        if (named == byLevel) {
            errors.add(FieldViolation.of("units", "oneOf", "task.assignment-units-one-way"));
            return List.of();
        }
        if (named) {
            if (units.getTypes() != null && !units.getTypes().isEmpty()) {
                errors.add(FieldViolation.of("units.types", "withLevelOnly", "task.assignment-types-with-level"));
            }
            List<UUID> ids = List.copyOf(new LinkedHashSet<>(units.getOrganizationIds()));
            Map<UUID, UnitStanding> standings = organizations.standings(ids);
            for (int i = 0; i < ids.size(); i++) {
                unitErrors("units.organizationIds[" + i + "]", ids.get(i), standings.get(ids.get(i)), today)
                        .forEach(errors::add);
            }
            return ids;
        }
        if (units.getWithinOrganizationId() == null) {
            errors.add(FieldViolation.of("units.withinOrganizationId", "required", "task.assignment-within-required"));
            return List.of();
        }
        if (units.getLevel() == null) {
            errors.add(FieldViolation.of("units.level", "required", "task.assignment-level-required"));
            return List.of();
        }
        UUID root = units.getWithinOrganizationId();
        UnitStanding standing = organizations.standings(List.of(root)).get(root);
        List<FieldViolation> rootErrors = unitErrors("units.withinOrganizationId", root, standing, today);
        if (!rootErrors.isEmpty()) {
            errors.addAll(rootErrors);
            return List.of();
        }
        List<UUID> chosen = organizations.unitsOfLevel(standing.treePath(), units.getLevel(), units.getTypes(), today);
        if (chosen.isEmpty()) {
            errors.add(FieldViolation.of("units", "noUnits", "task.assignment-no-units",
                    new MessageRef("task.assignment.level." + units.getLevel().name()),
                    standing.name()));
        }
        return chosen;
    }

    /** Why new work cannot go to the unit: outside the caller's scope (or unknown), or not active today. */
    private List<FieldViolation> unitErrors(String field, UUID id, UnitStanding standing, LocalDate today) {
        if (standing == null || !access.inScopePath(standing.treePath())) {
            return List.of(FieldViolation.of(field, "outOfScope", "task.organization-out-of-scope", id));
        }
        if (standing.activeOn(today)) {
            return List.of();
        }
        if (standing.validFrom() != null && standing.validFrom().isAfter(today)) {
            return List.of(FieldViolation.of(field, "notYetActive", "task.unit-not-yet-active", standing.name(), id,
                    DAY.format(standing.validFrom())));
        }
        if (standing.successorId() != null) {
            return List.of(FieldViolation.of(field, "dissolved", "task.unit-dissolved-successor", standing.name(), id,
                    DAY.format(standing.validTo()), standing.successorName(), standing.successorId()));
        }
        return List.of(FieldViolation.of(field, "dissolved", "task.unit-dissolved", standing.name(), id,
                DAY.format(standing.validTo())));
    }

    /** The coordinating units: in the caller's scope, and none of them a lead unit. */
    private List<FieldViolation> coordinatorErrors(java.util.Collection<UUID> coordinators, List<UUID> leads) {
        List<FieldViolation> errors = new ArrayList<>();
        if (coordinators == null) {
            return errors;
        }
        Set<UUID> leading = Set.copyOf(leads);
        for (UUID coordinator : new LinkedHashSet<>(coordinators)) {
            if (leading.contains(coordinator)) {
                errors.add(FieldViolation.of("coordinatingOrganizationIds", "leadAlsoCoordinator",
                        "task.assignment-lead-also-coordinator", organizations.name(coordinator), coordinator));
            } else if (!access.inScope(coordinator)) {
                errors.add(FieldViolation.of("coordinatingOrganizationIds", "outOfScope",
                        "task.organization-out-of-scope", coordinator));
            }
        }
        return errors;
    }
}
