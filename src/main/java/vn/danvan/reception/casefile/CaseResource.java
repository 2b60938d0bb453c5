package vn.danvan.reception.casefile;

import vn.danvan.platform.http.Responses;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.CasesApi;
import vn.danvan.api.model.CaseCreate;
import vn.danvan.api.model.CaseDecisionCreate;
import vn.danvan.api.model.CaseExtension;
import vn.danvan.api.model.CaseExtensionCreate;
import vn.danvan.api.model.CasePage;
import vn.danvan.api.model.CaseStatus;
import vn.danvan.api.model.CasePublicationEvent;
import vn.danvan.api.model.CaseResultPublication;
import vn.danvan.api.model.CaseResultWithdrawal;
import vn.danvan.api.model.CaseStatusChange;
import vn.danvan.api.model.CaseTransfer;
import vn.danvan.api.model.CaseTransferCreate;
import vn.danvan.api.model.CaseTransition;
import vn.danvan.api.model.ModelCase;
import vn.danvan.api.model.ReceptionKind;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.files.AttachmentEntity;
import vn.danvan.platform.files.AttachmentPolicy;
import vn.danvan.platform.files.AttachmentResponses;
import vn.danvan.platform.files.AttachmentService;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.mapping.TimeMappings;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.security.Roles;
import vn.danvan.platform.time.AppClock;

import java.io.File;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** /api/v1/cases — cases accepted for resolution. */
@Idempotent
public class CaseResource implements CasesApi {

    static final String ATTACHMENT_OWNER = "reception-case";


    private final CaseService service;
    private final CaseQueries queries;
    private final AppClock clock;
    private final AttachmentService attachments;
    private final AttachmentResponses attachmentResponses;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    CaseResource(CaseService service, CaseQueries queries, AppClock clock, AttachmentService attachments,
                 AttachmentResponses attachmentResponses) {
        this.service = service;
        this.queries = queries;
        this.clock = clock;
        this.attachments = attachments;
        this.attachmentResponses = attachmentResponses;
    }

    @Override
    public Response listCaseAttachments(UUID caseId) {
        service.get(caseId);
        return attachmentResponses.list(attachments.list(ATTACHMENT_OWNER, caseId));
    }

    @Override
    @Transactional
    public Response uploadCaseAttachment(UUID caseId, String fileName, File body, String idempotencyKey) {
        CaseEntity found = service.get(caseId);
        AttachmentEntity attachment = attachments.upload(ATTACHMENT_OWNER, found.id, AttachmentPolicy.DOCUMENTS_AND_IMAGES,
                fileName, headers.getMediaType() == null ? null : headers.getMediaType().toString(), found.organizationId, body);
        return attachmentResponses.created(attachment, uriInfo.getBaseUriBuilder()
                .path("api/v1/cases/{id}/attachments/{attachmentId}/content").build(found.id, attachment.id));
    }

    @Override
    public Response downloadCaseAttachment(UUID caseId, UUID attachmentId) {
        service.get(caseId);
        return attachmentResponses.downloadPersonal(attachments.open(ATTACHMENT_OWNER, caseId, attachmentId));
    }

    @Override
    @Transactional
    public Response listCases(UUID organizationId, CaseStatus status, ReceptionKind kind, Boolean overdue, Integer pageSize,
                              String pageToken) {
        Page<CaseEntity> page = queries.list(organizationId, status, kind, overdue, PageRequest.of(pageSize, pageToken));
        return Response.ok(new CasePage().items(page.items().stream().map(this::toApi).toList())
                .nextPageToken(page.nextPageToken())).build();
    }

    @Override
    @Transactional
    public Response createCase(CaseCreate request, String idempotencyKey) {
        CaseEntity created = service.open(request, false);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/cases/{id}").build(created.id), toApi(created), created.version);
    }

    @Override
    @Transactional
    public Response getCase(UUID caseId) {
        return single(service.get(caseId));
    }

    @Override
    @Transactional
    public Response transitionCase(UUID caseId, CaseTransition request, String idempotencyKey, String ifMatch) {
        return single(service.transition(caseId, ifMatch, request));
    }

    @Override
    @Transactional
    public Response extendCase(UUID caseId, CaseExtensionCreate request, String idempotencyKey, String ifMatch) {
        return single(service.extend(caseId, ifMatch, request));
    }

    @Override
    @Transactional
    public Response transferCase(UUID caseId, CaseTransferCreate request, String idempotencyKey, String ifMatch) {
        return single(service.transfer(caseId, ifMatch, request));
    }

    @Override
    @Transactional
    public Response decideCase(UUID caseId, CaseDecisionCreate request, String idempotencyKey, String ifMatch) {
        return single(service.decide(caseId, ifMatch, request));
    }

    @Override
    @Transactional
    public Response publishCaseResult(UUID caseId, String ifMatch, CaseResultPublication request) {
        return single(service.publishResult(caseId, ifMatch, request.getPublicSummary(), request.getReason()));
    }

    @Override
    @Transactional
    public Response withdrawCaseResult(UUID caseId, CaseResultWithdrawal request, String idempotencyKey, String ifMatch) {
        return single(service.withdrawResult(caseId, ifMatch, request.getReason()));
    }

    private Response single(CaseEntity entity) {
        return Responses.single(toApi(entity), entity.version);
    }

    ModelCase toApi(CaseEntity c) {
        LocalDate today = clock.today();
        ModelCase api = new ModelCase().id(c.id).receptionId(c.receptionId).organizationId(c.organizationId).kind(c.kind)
                .instance(c.instance).complex(c.complex).remoteArea(c.remoteArea).receivedOn(c.receivedOn)
                .acceptedOn(c.acceptedOn).lateAcceptance(service.lateAcceptance(c)).status(c.status)
                .deadlineRuleId(c.deadlineRuleId).deadline(c.deadline).overdue(c.overdue(today))
                .decisionNumber(c.decisionNumber).decidedOn(c.decidedOn).decisionSummary(c.decisionSummary)
                .resultPublic(c.resultPublic).publicSummary(c.publicSummary).demo(c.demo)
                .createdAt(TimeMappings.toOffsetDateTime(c.createdAt)).updatedAt(TimeMappings.toOffsetDateTime(c.updatedAt))
                .version(c.version);
        if (c.deadline != null && CaseEntity.RUNNING.contains(c.status)) {
            api.daysLeft((int) ChronoUnit.DAYS.between(today, c.deadline));
        }
        api.extensions(c.extensions.stream().map(x -> new CaseExtension().position(x.position)
                .decisionNumber(x.decisionNumber).decidedOn(x.decidedOn).days(x.days).reason(x.reason)).toList());
        api.transfers(c.transfers.stream().map(t -> new CaseTransfer().fromOrganizationId(t.fromOrganizationId)
                .toOrganizationId(t.toOrganizationId).transferredOn(t.transferredOn).reason(t.reason)
                .createdAt(TimeMappings.toOffsetDateTime(t.createdAt))).toList());
        api.statusHistory(c.statusHistory.stream().map(s -> new CaseStatusChange().fromStatus(s.fromStatus)
                .toStatus(s.toStatus).changedOn(s.changedOn).note(s.note)).toList());
        api.publicationHistory(c.publicationHistory.stream().map(p -> new CasePublicationEvent().action(p.action)
                .reason(p.reason).actorId(p.actorId).at(TimeMappings.toOffsetDateTime(p.createdAt))).toList());
        return api;
    }
}
