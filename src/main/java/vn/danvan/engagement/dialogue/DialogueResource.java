package vn.danvan.engagement.dialogue;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.DialoguesApi;
import vn.danvan.api.model.DialogueAnnouncement;
import vn.danvan.api.model.DialogueCancellation;
import vn.danvan.api.model.DialogueClosure;
import vn.danvan.api.model.DialogueCreate;
import vn.danvan.api.model.DialogueHolding;
import vn.danvan.api.model.DialogueItemAnswer;
import vn.danvan.api.model.DialogueItemAssignment;
import vn.danvan.api.model.DialogueItemCreate;
import vn.danvan.api.model.DialogueItemList;
import vn.danvan.api.model.DialoguePage;
import vn.danvan.api.model.DialogueStatus;
import vn.danvan.api.model.PersonalDataReadList;
import vn.danvan.platform.audit.RecordHistories;
import vn.danvan.platform.files.AttachmentEntity;
import vn.danvan.platform.files.AttachmentPolicy;
import vn.danvan.platform.files.AttachmentResponses;
import vn.danvan.platform.files.AttachmentService;
import vn.danvan.platform.http.Responses;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.personaldata.PersonalDataAccessLog;

import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** /api/v1/dialogues and /api/v1/dialogue-items — dialogue sessions and the opinions raised at them. */
@Idempotent
public class DialogueResource implements DialoguesApi {

    private final DialogueService service;
    private final DialogueItemService items;
    private final DialogueMapper mapper;
    private final AttachmentService attachments;
    private final AttachmentResponses attachmentResponses;
    private final PersonalDataAccessLog accessLog;
    private final RecordHistories histories;
    private final DialogueHistory history;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    DialogueResource(DialogueService service, DialogueItemService items, DialogueMapper mapper,
                     AttachmentService attachments, AttachmentResponses attachmentResponses,
                     PersonalDataAccessLog accessLog,
                     RecordHistories histories,
                     DialogueHistory history) {
        this.history = history;
        this.histories = histories;
        this.accessLog = accessLog;
        this.service = service;
        this.items = items;
        this.mapper = mapper;
        this.attachments = attachments;
        this.attachmentResponses = attachmentResponses;
    }

    @Override
    public Response listDialogues(UUID organizationId, DialogueStatus status, LocalDate from, LocalDate to, String q,
                                  Integer pageSize, String pageToken) {
        Page<DialogueEntity> page = service.list(q, organizationId, status, from, to, PageRequest.of(pageSize, pageToken));
        return Response.ok(new DialoguePage().items(mapper.toApi(page.items(), PersonalDataAccessLog.Purpose.LIST))
                .nextPageToken(page.nextPageToken())).build();
    }

    @Override
    @Transactional
    public Response createDialogue(DialogueCreate request, String idempotencyKey) {
        DialogueEntity created = service.create(request, false);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/dialogues/{id}").build(created.id),
                mapper.toApi(created), created.version);
    }

    @Override
    public Response getDialogue(UUID dialogueId) {
        return single(service.get(dialogueId));
    }

    @Override
    @Transactional
    public Response recordDialogueHeld(UUID dialogueId, DialogueHolding request, String idempotencyKey, String ifMatch) {
        return single(service.hold(dialogueId, ifMatch, request));
    }

    @Override
    @Transactional
    public Response closeDialogue(UUID dialogueId, DialogueClosure request, String idempotencyKey, String ifMatch) {
        return single(service.close(dialogueId, ifMatch, request));
    }

    @Override
    @Transactional
    public Response cancelDialogue(UUID dialogueId, DialogueCancellation request, String idempotencyKey, String ifMatch) {
        return single(service.cancel(dialogueId, ifMatch, request.getReason()));
    }

    @Override
    @Transactional
    public Response announceDialogue(UUID dialogueId, DialogueAnnouncement request, String idempotencyKey, String ifMatch) {
        return single(service.announce(dialogueId, ifMatch, request));
    }

    @Override
    public Response listDialogueAttachments(UUID dialogueId) {
        service.get(dialogueId);
        return attachmentResponses.list(attachments.list(DialogueService.ATTACHMENT_OWNER, dialogueId));
    }

    @Override
    @Transactional
    public Response uploadDialogueAttachment(UUID dialogueId, String fileName, File body, String idempotencyKey) {
        DialogueEntity dialogue = service.attachable(dialogueId);
        AttachmentEntity attachment = attachments.upload(DialogueService.ATTACHMENT_OWNER, dialogue.id,
                AttachmentPolicy.DOCUMENTS_AND_IMAGES, fileName,
                headers.getMediaType() == null ? null : headers.getMediaType().toString(), dialogue.organizationId, body);
        return attachmentResponses.created(attachment, uriInfo.getBaseUriBuilder()
                .path("api/v1/dialogues/{id}/attachments/{attachmentId}/content").build(dialogue.id, attachment.id));
    }

    /** The minutes name the people present: a download is logged as a read of the session's personal data. */
    @Override
    public Response downloadDialogueAttachment(UUID dialogueId, UUID attachmentId) {
        service.get(dialogueId);
        Response download = attachmentResponses.downloadPersonal(attachments.open(DialogueService.ATTACHMENT_OWNER,
                dialogueId, attachmentId));
        accessLog.record(PersonalDataAccessLog.Subject.DIALOGUE, List.of(dialogueId), PersonalDataAccessLog.Purpose.READ);
        return download;
    }

    @Override
    public Response listDialoguePersonalDataReads(UUID dialogueId) {
        service.get(dialogueId);
        return Response.ok(new PersonalDataReadList()
                .items(accessLog.reads(PersonalDataAccessLog.Subject.DIALOGUE, dialogueId))).build();
    }

    @Override
    public Response listDialogueItems(UUID dialogueId) {
        return Response.ok(new DialogueItemList().items(mapper.toItems(items.list(dialogueId)))).build();
    }

    @Override
    @Transactional
    public Response addDialogueItem(UUID dialogueId, DialogueItemCreate request, String idempotencyKey) {
        DialogueItemEntity item = items.add(dialogueId, request);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/dialogues/{id}/items").build(dialogueId),
                mapper.toApi(item), item.version);
    }

    @Override
    @Transactional
    public Response answerDialogueItem(UUID itemId, DialogueItemAnswer request, String idempotencyKey, String ifMatch) {
        DialogueItemEntity item = items.answer(itemId, ifMatch, request.getAnswer());
        return Responses.single(mapper.toApi(item), item.version);
    }

    @Override
    @Transactional
    public Response assignDialogueItem(UUID itemId, DialogueItemAssignment request, String idempotencyKey, String ifMatch) {
        DialogueItemEntity item = items.assign(itemId, ifMatch, request, false);
        return Responses.single(mapper.toApi(item), item.version);
    }

    private Response single(DialogueEntity entity) {
        return Responses.single(mapper.toApi(entity), entity.version);
    }

    @Override
    public Response listDialogueHistory(UUID dialogueId, Integer pageSize, String pageToken) {
        return Response.ok(histories.page(history, dialogueId, PageRequest.of(pageSize, pageToken))).build();
    }
}
