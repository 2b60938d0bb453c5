package vn.danvan.evaluation.plan;

import vn.danvan.platform.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.PlanReviewKind;
import vn.danvan.api.model.YearlyPlanCreate;
import vn.danvan.api.model.YearlyPlanItemCreate;
import vn.danvan.api.model.YearlyPlanItemUpdate;
import vn.danvan.api.model.YearlyPlanReviewCreate;
import vn.danvan.evaluation.units.EvaluationUnits;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.paging.ListQuery;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.Sorting;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.time.AppClock;
import vn.danvan.task.TaskStandings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The units' yearly dân vận plans: made and changed by the unit's officials (or those of a unit above it, or the
 * province's coordinators), items within the plan's year owned by the plan's unit or a unit under it and carried out
 * by tasks those units lead; the interim and final reviews freeze the items' completion. The final review closes the
 * plan's items to changes. Callers hold the transaction.
 */
@ApplicationScoped
public class YearlyPlans implements PanacheRepositoryBase<YearlyPlanEntity, UUID> {

    static final String ENTITY = "entity.yearly-plan";
    static final String ITEM = "entity.yearly-plan-item";
    static final String REVIEW = "entity.yearly-plan-review";

    private static final Sorting<YearlyPlanEntity> SORTING = new Sorting<>(List.of(
            new SortKey<>("year", "e.year", Integer.class, p -> p.year)), "e.id", p -> p.id, "-year");

    private final EvaluationUnits units;
    private final TaskStandings tasks;
    private final PlanViews views;
    private final CurrentCaller caller;
    private final AppClock clock;

    YearlyPlans(EvaluationUnits units, TaskStandings tasks, PlanViews views, CurrentCaller caller, AppClock clock) {
        this.units = units;
        this.tasks = tasks;
        this.views = views;
        this.caller = caller;
        this.clock = clock;
    }

    public YearlyPlanEntity get(UUID id) {
        return find("id = ?1 and deletedAt is null", id).firstResultOptional()
                .filter(p -> units.readable(p.organizationId))
                .orElseThrow(() -> ApiException.notFound(ENTITY, id));
    }

    public Page<YearlyPlanEntity> list(UUID organizationId, Integer year, PageRequest page) {
        return ListQuery.of(YearlyPlanEntity.class)
                .where(params -> units.readableJpql("e.organizationId", params, "readableUnits"))
                .equal("e.organizationId", organizationId)
                .equal("e.year", year)
                .page(getEntityManager(), SORTING.parse(null), page);
    }

    public YearlyPlanEntity create(YearlyPlanCreate request) {
        UUID id = request.getId() == null ? UUID.randomUUID() : request.getId();
        if (findById(id) != null) {
            throw ApiException.idTaken();
        }
        if (!units.readable(request.getOrganizationId())) {
            throw ApiException.invalid(FieldViolation.of("organizationId", "NotFound", "evaluation.unit-not-found",
                    request.getOrganizationId()));
        }
        requireActsFor(request.getOrganizationId());
        find("organizationId = ?1 and year = ?2 and deletedAt is null", request.getOrganizationId(), request.getYear())
                .firstResultOptional().ifPresent(existing -> {
                    throw new ApiException(ProblemType.CONFLICT, "plan.exists", String.valueOf(request.getYear()), existing.id);
                });
        YearlyPlanEntity plan = new YearlyPlanEntity();
        plan.id = id;
        plan.organizationId = request.getOrganizationId();
        plan.year = request.getYear();
        plan.title = request.getTitle();
        plan.note = request.getNote();
        persistAndFlush(plan);
        return plan;
    }

    public PlanItemEntity addItem(UUID planId, YearlyPlanItemCreate request) {
        YearlyPlanEntity plan = changeable(planId);
        UUID id = request.getId() == null ? UUID.randomUUID() : request.getId();
        if (getEntityManager().find(PlanItemEntity.class, id) != null) {
            throw ApiException.idTaken();
        }
        List<UUID> taskIds = request.getTaskIds() == null ? List.of() : request.getTaskIds();
        checkItem(plan, request.getOwnerOrganizationId(), request.getDueDate(), taskIds);
        PlanItemEntity item = new PlanItemEntity();
        item.id = id;
        item.planId = plan.id;
        item.title = request.getTitle();
        item.ownerOrganizationId = request.getOwnerOrganizationId();
        item.dueDate = request.getDueDate();
        item.taskIds = new ArrayList<>(new LinkedHashSet<>(taskIds));
        getEntityManager().persist(item);
        plan.updatedAt = clock.now();
        flush();
        return item;
    }

    public PlanItemEntity replaceItem(UUID planId, UUID itemId, String ifMatch, YearlyPlanItemUpdate request) {
        YearlyPlanEntity plan = changeable(planId);
        PlanItemEntity item = item(plan.id, itemId);
        EntityTags.require(ifMatch, item.version);
        checkItem(plan, request.getOwnerOrganizationId(), request.getDueDate(), request.getTaskIds());
        item.title = request.getTitle();
        item.ownerOrganizationId = request.getOwnerOrganizationId();
        item.dueDate = request.getDueDate();
        item.taskIds.clear();
        item.taskIds.addAll(new LinkedHashSet<>(request.getTaskIds()));
        item.updatedAt = clock.now();
        plan.updatedAt = clock.now();
        flush();
        return item;
    }

    public PlanItemEntity item(UUID planId, UUID itemId) {
        PlanItemEntity item = getEntityManager().find(PlanItemEntity.class, itemId);
        if (item == null || item.isDeleted() || !item.planId.equals(planId)) {
            throw ApiException.notFound(ITEM, itemId);
        }
        return item;
    }

    public List<PlanItemEntity> items(UUID planId) {
        return getEntityManager().createQuery("from PlanItemEntity i where i.planId = :plan and i.deletedAt is null"
                + " order by i.dueDate, i.createdAt, i.id", PlanItemEntity.class).setParameter("plan", planId).getResultList();
    }

    public List<PlanReviewEntity> reviews(UUID planId) {
        return getEntityManager().createQuery("from PlanReviewEntity r where r.planId = :plan and r.deletedAt is null"
                + " order by r.reviewDate, r.createdAt", PlanReviewEntity.class).setParameter("plan", planId).getResultList();
    }

    public PlanReviewEntity review(UUID planId, UUID reviewId) {
        YearlyPlanEntity plan = get(planId);
        PlanReviewEntity review = getEntityManager().find(PlanReviewEntity.class, reviewId);
        if (review == null || review.isDeleted() || !review.planId.equals(plan.id)) {
            throw ApiException.notFound(REVIEW, reviewId);
        }
        return review;
    }

    public PlanReviewEntity addReview(UUID planId, YearlyPlanReviewCreate request) {
        YearlyPlanEntity plan = locked(planId);
        requireActsFor(plan.organizationId);
        UUID id = request.getId() == null ? UUID.randomUUID() : request.getId();
        if (getEntityManager().find(PlanReviewEntity.class, id) != null) {
            throw ApiException.idTaken();
        }
        LocalDate today = clock.today();
        LocalDate reviewDate = request.getReviewDate() == null ? today : request.getReviewDate();
        if (reviewDate.getYear() != plan.year) {
            throw ApiException.invalid(FieldViolation.of("reviewDate", "OutsideYear", "plan.review-outside-year",
                    String.valueOf(plan.year)));
        }
        if (reviewDate.isAfter(today)) {
            throw ApiException.invalid(FieldViolation.of("reviewDate", "Future", "plan.review-in-future"));
        }
        reviews(plan.id).stream().filter(r -> r.kind == request.getKind()).findFirst().ifPresent(existing -> {
            throw new ApiException(ProblemType.CONFLICT, "plan.review-exists", existing.id);
        });
        PlanReviewEntity review = new PlanReviewEntity();
        review.id = id;
        review.planId = plan.id;
        review.kind = request.getKind();
        review.reviewDate = reviewDate;
        review.narrative = request.getNarrative();
        review.figures = views.frozenFigures(items(plan.id));
        review.recordedBy = caller.name();
        getEntityManager().persist(review);
        plan.updatedAt = clock.now();
        flush();
        return review;
    }

    /** The plan, when the caller may change it and its final review has not closed it. */
    private YearlyPlanEntity changeable(UUID planId) {
        YearlyPlanEntity plan = locked(planId);
        requireActsFor(plan.organizationId);
        if (reviews(plan.id).stream().anyMatch(r -> r.kind == PlanReviewKind.FINAL)) {
            throw new ApiException(ProblemType.INVALID_STATE, "plan.closed-by-final-review", String.valueOf(plan.year));
        }
        return plan;
    }

    /**
     * The plan, its row locked first: changes of one plan (items, reviews) queue on it, so a review never freezes half
     * of a change.
     */
    private YearlyPlanEntity locked(UUID planId) {
        YearlyPlanEntity plan = RowLocks.lock(getEntityManager(), YearlyPlanEntity.class, planId);
        if (plan == null || plan.isDeleted() || !units.readable(plan.organizationId)) {
            throw ApiException.notFound(ENTITY, planId);
        }
        return plan;
    }

    private void requireActsFor(UUID organizationId) {
        if (!units.actsForOrAbove(organizationId)) {
            throw new ApiException(ProblemType.FORBIDDEN, "plan.not-the-unit");
        }
    }

    private void checkItem(YearlyPlanEntity plan, UUID ownerId, LocalDate dueDate, List<UUID> taskIds) {
        List<FieldViolation> violations = new ArrayList<>();
        if (dueDate.getYear() != plan.year) {
            violations.add(FieldViolation.of("dueDate", "OutsideYear", "plan.item-outside-year", String.valueOf(plan.year)));
        }
        String planPath = units.path(plan.organizationId).orElseThrow();
        Optional<String> ownerPath = units.path(ownerId).filter(p -> EvaluationUnits.atOrBelow(p, planPath));
        if (ownerPath.isEmpty()) {
            violations.add(FieldViolation.of("ownerOrganizationId", "NotInPlanUnit", "plan.owner-outside-unit", ownerId,
                    units.name(plan.organizationId)));
        }
        Map<UUID, TaskStandings.Standing> standings = tasks.of(taskIds);
        for (int i = 0; i < taskIds.size(); i++) {
            TaskStandings.Standing task = standings.get(taskIds.get(i));
            String field = "taskIds[" + i + "]";
            if (task == null) {
                violations.add(FieldViolation.of(field, "NotFound", "plan.task-not-found", taskIds.get(i)));
            } else if (ownerPath.isPresent() && !units.path(task.leadOrganizationId())
                    .map(p -> EvaluationUnits.atOrBelow(p, ownerPath.get())).orElse(false)) {
                violations.add(FieldViolation.of(field, "TaskOfOtherUnit", "plan.task-of-other-unit", taskIds.get(i),
                        units.name(ownerId)));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
    }
}
