package vn.danvan.task;

import vn.danvan.platform.sync.DeltaReader;
import vn.danvan.platform.http.Responses;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.model.TaskProgressUpdateDelta;
import vn.danvan.api.model.TaskDelta;
import vn.danvan.api.TasksApi;
import vn.danvan.api.model.RecurringTaskCreate;
import vn.danvan.api.model.TaskAssigneeChange;
import vn.danvan.api.model.TaskAssignmentCreate;
import vn.danvan.api.model.TaskCreate;
import vn.danvan.api.model.TaskDecision;
import vn.danvan.api.model.TaskDelegation;
import vn.danvan.api.model.TaskEventPage;
import vn.danvan.api.model.TaskExtensionCreate;
import vn.danvan.api.model.TaskExtensionList;
import vn.danvan.api.model.TaskPage;
import vn.danvan.api.model.TaskReason;
import vn.danvan.api.model.TaskRelation;
import vn.danvan.api.model.TaskReportSubmission;
import vn.danvan.api.model.TaskSeries;
import vn.danvan.api.model.TaskStatus;
import vn.danvan.api.model.TaskUpdate;
import vn.danvan.api.model.TaskProgressUpdateCreate;
import vn.danvan.api.model.TaskProgressUpdatePage;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.files.AttachmentEntity;
import vn.danvan.platform.files.AttachmentPolicy;
import vn.danvan.platform.files.AttachmentResponses;
import vn.danvan.platform.files.AttachmentService;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.security.Roles;

import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** /api/v1/tasks — nhiệm vụ, as the contract's TasksApi defines it. */
@Idempotent
public class TaskResource implements TasksApi {

    private static final String[] READERS = {Roles.SYSTEM_ADMIN, Roles.COORDINATOR, Roles.ORG_ADMIN, Roles.OFFICER,
            Roles.VIEWER};

    private final DeltaReader deltas;
    private final TaskService service;
    private final TaskAssignmentService assignments;
    private final TaskProgress progress;
    private final TaskQueries queries;
    private final TaskMapper mapper;
    private final TaskAccess access;
    private final AttachmentService attachments;
    private final AttachmentResponses attachmentResponses;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    TaskResource(TaskService service, TaskAssignmentService assignments, TaskProgress progress, TaskQueries queries,
                 TaskMapper mapper, TaskAccess access, AttachmentService attachments,
                 AttachmentResponses attachmentResponses, DeltaReader deltas) {
        this.deltas = deltas;
        this.service = service;
        this.assignments = assignments;
        this.progress = progress;
        this.queries = queries;
        this.mapper = mapper;
        this.access = access;
        this.attachments = attachments;
        this.attachmentResponses = attachmentResponses;
    }

    @Override
    public Response listTasks(String q, List<TaskStatus> status, Boolean overdue, Integer dueWithinDays,
                              UUID leadOrganizationId, UUID assigningOrganizationId, UUID directiveId, String itemNumber,
                              UUID seriesId, UUID assignmentId, LocalDate dueFrom, LocalDate dueTo, String sort,
                              Integer pageSize, String pageToken) {
        return page(queries.list(new TaskQueries.Filter(q, status, overdue, dueWithinDays, leadOrganizationId,
                assigningOrganizationId, directiveId, itemNumber, seriesId, assignmentId, dueFrom, dueTo), sort,
                PageRequest.of(pageSize, pageToken)));
    }

    @Override
    @Transactional
    public Response createTaskAssignment(TaskAssignmentCreate request, String idempotencyKey) {
        TaskAssignmentService.Made made = assignments.create(request);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/task-assignments/{id}")
                .build(made.assignment().id), mapper.toApi(made.assignment(), made.tasks()));
    }

    @Override
    public Response getTaskAssignment(UUID assignmentId) {
        TaskQueries.AssignmentView found = queries.assignment(assignmentId);
        return Response.ok(mapper.toApi(found.assignment(), found.tasks())).build();
    }

    @Override
    @Transactional
    public Response createTask(TaskCreate taskCreate, String idempotencyKey) {
        return created(service.create(taskCreate, false));
    }

    @Override
    @Transactional
    public Response createRecurringTask(RecurringTaskCreate recurringTaskCreate, String idempotencyKey) {
        UUID seriesId = UUID.randomUUID();
        List<TaskEntity> tasks = service.createRecurring(recurringTaskCreate, seriesId, false);
        return Response.status(Response.Status.CREATED)
                .entity(new TaskSeries().seriesId(seriesId).items(mapper.toApi(tasks))).build();
    }

    @Override
    public Response listTaskInbox(TaskRelation relation, Boolean includeClosed, Integer pageSize, String pageToken) {
        return page(queries.inbox(relation, Boolean.TRUE.equals(includeClosed), PageRequest.of(pageSize, pageToken)));
    }

    @Override
    public Response summarizeTasks(UUID assigningOrganizationId, UUID directiveId, LocalDate dueFrom, LocalDate dueTo,
                                   String sort, Integer pageSize, String pageToken) {
        return Response.ok(queries.summary(assigningOrganizationId, directiveId, dueFrom, dueTo, sort,
                PageRequest.of(pageSize, pageToken))).build();
    }

    @Override
    public Response getTask(UUID taskId) {
        return single(access.visible(taskId));
    }

    @Override
    @Transactional
    public Response updateTask(UUID taskId, String ifMatch, TaskUpdate taskUpdate) {
        return single(service.update(taskId, ifMatch, taskUpdate));
    }

    @Override
    @Transactional
    public Response assignTaskOfficial(UUID taskId, TaskAssigneeChange change, String idempotencyKey, String ifMatch) {
        return single(service.assignOfficial(taskId, ifMatch, change.getAssigneeUserId()));
    }

    @Override
    @Transactional
    public Response removeTaskOfficial(UUID taskId, String idempotencyKey, String ifMatch) {
        return single(service.assignOfficial(taskId, ifMatch, null));
    }

    @Override
    @Transactional
    public Response acknowledgeTask(UUID taskId, String idempotencyKey, String ifMatch) {
        return single(service.acknowledge(taskId, ifMatch));
    }

    @Override
    @Transactional
    public Response startTask(UUID taskId, String idempotencyKey, String ifMatch) {
        return single(service.start(taskId, ifMatch));
    }

    @Override
    @Transactional
    public Response reportTask(UUID taskId, TaskReportSubmission taskReportSubmission, String idempotencyKey,
                               String ifMatch) {
        return single(service.report(taskId, ifMatch, taskReportSubmission));
    }

    @Override
    @Transactional
    public Response acceptTask(UUID taskId, TaskDecision taskDecision, String idempotencyKey, String ifMatch) {
        return single(service.accept(taskId, ifMatch, taskDecision == null ? null : taskDecision.getComment()));
    }

    @Override
    @Transactional
    public Response returnTask(UUID taskId, TaskReason taskReason, String idempotencyKey, String ifMatch) {
        return single(service.returnReport(taskId, ifMatch, taskReason.getReason()));
    }

    @Override
    @Transactional
    public Response cancelTask(UUID taskId, TaskReason taskReason, String idempotencyKey, String ifMatch) {
        return single(service.cancel(taskId, ifMatch, taskReason.getReason()));
    }

    @Override
    public Response listTaskUpdates(UUID taskId, Integer pageSize, String pageToken) {
        Page<TaskUpdateEntity> page = queries.updates(taskId, PageRequest.of(pageSize, pageToken));
        return Response.ok(new TaskProgressUpdatePage().items(page.items().stream().map(mapper::toApi).toList())
                .nextPageToken(page.nextPageToken())).build();
    }

    @Override
    @Transactional
    public Response addTaskUpdate(UUID taskId, TaskProgressUpdateCreate taskUpdateCreate, String idempotencyKey) {
        TaskUpdateEntity update = progress.addUpdate(taskId, taskUpdateCreate);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/tasks/{id}/updates").build(taskId), mapper.toApi(update));
    }

    @Override
    public Response listTaskExtensions(UUID taskId) {
        return Response.ok(new TaskExtensionList().items(queries.extensions(taskId).stream().map(mapper::toApi).toList()))
                .build();
    }

    @Override
    @Transactional
    public Response requestTaskExtension(UUID taskId, TaskExtensionCreate taskExtensionCreate, String idempotencyKey) {
        TaskExtensionEntity extension = progress.requestExtension(taskId, taskExtensionCreate);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/tasks/{id}/extensions").build(taskId), mapper.toApi(extension));
    }

    @Override
    @Transactional
    public Response approveTaskExtension(UUID taskId, UUID extensionId, TaskDecision taskDecision, String idempotencyKey) {
        return Response.ok(mapper.toApi(progress.decideExtension(taskId, extensionId, true,
                taskDecision == null ? null : taskDecision.getComment()))).build();
    }

    @Override
    @Transactional
    public Response refuseTaskExtension(UUID taskId, UUID extensionId, TaskDecision taskDecision, String idempotencyKey) {
        return Response.ok(mapper.toApi(progress.decideExtension(taskId, extensionId, false,
                taskDecision == null ? null : taskDecision.getComment()))).build();
    }

    @Override
    @Transactional
    public Response delegateTask(UUID taskId, TaskDelegation taskDelegation, String idempotencyKey) {
        return created(service.delegate(taskId, taskDelegation));
    }

    @Override
    public Response listTaskChildren(UUID taskId, Integer pageSize, String pageToken) {
        return page(queries.children(taskId, PageRequest.of(pageSize, pageToken)));
    }

    @Override
    public Response listTaskTimeline(UUID taskId, Integer pageSize, String pageToken) {
        Page<TaskEventEntity> page = queries.timeline(taskId, PageRequest.of(pageSize, pageToken));
        return Response.ok(new TaskEventPage().items(page.items().stream().map(mapper::toApi).toList())
                .nextPageToken(page.nextPageToken())).build();
    }

    @Override
    public Response listTaskAttachments(UUID taskId) {
        access.visible(taskId);
        return attachmentResponses.list(attachments.list(TaskService.ATTACHMENT_OWNER, taskId));
    }

    @Override
    @Transactional
    public Response uploadTaskAttachment(UUID taskId, String fileName, File body, String idempotencyKey) {
        TaskEntity task = access.visible(taskId);
        boolean mayAttach = access.actsForLead(task) || access.actsForAssigner(task)
                || access.coordinatingUnitOf(task).isPresent();
        if (!mayAttach) {
            throw new vn.danvan.platform.error.ApiException(vn.danvan.platform.error.ProblemType.FORBIDDEN,
                    "task.not-participant");
        }
        AttachmentEntity attachment = attachments.upload(TaskService.ATTACHMENT_OWNER, task.id,
                AttachmentPolicy.DOCUMENTS_AND_IMAGES, fileName,
                headers.getMediaType() == null ? null : headers.getMediaType().toString(),
                access.callerOrganization().orElse(null), body);
        return attachmentResponses.created(attachment, uriInfo.getBaseUriBuilder()
                .path("api/v1/tasks/{id}/attachments/{attachmentId}/content").build(task.id, attachment.id));
    }

    @Override
    public Response downloadTaskAttachment(UUID taskId, UUID attachmentId) {
        access.visible(taskId);
        return attachmentResponses.download(attachments.open(TaskService.ATTACHMENT_OWNER, taskId, attachmentId));
    }

    private Response single(TaskEntity task) {
        return Responses.single(mapper.toApiWithChildren(task), task.version);
    }

    private Response created(TaskEntity task) {
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/tasks/{id}").build(task.id), mapper.toApiWithChildren(task), task.version);
    }

    private Response page(Page<TaskEntity> page) {
        return Response.ok(new TaskPage().items(mapper.toApi(page.items())).nextPageToken(page.nextPageToken())).build();
    }

    @Override
    public Response syncTasks(String deltaToken, String pageToken, Integer pageSize) {
        return Response.ok(deltas.answer(TaskQueries.SYNC, deltaToken, pageToken, pageSize,
                mapper::toApi, (changed, removed, next, delta) -> new TaskDelta()
                        .changed(changed).removed(removed).nextPageToken(next).deltaToken(delta))).build();
    }

    @Override
    public Response syncTaskUpdates(String deltaToken, String pageToken, Integer pageSize) {
        return Response.ok(deltas.answer(TaskQueries.UPDATES_SYNC, deltaToken, pageToken, pageSize,
                updates -> updates.stream().map(mapper::toApi).toList(), (changed, removed, next, delta) -> new TaskProgressUpdateDelta()
                        .changed(changed).removed(removed).nextPageToken(next).deltaToken(delta))).build();
    }
}
