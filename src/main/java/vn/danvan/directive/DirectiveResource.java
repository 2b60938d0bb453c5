package vn.danvan.directive;

import vn.danvan.platform.audit.RecordHistories;
import vn.danvan.platform.http.Responses;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.DirectivesApi;
import vn.danvan.api.model.DirectiveCreate;
import vn.danvan.api.model.DirectivePage;
import vn.danvan.api.model.DirectiveRevocation;
import vn.danvan.api.model.DirectiveStatus;
import vn.danvan.api.model.DirectiveSupersession;
import vn.danvan.api.model.DirectiveType;
import vn.danvan.api.model.DirectiveUpdate;
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
import java.util.UUID;

/** /api/v1/directives — văn bản chỉ đạo, as the contract's DirectivesApi defines it. */
@Idempotent
public class DirectiveResource implements DirectivesApi {

    static final String ATTACHMENT_OWNER = "DIRECTIVE";

    private final DirectiveService service;
    private final DirectiveQueries queries;
    private final DirectiveMapper mapper;
    private final AttachmentService attachments;
    private final AttachmentResponses attachmentResponses;
    private final DirectiveHistory history;
    private final RecordHistories histories;

    @Context
    UriInfo uriInfo;

    @Context
    jakarta.ws.rs.core.HttpHeaders headers;

    DirectiveResource(DirectiveService service, DirectiveQueries queries, DirectiveMapper mapper,
                      AttachmentService attachments, AttachmentResponses attachmentResponses,
                      DirectiveHistory history, RecordHistories histories) {
        this.history = history;
        this.histories = histories;
        this.service = service;
        this.queries = queries;
        this.mapper = mapper;
        this.attachments = attachments;
        this.attachmentResponses = attachmentResponses;
    }

    @Override
    public Response listDirectives(String q, DirectiveType type, DirectiveStatus status, UUID issuerOrganizationId,
                                   Integer year, String sort, Integer pageSize, String pageToken) {
        Page<DirectiveEntity> page = queries.list(q, type, status, issuerOrganizationId, year, sort,
                PageRequest.of(pageSize, pageToken));
        return Response.ok(new DirectivePage().items(mapper.toApi(page.items())).nextPageToken(page.nextPageToken()))
                .build();
    }

    @Override
    @Transactional
    public Response createDirective(DirectiveCreate directiveCreate, String idempotencyKey) {
        DirectiveEntity created = service.create(directiveCreate, false);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/directives/{id}").build(created.id), mapper.toApi(created), created.version);
    }

    @Override
    public Response getDirective(UUID directiveId) {
        return single(service.get(directiveId));
    }

    @Override
    @Transactional
    public Response updateDirective(UUID directiveId, String ifMatch, DirectiveUpdate directiveUpdate) {
        return single(service.update(directiveId, ifMatch, directiveUpdate));
    }

    @Override
    @Transactional
    public Response deleteDirective(UUID directiveId, String ifMatch) {
        service.delete(directiveId, ifMatch);
        return Response.noContent().build();
    }

    @Override
    @Transactional
    public Response issueDirective(UUID directiveId, String idempotencyKey, String ifMatch) {
        return single(service.issue(directiveId, ifMatch));
    }

    @Override
    @Transactional
    public Response supersedeDirective(UUID directiveId, DirectiveSupersession directiveSupersession,
                                       String idempotencyKey, String ifMatch) {
        return single(service.supersede(directiveId, ifMatch, directiveSupersession));
    }

    @Override
    @Transactional
    public Response revokeDirective(UUID directiveId, DirectiveRevocation directiveRevocation, String idempotencyKey,
                                    String ifMatch) {
        return single(service.revoke(directiveId, ifMatch, directiveRevocation));
    }

    @Override
    public Response listDirectiveAttachments(UUID directiveId) {
        service.get(directiveId);
        return attachmentResponses.list(attachments.list(ATTACHMENT_OWNER, directiveId));
    }

    @Override
    @Transactional
    public Response uploadDirectiveAttachment(UUID directiveId, String fileName, File body, String idempotencyKey) {
        DirectiveEntity directive = service.writable(directiveId);
        AttachmentEntity attachment = attachments.upload(ATTACHMENT_OWNER, directive.id, AttachmentPolicy.DOCUMENTS,
                fileName, uploadedType(), directive.ownerOrganizationId, body);
        return attachmentResponses.created(attachment, uriInfo.getBaseUriBuilder()
                .path("api/v1/directives/{id}/attachments/{attachmentId}/content").build(directive.id, attachment.id));
    }

    @Override
    public Response downloadDirectiveAttachment(UUID directiveId, UUID attachmentId) {
        service.get(directiveId);
        return attachmentResponses.download(attachments.open(ATTACHMENT_OWNER, directiveId, attachmentId));
    }

    private String uploadedType() {
        return headers.getMediaType() == null ? null : headers.getMediaType().toString();
    }

    private Response single(DirectiveEntity entity) {
        return Responses.single(mapper.toApi(entity), entity.version);
    }

    @Override
    public Response listDirectiveHistory(UUID directiveId, Integer pageSize, String pageToken) {
        return Response.ok(histories.page(history, directiveId, PageRequest.of(pageSize, pageToken))).build();
    }
}
