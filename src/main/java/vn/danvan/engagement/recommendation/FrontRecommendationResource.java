package vn.danvan.engagement.recommendation;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.FrontRecommendationsApi;
import vn.danvan.api.model.FrontRecommendationCreate;
import vn.danvan.api.model.FrontRecommendationPage;
import vn.danvan.api.model.RecommendationItemAnswer;
import vn.danvan.api.model.RecommendationKind;
import vn.danvan.platform.audit.RecordHistories;
import vn.danvan.platform.document.AdministrativeDocumentWriter;
import vn.danvan.platform.http.Responses;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;

import java.util.UUID;

/** /api/v1/front-recommendations — the Front's recommendations, their answers and the written reply. */
@Idempotent
public class FrontRecommendationResource implements FrontRecommendationsApi {

    private final FrontRecommendationService service;
    private final FrontRecommendationMapper mapper;
    private final FrontReplyDocument reply;
    private final RecordHistories histories;
    private final FrontRecommendationHistory history;

    @Context
    UriInfo uriInfo;

    FrontRecommendationResource(FrontRecommendationService service, FrontRecommendationMapper mapper,
                                FrontReplyDocument reply,
                                RecordHistories histories,
                                FrontRecommendationHistory history) {
        this.history = history;
        this.histories = histories;
        this.service = service;
        this.mapper = mapper;
        this.reply = reply;
    }

    @Override
    public Response listFrontRecommendations(UUID issuingOrganizationId, RecommendationKind kind, Boolean overdue, String q,
                                             Integer pageSize, String pageToken) {
        Page<FrontRecommendationEntity> page = service.list(q, issuingOrganizationId, kind, overdue,
                PageRequest.of(pageSize, pageToken));
        return Response.ok(new FrontRecommendationPage().items(mapper.toApi(page.items()))
                .nextPageToken(page.nextPageToken())).build();
    }

    @Override
    @Transactional
    public Response createFrontRecommendation(FrontRecommendationCreate request, String idempotencyKey) {
        FrontRecommendationEntity created = service.create(request, false);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/front-recommendations/{id}").build(created.id),
                mapper.toApi(created), created.version);
    }

    @Override
    public Response getFrontRecommendation(UUID recommendationId) {
        FrontRecommendationEntity entity = service.get(recommendationId);
        return Responses.single(mapper.toApi(entity), entity.version);
    }

    @Override
    @Transactional
    public Response answerFrontRecommendationItem(UUID recommendationId, UUID recommendationItemId,
                                                  RecommendationItemAnswer request, String idempotencyKey, String ifMatch) {
        FrontRecommendationEntity entity = service.answer(recommendationId, recommendationItemId, ifMatch, request);
        return Responses.single(mapper.toApi(entity), entity.version);
    }

    @Override
    public Response downloadFrontRecommendationReply(UUID recommendationId, String signerName, String signerPosition) {
        FrontRecommendationEntity entity = service.get(recommendationId);
        byte[] docx = reply.write(entity, service.items(recommendationId), signerName, signerPosition);
        return Response.ok(docx, AdministrativeDocumentWriter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"tra-loi-kien-nghi.docx\"").build();
    }

    @Override
    public Response listFrontRecommendationHistory(UUID recommendationId, Integer pageSize, String pageToken) {
        return Response.ok(histories.page(history, recommendationId, PageRequest.of(pageSize, pageToken))).build();
    }
}
