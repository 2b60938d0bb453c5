package vn.danvan.task;

import jakarta.persistence.EntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.NotificationKind;
import vn.danvan.api.model.TaskAction;
import vn.danvan.api.model.TaskExtensionCreate;
import vn.danvan.api.model.TaskExtensionStatus;
import vn.danvan.api.model.TaskUpdateCreate;
import vn.danvan.api.model.TaskUpdateKind;
import vn.danvan.notification.NotificationText;
import vn.danvan.notification.Notifications;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.files.AttachmentService;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Progress updates, contributions of coordinating units, and extension requests with their decisions. */
@ApplicationScoped
class TaskProgress {

    private final EntityManager em;
    private final TaskAccess access;
    private final TaskRequestMapper requests;
    private final TaskService tasks;
    private final Notifications notifications;
    private final AttachmentService attachments;
    private final CurrentCaller caller;
    private final AppClock clock;

    TaskProgress(EntityManager em, TaskAccess access, TaskRequestMapper requests, TaskService tasks, Notifications notifications,
                 AttachmentService attachments, CurrentCaller caller, AppClock clock) {
        this.em = em;
        this.access = access;
        this.requests = requests;
        this.tasks = tasks;
        this.notifications = notifications;
        this.attachments = attachments;
        this.caller = caller;
        this.clock = clock;
    }

    TaskUpdateEntity addUpdate(UUID taskId, TaskUpdateCreate request) {
        TaskEntity task = access.visible(taskId);
        TaskUpdateEntity update = requests.newUpdate(request);
        if (em.find(TaskUpdateEntity.class, update.id) != null) {
            throw ApiException.idTaken();
        }
        boolean lead = access.actsForLead(task);
        Optional<UUID> coordinating = lead ? Optional.empty() : access.coordinatingUnitOf(task);
        if (!lead && coordinating.isEmpty()) {
            throw new ApiException(ProblemType.FORBIDDEN, "task.not-lead-or-coordinator");
        }
        TaskCommand command = lead ? TaskCommand.REPORT_PROGRESS : TaskCommand.CONTRIBUTE;
        TaskLifecycle.TABLE.require(command, task.status);
        if (!lead) {
            if (request.getPercentDone() != null) {
                throw ApiException.invalid(FieldViolation.of("percentDone", "leadOnly", "task.percent-lead-only"));
            }
        }
        attachments.requireOwned(TaskService.ATTACHMENT_OWNER, task.id, request.getAttachmentIds(), "attachmentIds");
        update.taskId = task.id;
        update.kind = lead ? TaskUpdateKind.PROGRESS : TaskUpdateKind.CONTRIBUTION;
        update.organizationId = lead ? task.leadOrganizationId : coordinating.get();
        update.author = caller.name();
        em.persist(update);
        if (lead) {
            if (request.getPercentDone() != null) {
                task.percentDone = request.getPercentDone();
            }
            tasks.moved(task, command, TaskAction.PROGRESS, shorten(update.text));
            // the task row changes with every update, so that clients syncing by version see it
            task.updatedAt = clock.now();
        } else {
            tasks.moved(task, command, TaskAction.CONTRIBUTION, shorten(update.text));
        }
        return update;
    }

    TaskExtensionEntity requestExtension(UUID taskId, TaskExtensionCreate request) {
        TaskEntity task = tasks.acting(taskId, null, TaskCommand.REQUEST_EXTENSION);
        LocalDate today = clock.today();
        if (!request.getRequestedDueDate().isAfter(today) || !request.getRequestedDueDate().isAfter(task.dueDate)) {
            throw ApiException.invalid(FieldViolation.of("requestedDueDate", "notLater", "task.extension-not-later",
                    task.dueDate.isAfter(today) ? task.dueDate : today));
        }
        long pending = em.createQuery("select count(x) from TaskExtensionEntity x"
                        + " where x.taskId = :task and x.status = :pending", Long.class)
                .setParameter("task", task.id).setParameter("pending", TaskExtensionStatus.PENDING).getSingleResult();
        if (pending > 0) {
            throw new ApiException(ProblemType.CONFLICT, "task.extension-pending");
        }
        TaskExtensionEntity extension = requests.newExtension(request);
        extension.id = UUID.randomUUID();
        extension.taskId = task.id;
        extension.previousDueDate = task.dueDate;
        extension.status = TaskExtensionStatus.PENDING;
        extension.requestedBy = caller.name();
        em.persist(extension);
        tasks.moved(task, TaskCommand.REQUEST_EXTENSION, TaskAction.EXTENSION_REQUESTED,
                extension.previousDueDate + " → " + extension.requestedDueDate + ": " + extension.reason);
        task.updatedAt = clock.now();
        notifications.send(task.assigningOrganizationId, NotificationKind.EXTENSION_REQUESTED, task.id,
                NotificationText.of("notification.extension-requested", extension.requestedDueDate, task.title), task.dueDate);
        return extension;
    }

    TaskExtensionEntity decideExtension(UUID taskId, UUID extensionId, boolean approve, String comment) {
        TaskCommand command = approve ? TaskCommand.APPROVE_EXTENSION : TaskCommand.REFUSE_EXTENSION;
        TaskEntity task = tasks.asParty(taskId, null, command);
        TaskExtensionEntity extension = em.find(TaskExtensionEntity.class, extensionId);
        if (extension == null || !extension.taskId.equals(task.id)) {
            throw ApiException.notFound("entity.task-extension", extensionId);
        }
        if (extension.status != TaskExtensionStatus.PENDING) {
            throw new ApiException(ProblemType.INVALID_STATE, "task.extension-decided",
                    new vn.danvan.platform.error.MessageRef("task.extension.status." + extension.status.name()));
        }
        TaskLifecycle.TABLE.require(command, task.status);
        extension.status = approve ? TaskExtensionStatus.APPROVED : TaskExtensionStatus.REFUSED;
        extension.decidedBy = caller.name();
        extension.decidedAt = clock.now();
        extension.decisionComment = comment;
        if (approve) {
            task.dueDate = extension.requestedDueDate;
        }
        task.updatedAt = clock.now();
        tasks.moved(task, command, approve ? TaskAction.EXTENSION_APPROVED : TaskAction.EXTENSION_REFUSED,
                approve ? extension.previousDueDate + " → " + extension.requestedDueDate : comment);
        notifications.send(task.leadOrganizationId, NotificationKind.EXTENSION_DECIDED, task.id,
                approve ? NotificationText.of("notification.extension-approved", extension.requestedDueDate, task.title)
                        : NotificationText.of("notification.extension-refused", task.title),
                task.dueDate);
        return extension;
    }

    private static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }
}
