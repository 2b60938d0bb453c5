package vn.danvan.task;

import vn.danvan.platform.rules.ReportingCalendar;
import jakarta.persistence.EntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.NotificationKind;
import vn.danvan.api.model.RecurringTaskCreate;
import vn.danvan.api.model.TaskAction;
import vn.danvan.api.model.TaskCreate;
import vn.danvan.api.model.TaskDelegation;
import vn.danvan.api.model.TaskPriority;
import vn.danvan.api.model.TaskReportSubmission;
import vn.danvan.api.model.TaskStatus;
import vn.danvan.api.model.TaskUpdate;
import vn.danvan.directive.DirectiveFactQueries;
import vn.danvan.identity.Officials;
import vn.danvan.organization.UnitValidity;
import vn.danvan.notification.NotificationText;
import vn.danvan.notification.Notifications;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.files.AttachmentService;
import vn.danvan.platform.recurrence.RecurrencePlanner;
import vn.danvan.platform.sync.SyncDepartures;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Assigning tasks and moving them through their lifecycle. */
@ApplicationScoped
public class TaskService {

    static final String ATTACHMENT_OWNER = "TASK";

    private final EntityManager em;
    private final TaskAccess access;
    private final TaskRequestMapper requests;
    private final TaskTimeline timeline;
    private final DirectiveFactQueries directives;
    private final Notifications notifications;
    private final AttachmentService attachments;
    private final AppClock clock;
    private final TaskParties parties;
    private final Officials officials;
    private final SyncDepartures departures;
    private final UnitValidity validity;
    private final ReportingCalendar calendar;

    TaskService(EntityManager em, TaskAccess access, TaskRequestMapper requests, TaskTimeline timeline, DirectiveFactQueries directives,
                Notifications notifications, AttachmentService attachments, AppClock clock, TaskParties parties,
                Officials officials, SyncDepartures departures, UnitValidity validity, ReportingCalendar calendar) {
        this.departures = departures;
        this.validity = validity;
        this.calendar = calendar;
        this.em = em;
        this.requests = requests;
        this.parties = parties;
        this.officials = officials;
        this.access = access;
        this.timeline = timeline;
        this.directives = directives;
        this.notifications = notifications;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** What a new task or a recurring series has in common. */
    record Assignment(UUID directiveId, String itemNumber, String title, String content, TaskPriority priority,
                      UUID assigningOrganizationId, UUID leadOrganizationId, Collection<UUID> coordinatingOrganizationIds,
                      String assigneeName) {

        /** The same assignment, given by the unit that the checks settled on. */
        Assignment assignedBy(UUID unit) {
            return new Assignment(directiveId, itemNumber, title, content, priority, unit, leadOrganizationId,
                    coordinatingOrganizationIds, assigneeName);
        }

        /** The same assignment, led by another unit (one of the units of an assignment to many). */
        Assignment ledBy(UUID unit) {
            return new Assignment(directiveId, itemNumber, title, content, priority, assigningOrganizationId, unit,
                    coordinatingOrganizationIds, assigneeName);
        }
    }

    public TaskEntity create(TaskCreate request, boolean demo) {
        Assignment assignment = requests.assignment(request);
        UUID id = request.getId() == null ? UUID.randomUUID() : request.getId();
        if (em.find(TaskEntity.class, id) != null) {
            throw ApiException.idTaken();
        }
        Assignment checked = check(assignment, request.getStartDate(), request.getDueDate());
        TaskEntity task = newTask(id, checked, request.getStartDate(), request.getDueDate(), demo);
        assigned(task);
        return task;
    }

    /** The occurrences of a recurrence, with the report windows of the cut-off rule in force (ReportingCalendar). */
    List<RecurrencePlanner.Occurrence> plan(vn.danvan.api.model.Recurrence recurrence) {
        return RecurrencePlanner.plan(recurrence, calendar);
    }

    public List<TaskEntity> createRecurring(RecurringTaskCreate request, UUID seriesId, boolean demo) {
        Assignment assignment = requests.assignment(request);
        List<RecurrencePlanner.Occurrence> occurrences = plan(request.getRecurrence());
        Assignment checked = check(assignment, null, occurrences.get(0).dueDate());
        List<TaskEntity> tasks = new ArrayList<>();
        for (RecurrencePlanner.Occurrence occurrence : occurrences) {
            TaskEntity task = newTask(UUID.randomUUID(), checked, occurrence.periodStart(), occurrence.dueDate(), demo);
            task.seriesId = seriesId;
            task.periodLabel = occurrence.periodLabel();
            task.periodStart = occurrence.periodStart();
            task.periodEnd = occurrence.periodEnd();
            assigned(task);
            tasks.add(task);
        }
        return tasks;
    }

    public TaskEntity update(UUID id, String ifMatch, TaskUpdate request) {
        TaskEntity task = acting(id, ifMatch, TaskCommand.EDIT);
        requireDates(request.getStartDate(), request.getDueDate(), null);
        Set<UUID> coordinators = request.getCoordinatingOrganizationIds() == null ? Set.of()
                : new java.util.LinkedHashSet<>(request.getCoordinatingOrganizationIds());
        requireCoordinators(task.leadOrganizationId, coordinators);
        // Coordinators already on the task stay even if dissolved since; only added ones must be in force.
        List<FieldViolation> added = validityErrors(coordinators.stream()
                .filter(c -> !task.coordinatingOrganizationIds.contains(c)).toList());
        if (!added.isEmpty()) {
            throw ApiException.invalid(added);
        }
        LocalDate previousDue = task.dueDate;
        Set<UUID> previousCoordinators = Set.copyOf(task.coordinatingOrganizationIds);
        if (!java.util.Objects.equals(task.assigneeName, request.getAssigneeName())) {
            task.assigneeUserId = null; // another person named: no longer the official put in charge
        }
        requests.update(request, task);
        previousCoordinators.stream().filter(unit -> !task.coordinatingOrganizationIds.contains(unit))
                .forEach(unit -> departures.record(TaskQueries.SYNC, task.id, unit, null));
        parties.refresh(task);
        return moved(task, TaskCommand.EDIT, TaskAction.UPDATED,
                previousDue.equals(task.dueDate) ? null : "Hạn: " + previousDue + " → " + task.dueDate);
    }

    public TaskEntity acknowledge(UUID id, String ifMatch) {
        TaskEntity task = acting(id, ifMatch, TaskCommand.ACKNOWLEDGE);
        return moved(task, TaskCommand.ACKNOWLEDGE, TaskAction.ACKNOWLEDGED, null);
    }

    /**
     * Phân công cán bộ: the lead unit puts one of its officials (an account of the lead unit or a unit below
     * it) in charge, or no one ({@code null}). The official's name replaces the assignee's name.
     */
    public TaskEntity assignOfficial(UUID id, String ifMatch, UUID userId) {
        TaskEntity task = acting(id, ifMatch, TaskCommand.ASSIGN_OFFICIAL);
        if (userId == null) {
            task.assigneeUserId = null;
            task.assigneeName = null;
            return moved(task, TaskCommand.ASSIGN_OFFICIAL, TaskAction.UPDATED, "Bỏ phân công cán bộ");
        }
        Officials.Official official = officials.active(userId).orElseThrow(() -> ApiException.invalid(
                FieldViolation.of("assigneeUserId", "NotFound", "task.assignee-not-found", userId)));
        if (!access.isAtOrBelow(official.organizationId(), task.leadOrganizationId)) {
            throw ApiException.invalid(FieldViolation.of("assigneeUserId", "notInLeadUnit", "task.assignee-not-in-lead",
                    official.fullName()));
        }
        task.assigneeUserId = official.id();
        task.assigneeName = official.fullName();
        return moved(task, TaskCommand.ASSIGN_OFFICIAL, TaskAction.UPDATED, "Phân công cán bộ: " + official.fullName());
    }

    public TaskEntity start(UUID id, String ifMatch) {
        TaskEntity task = acting(id, ifMatch, TaskCommand.START);
        return moved(task, TaskCommand.START, TaskAction.STARTED, null);
    }

    public TaskEntity report(UUID id, String ifMatch, TaskReportSubmission request) {
        TaskEntity task = acting(id, ifMatch, TaskCommand.REPORT);
        attachments.requireOwned(ATTACHMENT_OWNER, task.id, request.getAttachmentIds(), "attachmentIds");
        requests.report(request, task);
        task.reportedOn = clock.today();
        task.percentDone = 100;
        moved(task, TaskCommand.REPORT, TaskAction.REPORTED, null);
        notifications.send(task.assigningOrganizationId, NotificationKind.TASK_REPORTED, task.id,
                NotificationText.of("notification.task-reported", task.title), task.dueDate);
        return task;
    }

    public TaskEntity accept(UUID id, String ifMatch, String comment) {
        TaskEntity task = acting(id, ifMatch, TaskCommand.ACCEPT);
        task.acceptedOn = clock.today();
        task.decisionNote = comment;
        moved(task, TaskCommand.ACCEPT, TaskAction.ACCEPTED, comment);
        notifications.send(task.leadOrganizationId, NotificationKind.TASK_ACCEPTED, task.id,
                NotificationText.of("notification.task-accepted", task.title), task.dueDate);
        return task;
    }

    public TaskEntity returnReport(UUID id, String ifMatch, String reason) {
        TaskEntity task = acting(id, ifMatch, TaskCommand.RETURN);
        task.decisionNote = reason.strip();
        task.percentDone = Math.min(task.percentDone, 90);
        moved(task, TaskCommand.RETURN, TaskAction.RETURNED, task.decisionNote);
        notifications.send(task.leadOrganizationId, NotificationKind.TASK_RETURNED, task.id,
                NotificationText.of("notification.task-returned", task.title), task.dueDate);
        return task;
    }

    public TaskEntity cancel(UUID id, String ifMatch, String reason) {
        TaskEntity task = acting(id, ifMatch, TaskCommand.CANCEL);
        cancelWithChildren(task, reason.strip());
        return task;
    }

    private void cancelWithChildren(TaskEntity task, String reason) {
        task.decisionNote = reason;
        moved(task, TaskCommand.CANCEL, TaskAction.CANCELLED, reason);
        notifications.send(task.leadOrganizationId, NotificationKind.TASK_CANCELLED, task.id,
                NotificationText.of("notification.task-cancelled", task.title), task.dueDate);
        for (TaskEntity child : children(task.id)) {
            if (TaskLifecycle.TABLE.allows(TaskCommand.CANCEL, child.status)) {
                cancelWithChildren(child, reason);
            }
        }
    }

    public TaskEntity delegate(UUID parentId, TaskDelegation request) {
        TaskEntity parent = acting(parentId, null, TaskCommand.DELEGATE);
        UUID childLead = request.getLeadOrganizationId();
        if (parent.leadOrganizationId.equals(childLead) || !access.isAtOrBelow(childLead, parent.leadOrganizationId)) {
            throw ApiException.invalid(FieldViolation.of("leadOrganizationId", "notBelowLead", "task.delegate-below-lead",
                    request.getLeadOrganizationId()));
        }
        LocalDate due = request.getDueDate() == null ? parent.dueDate : request.getDueDate();
        if (due.isAfter(parent.dueDate)) {
            throw ApiException.invalid(FieldViolation.of("dueDate", "afterParent", "task.delegate-due-after-parent",
                    parent.dueDate));
        }
        Assignment assignment = requests.delegation(request, parent);
        UUID id = request.getId() == null ? UUID.randomUUID() : request.getId();
        if (em.find(TaskEntity.class, id) != null) {
            throw ApiException.idTaken();
        }
        Assignment checked = checkDelegated(assignment);
        LocalDate start = parent.startDate != null && parent.startDate.isAfter(clock.today()) ? parent.startDate : clock.today();
        TaskEntity child = newTask(id, checked, start.isAfter(due) ? null : start, due, false);
        child.parentTaskId = parent.id;
        child.seriesId = parent.seriesId;
        child.periodLabel = parent.periodLabel;
        child.periodStart = parent.periodStart;
        child.periodEnd = parent.periodEnd;
        assigned(child);
        moved(parent, TaskCommand.DELEGATE, TaskAction.DELEGATED, child.title);
        return child;
    }

    List<TaskEntity> children(UUID parentId) {
        return em.createQuery("from TaskEntity e where e.parentTaskId = :parent"
                + " and e.deletedAt is null", TaskEntity.class).setParameter("parent", parentId).getResultList();
    }

    /** The task, once the caller is shown to be the command's party, If-Match holds and the status allows it. */
    TaskEntity acting(UUID id, String ifMatch, TaskCommand command) {
        TaskEntity task = asParty(id, ifMatch, command);
        TaskLifecycle.TABLE.require(command, task.status);
        return task;
    }

    /** The task, once the caller is shown to be the command's party and If-Match holds; the status is not checked. */
    TaskEntity asParty(UUID id, String ifMatch, TaskCommand command) {
        TaskEntity task = access.visible(id);
        access.require(TaskLifecycle.TABLE.party(command), task);
        EntityTags.check(ifMatch, task.version);
        return task;
    }

    /** Applies the command's move (or checks that it may stay) and writes it on the timeline. */
    TaskEntity moved(TaskEntity task, TaskCommand command, TaskAction event, String note) {
        TaskStatus before = task.status;
        task.status = TaskLifecycle.TABLE.require(command, before);
        timeline.record(task, event, before, note);
        return task;
    }

    /** The assignment with its units, directive and dates checked, given by the caller's unit if it named none. */
    private Assignment check(Assignment a, LocalDate start, LocalDate due) {
        List<FieldViolation> errors = new ArrayList<>();
        UUID assigning = checkShared(a, start, due, errors);
        if (!access.inScope(a.leadOrganizationId())) {
            errors.add(FieldViolation.of("leadOrganizationId", "outOfScope", "task.organization-out-of-scope",
                    a.leadOrganizationId()));
        } else {
            validity.check("leadOrganizationId", a.leadOrganizationId(), clock.today()).ifPresent(errors::add);
        }
        errors.addAll(coordinatorErrors(a.leadOrganizationId(), a.coordinatingOrganizationIds()));
        errors.addAll(validityErrors(a.coordinatingOrganizationIds()));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return a.assignedBy(assigning);
    }

    /**
     * What every assignment is checked for, whoever leads it: the assigning unit (the caller's own unit when none is
     * named), the directive (issued, visible) and the dates; violations are added to {@code errors}.
     * @return the assigning unit, or null when there is none
     */
    UUID checkShared(Assignment a, LocalDate start, LocalDate due, List<FieldViolation> errors) {
        UUID assigning = a.assigningOrganizationId() != null ? a.assigningOrganizationId()
                : access.callerOrganization().orElse(null);
        if (assigning == null) {
            errors.add(FieldViolation.of("assigningOrganizationId", "required", "task.assigning-required"));
        } else if (!access.mayAssignFor(assigning)) {
            errors.add(FieldViolation.of("assigningOrganizationId", "outOfScope", "task.assigning-out-of-scope", assigning));
        } else {
            validity.check("assigningOrganizationId", assigning, clock.today()).ifPresent(errors::add);
        }
        LocalDate issued = null;
        if (a.directiveId() != null) {
            issued = directives.issued(a.directiveId(), "directiveId").issueDate();
        } else if (a.itemNumber() != null) {
            errors.add(FieldViolation.of("itemNumber", "withoutDirective", "task.item-without-directive"));
        }
        errors.addAll(dateErrors(start, due, issued));
        return assigning;
    }

    private Assignment checkDelegated(Assignment a) {
        List<FieldViolation> errors = new ArrayList<>();
        validity.check("leadOrganizationId", a.leadOrganizationId(), clock.today()).ifPresent(errors::add);
        errors.addAll(coordinatorErrors(a.leadOrganizationId(), a.coordinatingOrganizationIds()));
        errors.addAll(validityErrors(a.coordinatingOrganizationIds()));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return a;
    }

    private List<FieldViolation> coordinatorErrors(UUID lead, Collection<UUID> coordinators) {
        List<FieldViolation> errors = new ArrayList<>();
        if (coordinators == null) {
            return errors;
        }
        for (UUID coordinator : coordinators) {
            if (coordinator.equals(lead)) {
                errors.add(FieldViolation.of("coordinatingOrganizationIds", "leadAlsoCoordinator",
                        "task.lead-also-coordinator"));
            } else if (!access.inScope(coordinator)) {
                errors.add(FieldViolation.of("coordinatingOrganizationIds", "outOfScope",
                        "task.organization-out-of-scope", coordinator));
            }
        }
        return errors;
    }

    /** New coordinating units must be in force today (UnitValidity: the refusal names the successor). */
    List<FieldViolation> validityErrors(Collection<UUID> coordinators) {
        List<FieldViolation> errors = new ArrayList<>();
        if (coordinators != null) {
            for (UUID coordinator : coordinators) {
                validity.check("coordinatingOrganizationIds", coordinator, clock.today()).ifPresent(errors::add);
            }
        }
        return errors;
    }

    private void requireCoordinators(UUID lead, Collection<UUID> coordinators) {
        List<FieldViolation> errors = coordinatorErrors(lead, coordinators);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private void requireDates(LocalDate start, LocalDate due, LocalDate issued) {
        List<FieldViolation> errors = dateErrors(start, due, issued);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static List<FieldViolation> dateErrors(LocalDate start, LocalDate due, LocalDate issued) {
        List<FieldViolation> errors = new ArrayList<>();
        if (start != null && due.isBefore(start)) {
            errors.add(FieldViolation.of("dueDate", "beforeStart", "task.due-before-start", start));
        }
        if (issued != null && due.isBefore(issued)) {
            errors.add(FieldViolation.of("dueDate", "beforeIssue", "task.due-before-issue", issued));
        }
        return errors;
    }

    TaskEntity newTask(UUID id, Assignment checked, LocalDate start, LocalDate due, boolean demo) {
        TaskEntity task = requests.newTask(checked);
        task.id = id;
        task.startDate = start;
        task.dueDate = due;
        task.originalDueDate = due;
        task.status = TaskStatus.ASSIGNED;
        task.demo = demo;
        parties.refresh(task);
        em.persist(task);
        return task;
    }

    void assigned(TaskEntity task) {
        timeline.record(task, TaskAction.ASSIGNED, null, null);
        notifications.send(task.leadOrganizationId, NotificationKind.TASK_ASSIGNED, task.id,
                NotificationText.of("notification.task-assigned", task.title), task.dueDate);
        for (UUID coordinator : task.coordinatingOrganizationIds) {
            notifications.send(coordinator, NotificationKind.TASK_ASSIGNED, task.id,
                    NotificationText.of("notification.task-coordinating", task.title), task.dueDate);
        }
    }
}
