package vn.danvan.evaluation.criteria;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.EvaluationCriteriaApi;
import vn.danvan.api.model.EvaluationCriteriaSetCreate;
import vn.danvan.api.model.EvaluationCriteriaSetPage;
import vn.danvan.api.model.EvaluationCriteriaSetUpdate;
import vn.danvan.platform.audit.RecordHistories;
import vn.danvan.platform.http.Responses;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;

import java.util.UUID;

/** /api/v1/evaluation-criteria-sets — the provinces' criteria sets per year, versioned. */
@Idempotent
public class EvaluationCriteriaResource implements EvaluationCriteriaApi {

    private final CriteriaSets sets;
    private final CriteriaSetViews views;
    private final CriteriaSetHistory history;
    private final RecordHistories histories;

    @Context
    UriInfo uriInfo;

    EvaluationCriteriaResource(CriteriaSets sets, CriteriaSetViews views, CriteriaSetHistory history,
                               RecordHistories histories) {
        this.sets = sets;
        this.views = views;
        this.history = history;
        this.histories = histories;
    }

    @Override
    @Transactional
    public Response listEvaluationCriteriaSets(UUID provinceId, Integer year, Integer pageSize, String pageToken) {
        Page<CriteriaSetEntity> page = sets.list(provinceId, year, PageRequest.of(pageSize, pageToken));
        return Response.ok(new EvaluationCriteriaSetPage().items(page.items().stream().map(views::of).toList())
                .nextPageToken(page.nextPageToken())).build();
    }

    @Override
    @Transactional
    public Response createEvaluationCriteriaSet(EvaluationCriteriaSetCreate request, String idempotencyKey) {
        CriteriaSetEntity set = sets.create(request);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/evaluation-criteria-sets/{id}").build(set.id),
                views.of(set), set.version);
    }

    @Override
    @Transactional
    public Response getEvaluationCriteriaSet(UUID criteriaSetId) {
        CriteriaSetEntity set = sets.get(criteriaSetId);
        return Responses.single(views.of(set), set.version);
    }

    @Override
    @Transactional
    public Response replaceEvaluationCriteriaSet(UUID criteriaSetId, String ifMatch, EvaluationCriteriaSetUpdate request) {
        CriteriaSetEntity set = sets.replace(criteriaSetId, ifMatch, request);
        return Responses.single(views.of(set), set.version);
    }

    @Override
    public Response listEvaluationCriteriaSetHistory(UUID criteriaSetId, Integer pageSize, String pageToken) {
        return Response.ok(histories.page(history, criteriaSetId, PageRequest.of(pageSize, pageToken))).build();
    }
}
