package vn.danvan.reception.casefile;

import vn.danvan.platform.audit.RecordHistories;
import vn.danvan.platform.sync.DeltaReader;
import vn.danvan.platform.http.Responses;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.model.CaseDelta;
import vn.danvan.api.CasesApi;
import vn.danvan.api.model.CaseCreate;
import vn.danvan.api.model.CaseDecisionCreate;
import vn.danvan.api.model.CaseExtensionCreate;
import vn.danvan.api.model.CaseFilePage;
import vn.danvan.api.model.CaseStatus;
import vn.danvan.api.model.CaseResultPublication;
import vn.danvan.api.model.CaseResultWithdrawal;
import vn.danvan.api.model.CaseTransferCreate;
import vn.danvan.api.model.CaseTransition;
import vn.danvan.api.model.ReceptionKind;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.files.AttachmentEntity;
import vn.danvan.platform.files.AttachmentPolicy;
import vn.danvan.platform.files.AttachmentResponses;
import vn.danvan.platform.files.AttachmentService;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.security.Roles;
import vn.danvan.platform.time.AppClock;

import java.io.File;
import java.util.UUID;

/** /api/v1/cases — cases accepted for resolution. */
@Idempotent
public class CaseResource implements CasesApi {

    static final String ATTACHMENT_OWNER = "reception-case";


    private final DeltaReader deltas;
    private final CaseService service;
    private final CaseQueries queries;
    private final CaseMapper mapper;
    private final AppClock clock;
    private final AttachmentService attachments;
    private final AttachmentResponses attachmentResponses;
    private final CaseHistory history;
    private final RecordHistories histories;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    CaseResource(CaseService service, CaseQueries queries, CaseMapper mapper, AppClock clock,
                 AttachmentService attachments, AttachmentResponses attachmentResponses, DeltaReader deltas,
                 CaseHistory history, RecordHistories histories) {
        this.history = history;
        this.histories = histories;
        this.deltas = deltas;
        this.service = service;
        this.queries = queries;
        this.mapper = mapper;
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
    public Response listCases(UUID organizationId, CaseStatus status, ReceptionKind kind, Boolean overdue,
                              Boolean acceptanceOverdue, String q, Integer pageSize, String pageToken) {
        Page<CaseEntity> page = queries.list(q, organizationId, status, kind, overdue, acceptanceOverdue,
                PageRequest.of(pageSize, pageToken));
        CaseFacts facts = facts();
        return Response.ok(new CaseFilePage().items(page.items().stream().map(c -> mapper.toApi(c, facts)).toList())
                .nextPageToken(page.nextPageToken())).build();
    }

    @Override
    @Transactional
    public Response createCase(CaseCreate request, String idempotencyKey) {
        CaseEntity created = service.open(request, false);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/cases/{id}").build(created.id), mapper.toApi(created, facts()), created.version);
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
        return Responses.single(mapper.toApi(entity, facts()), entity.version);
    }

    private CaseFacts facts() {
        return new CaseFacts(clock.today(), queries.acceptanceLimits());
    }

    @Override
    public Response syncCases(String deltaToken, String pageToken, Integer pageSize) {
        return Response.ok(deltas.answer(CaseQueries.SYNC, deltaToken, pageToken, pageSize,
                cases -> { var facts = facts(); return cases.stream().map(c -> mapper.toApi(c, facts)).toList(); }, (changed, removed, next, delta) -> new CaseDelta()
                        .changed(changed).removed(removed).nextPageToken(next).deltaToken(delta))).build();
    }

    @Override
    public Response listCaseHistory(UUID caseId, Integer pageSize, String pageToken) {
        return Response.ok(histories.page(history, caseId, PageRequest.of(pageSize, pageToken))).build();
    }
}
