package vn.danvan.evaluation.plan;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.YearlyPlansApi;
import vn.danvan.api.model.YearlyPlanCreate;
import vn.danvan.api.model.YearlyPlanItemCreate;
import vn.danvan.api.model.YearlyPlanItemUpdate;
import vn.danvan.api.model.YearlyPlanPage;
import vn.danvan.api.model.YearlyPlanReviewCreate;
import vn.danvan.platform.http.Responses;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;

import java.util.UUID;

/** /api/v1/yearly-plans — the units' yearly dân vận plans, their items and reviews. */
@Idempotent
public class YearlyPlanResource implements YearlyPlansApi {

    private final YearlyPlans plans;
    private final PlanViews views;

    @Context
    UriInfo uriInfo;

    YearlyPlanResource(YearlyPlans plans, PlanViews views) {
        this.plans = plans;
        this.views = views;
    }

    @Override
    @Transactional
    public Response listYearlyPlans(UUID organizationId, Integer year, Integer pageSize, String pageToken) {
        Page<YearlyPlanEntity> page = plans.list(organizationId, year, PageRequest.of(pageSize, pageToken));
        return Response.ok(new YearlyPlanPage().items(page.items().stream().map(views::of).toList())
                .nextPageToken(page.nextPageToken())).build();
    }

    @Override
    @Transactional
    public Response createYearlyPlan(YearlyPlanCreate request, String idempotencyKey) {
        YearlyPlanEntity plan = plans.create(request);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/yearly-plans/{id}").build(plan.id),
                views.of(plan), plan.version);
    }

    @Override
    @Transactional
    public Response getYearlyPlan(UUID planId) {
        YearlyPlanEntity plan = plans.get(planId);
        return Responses.single(views.of(plan), plan.version);
    }

    @Override
    @Transactional
    public Response createYearlyPlanItem(UUID planId, YearlyPlanItemCreate request, String idempotencyKey) {
        PlanItemEntity item = plans.addItem(planId, request);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/yearly-plans/{planId}/items/{id}")
                .build(item.planId, item.id), views.of(item), item.version);
    }

    @Override
    @Transactional
    public Response replaceYearlyPlanItem(UUID planId, UUID itemId, String ifMatch, YearlyPlanItemUpdate request) {
        PlanItemEntity item = plans.replaceItem(planId, itemId, ifMatch, request);
        return Responses.single(views.of(item), item.version);
    }

    @Override
    @Transactional
    public Response createYearlyPlanReview(UUID planId, YearlyPlanReviewCreate request, String idempotencyKey) {
        PlanReviewEntity review = plans.addReview(planId, request);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/yearly-plans/{planId}/reviews/{id}")
                .build(review.planId, review.id), views.of(review), review.version);
    }

    @Override
    @Transactional
    public Response getYearlyPlanReview(UUID planId, UUID reviewId) {
        PlanReviewEntity review = plans.review(planId, reviewId);
        return Responses.single(views.of(review), review.version);
    }
}
