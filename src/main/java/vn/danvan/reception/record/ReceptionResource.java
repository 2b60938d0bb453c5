package vn.danvan.reception.record;

import vn.danvan.platform.audit.RecordHistories;
import vn.danvan.platform.sync.DeltaReader;
import vn.danvan.platform.http.Responses;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.model.ReceptionDelta;
import vn.danvan.api.ReceptionsApi;
import vn.danvan.api.model.PersonalDataReadList;
import vn.danvan.api.model.ReceptionCreate;
import vn.danvan.api.model.ReceptionDomain;
import vn.danvan.api.model.ReceptionFlag;
import vn.danvan.api.model.ReceptionHandling;
import vn.danvan.api.model.ReceptionIdNumberSearch;
import vn.danvan.api.model.ReceptionKind;
import vn.danvan.api.model.ReceptionPage;
import vn.danvan.api.model.ReceptionUpdate;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.security.Roles;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.files.AttachmentEntity;
import vn.danvan.platform.files.AttachmentPolicy;
import vn.danvan.platform.files.AttachmentResponses;
import vn.danvan.platform.files.AttachmentService;
import vn.danvan.platform.personaldata.PersonalDataAccessLog;
import vn.danvan.reception.personaldata.PersonalDataPolicy;

import java.io.File;
import java.time.LocalDate;
import java.util.UUID;

/** /api/v1/receptions — the reception book, as the contract's ReceptionsApi defines it. */
@Idempotent
public class ReceptionResource implements ReceptionsApi {

    static final String ATTACHMENT_OWNER = "reception";
    /** As many flags as there are: the contract's maxItems of {@code flag}. */
    static final int MAX_FLAGS = 5;

    private final DeltaReader deltas;
    private final ReceptionService service;
    private final ReceptionListReader listReader;
    private final ReceptionViews views;
    private final PersonalDataAccessLog accessLog;
    private final ReceptionBookExport export;
    private final AttachmentService attachments;
    private final AttachmentResponses attachmentResponses;
    private final PersonalDataPolicy policy;
    private final IdNumberSearches idNumberSearches;
    private final ReceptionHistory history;
    private final RecordHistories histories;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    ReceptionResource(ReceptionService service, ReceptionListReader listReader, ReceptionViews views,
                      PersonalDataAccessLog accessLog, ReceptionBookExport export, AttachmentService attachments,
                      AttachmentResponses attachmentResponses, PersonalDataPolicy policy,
                      IdNumberSearches idNumberSearches, DeltaReader deltas,
                      ReceptionHistory history, RecordHistories histories) {
        this.history = history;
        this.histories = histories;
        this.deltas = deltas;
        this.idNumberSearches = idNumberSearches;
        this.service = service;
        this.listReader = listReader;
        this.views = views;
        this.accessLog = accessLog;
        this.export = export;
        this.attachments = attachments;
        this.attachmentResponses = attachmentResponses;
        this.policy = policy;
    }

    @Override
    // No transaction: the page is one statement, and the access log's insert commits on its own (it is one statement
    // too). A transaction cost two more round trips (autocommit off and on) and a COMMIT.
    public Response listReceptions(UUID organizationId, UUID communeId, LocalDate from, LocalDate to, ReceptionKind kind,
                                   ReceptionDomain domain, ReceptionHandling handling, java.util.List<ReceptionFlag> flag, String idNumber,
                                   String q, String sort, Integer pageSize, String pageToken) {
        if (flag != null && flag.size() > MAX_FLAGS) {
            throw ApiException.invalid(vn.danvan.platform.error.FieldViolation.of("flag", "Size", "reception.too-many-flags",
                    MAX_FLAGS));
        }
        // Deprecated since 0.2.0 (searchReceptionsByIdNumber keeps the number out of the URL), under the same rules.
        IdNumberSearches.Permit search = idNumber == null ? null : idNumberSearches.permit(idNumber);
        Page<ReceptionRow> page = listReader.list(new ReceptionQuery(organizationId, communeId, from, to, kind, domain,
                handling, flag, idNumber, q, search == null ? null : search.onlyOrganization()), sort,
                PageRequest.of(pageSize, pageToken));
        return Response.ok(page(page, search)).build();
    }

    @Override
    public Response searchReceptionsByIdNumber(ReceptionIdNumberSearch request) {
        IdNumberSearches.Permit search = idNumberSearches.permit(request.getIdNumber());
        Page<ReceptionRow> page = listReader.list(new ReceptionQuery(request.getOrganizationId(), null, null, null, null,
                null, null, null, request.getIdNumber(), null, search.onlyOrganization()), null,
                PageRequest.of(request.getPageSize(), request.getPageToken()));
        return Response.ok(page(page, search)).build();
    }

    private ReceptionPage page(Page<ReceptionRow> page, IdNumberSearches.Permit search) {
        return new ReceptionPage()
                .items(search == null ? views.many(page.items(), PersonalDataAccessLog.Purpose.LIST)
                        : views.many(page.items(), PersonalDataAccessLog.Purpose.SEARCH, search.subjectHash()))
                .nextPageToken(page.nextPageToken());
    }

    @Override
    @Transactional
    public Response createReception(ReceptionCreate request, String idempotencyKey) {
        ReceptionEntity created = service.create(request.getId(), request.getOrganizationId(), ReceptionRequestMapper.INSTANCE.input(request), false);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/receptions/{id}").build(created.id), views.one(created), created.version);
    }

    @Override
    @Transactional
    public Response exportReceptionBook(UUID organizationId, LocalDate from, LocalDate to) {
        ReceptionBookExport.Book book = export.export(organizationId, from, to);
        return Response.ok(book.content(), ReceptionBookExport.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + book.fileName() + "\"")
                .build();
    }

    @Override
    @Transactional
    public Response getReception(UUID receptionId) {
        ReceptionEntity entity = service.get(receptionId);
        return Responses.single(views.one(entity), entity.version);
    }

    @Override
    @Transactional
    public Response updateReception(UUID receptionId, String ifMatch, ReceptionUpdate request) {
        ReceptionEntity entity = service.update(receptionId, ifMatch, ReceptionRequestMapper.INSTANCE.input(request));
        return Responses.single(views.one(entity), entity.version);
    }

    @Override
    public Response listReceptionPersonalDataReads(UUID receptionId) {
        service.get(receptionId);
        return Response.ok(new PersonalDataReadList()
                .items(accessLog.reads(PersonalDataAccessLog.Subject.RECEPTION, receptionId))).build();
    }

    @Override
    public Response listReceptionAttachments(UUID receptionId) {
        service.get(receptionId);
        return attachmentResponses.list(attachments.list(ATTACHMENT_OWNER, receptionId));
    }

    @Override
    @Transactional
    public Response uploadReceptionAttachment(UUID receptionId, String fileName, File body, String idempotencyKey) {
        ReceptionEntity reception = personalDataHolder(receptionId);
        AttachmentEntity attachment = attachments.upload(ATTACHMENT_OWNER, reception.id, AttachmentPolicy.DOCUMENTS_AND_IMAGES,
                fileName, headers.getMediaType() == null ? null : headers.getMediaType().toString(),
                reception.organizationId, body);
        return attachmentResponses.created(attachment, uriInfo.getBaseUriBuilder()
                .path("api/v1/receptions/{id}/attachments/{attachmentId}/content").build(reception.id, attachment.id));
    }

    @Override
    @Transactional
    public Response downloadReceptionAttachment(UUID receptionId, UUID attachmentId) {
        ReceptionEntity reception = personalDataHolder(receptionId);
        Response download = attachmentResponses.downloadPersonal(attachments.open(ATTACHMENT_OWNER, reception.id, attachmentId));
        accessLog.record(PersonalDataAccessLog.Subject.RECEPTION, java.util.List.of(reception.id),
                PersonalDataAccessLog.Purpose.READ);
        return download;
    }

    /** A petition's files carry personal data: only those who see it in clear handle them. */
    private ReceptionEntity personalDataHolder(UUID receptionId) {
        ReceptionEntity reception = service.get(receptionId);
        if (!policy.mayReadUnmasked(reception.organizationId)) {
            throw new ApiException(ProblemType.FORBIDDEN, "reception.attachment-needs-personal-data");
        }
        return reception;
    }

    @Override
    public Response syncReceptions(String deltaToken, String pageToken, Integer pageSize) {
        return Response.ok(deltas.answerShown(ReceptionQueries.SYNC, deltaToken, pageToken, pageSize,
                views::synced, (changed, removed, next, delta) -> new ReceptionDelta()
                        .changed(changed).removed(removed).nextPageToken(next).deltaToken(delta))).build();
    }

    @Override
    public Response listReceptionHistory(UUID receptionId, Integer pageSize, String pageToken) {
        return Response.ok(histories.page(history, receptionId, PageRequest.of(pageSize, pageToken))).build();
    }
}
