package vn.danvan.democracy;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.GrassrootsDisclosuresApi;
import vn.danvan.api.model.GrassrootsDisclosureCreate;
import vn.danvan.api.model.GrassrootsDisclosurePage;
import vn.danvan.platform.audit.RecordHistories;
import vn.danvan.platform.files.AttachmentEntity;
import vn.danvan.platform.files.AttachmentPolicy;
import vn.danvan.platform.files.AttachmentResponses;
import vn.danvan.platform.files.AttachmentService;
import vn.danvan.platform.http.Responses;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.time.AppClock;

import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** /api/v1/grassroots-disclosures — what the communes disclosed, and the documents disclosed. */
@Idempotent
public class DisclosureResource implements GrassrootsDisclosuresApi {

    private final DisclosureService disclosures;
    private final CommuneReach reach;
    private final GrassrootsMapper mapper;
    private final AppClock clock;
    private final AttachmentService attachments;
    private final AttachmentResponses attachmentResponses;
    private final RecordHistories histories;
    private final GrassrootsHistories.Disclosures history;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    DisclosureResource(DisclosureService disclosures, CommuneReach reach, GrassrootsMapper mapper, AppClock clock,
                       AttachmentService attachments, AttachmentResponses attachmentResponses,
                       RecordHistories histories,
                       GrassrootsHistories.Disclosures history) {
        this.history = history;
        this.histories = histories;
        this.disclosures = disclosures;
        this.reach = reach;
        this.mapper = mapper;
        this.clock = clock;
        this.attachments = attachments;
        this.attachmentResponses = attachmentResponses;
    }

    @Override
    public Response listGrassrootsDisclosures(UUID organizationId, String dutyCode, LocalDate activeOn, String q,
                                              Integer pageSize, String pageToken) {
        Page<DisclosureEntity> page = disclosures.list(organizationId, dutyCode, activeOn, q, PageRequest.of(pageSize, pageToken));
        var names = reach.names(page.items().stream().map(d -> d.organizationId).distinct().toList());
        LocalDate today = clock.today();
        return Response.ok(new GrassrootsDisclosurePage().items(page.items().stream()
                .map(d -> mapper.toApi(d, names, today)).toList()).nextPageToken(page.nextPageToken())).build();
    }

    @Override
    @Transactional
    public Response createGrassrootsDisclosure(GrassrootsDisclosureCreate request, String idempotencyKey) {
        DisclosureEntity created = disclosures.create(request);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/grassroots-disclosures/{id}").build(created.id),
                view(created), created.version);
    }

    @Override
    public Response getGrassrootsDisclosure(UUID disclosureId) {
        DisclosureEntity disclosure = disclosures.get(disclosureId);
        return Responses.single(view(disclosure), disclosure.version);
    }

    @Override
    @Transactional
    public Response listGrassrootsDisclosureAttachments(UUID disclosureId) {
        disclosures.get(disclosureId);
        return attachmentResponses.list(attachments.list(DisclosureService.ATTACHMENT_OWNER, disclosureId));
    }

    @Override
    @Transactional
    public Response uploadGrassrootsDisclosureAttachment(UUID disclosureId, String fileName, File body, String idempotencyKey) {
        DisclosureEntity disclosure = disclosures.get(disclosureId);
        AttachmentEntity attachment = attachments.upload(DisclosureService.ATTACHMENT_OWNER, disclosure.id,
                AttachmentPolicy.DOCUMENTS_AND_IMAGES, fileName,
                headers.getMediaType() == null ? null : headers.getMediaType().toString(), disclosure.organizationId, body);
        return attachmentResponses.created(attachment, uriInfo.getBaseUriBuilder()
                .path("api/v1/grassroots-disclosures/{id}/attachments/{attachmentId}/content")
                .build(disclosure.id, attachment.id));
    }

    @Override
    @Transactional
    public Response downloadGrassrootsDisclosureAttachment(UUID disclosureId, UUID attachmentId) {
        disclosures.get(disclosureId);
        return attachmentResponses.download(attachments.open(DisclosureService.ATTACHMENT_OWNER, disclosureId, attachmentId));
    }

    private vn.danvan.api.model.GrassrootsDisclosure view(DisclosureEntity disclosure) {
        return mapper.toApi(disclosure, reach.names(List.of(disclosure.organizationId)), clock.today());
    }

    @Override
    public Response listGrassrootsDisclosureHistory(UUID disclosureId, Integer pageSize, String pageToken) {
        return Response.ok(histories.page(history, disclosureId, PageRequest.of(pageSize, pageToken))).build();
    }
}
