package vn.danvan.evaluation.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.PlanCompletion;
import vn.danvan.api.model.PlanItemCompletion;
import vn.danvan.api.model.PlanItemTask;
import vn.danvan.api.model.PlanReviewItemFigure;
import vn.danvan.api.model.YearlyPlan;
import vn.danvan.api.model.YearlyPlanItem;
import vn.danvan.api.model.YearlyPlanReview;
import vn.danvan.api.model.YearlyPlanReviewSummary;
import vn.danvan.evaluation.units.EvaluationUnits;
import vn.danvan.platform.mapping.TimeMappings;
import vn.danvan.platform.time.AppClock;
import vn.danvan.task.TaskStandings;

import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Plans, items and reviews as the contract shows them. An item's completion is derived now from its linked tasks
 * ({@link CompletionRules}); a review's figures are those frozen when it was recorded.
 */
@ApplicationScoped
public class PlanViews {

    /** What a review keeps: every item's figures and the plan's totals, as they stood. */
    public record Frozen(List<PlanReviewItemFigure> items, PlanCompletion totals) {
    }

    private final EntityManager em;
    private final EvaluationUnits units;
    private final TaskStandings tasks;
    private final AppClock clock;
    private final ObjectMapper json;

    PlanViews(EntityManager em, EvaluationUnits units, TaskStandings tasks, AppClock clock, ObjectMapper json) {
        this.em = em;
        this.units = units;
        this.tasks = tasks;
        this.clock = clock;
        this.json = json;
    }

    public YearlyPlan of(YearlyPlanEntity plan) {
        List<PlanItemEntity> items = items(plan.id);
        List<YearlyPlanItem> shown = items(items);
        List<YearlyPlanReviewSummary> reviews = em.createQuery("from PlanReviewEntity r where r.planId = :plan"
                        + " and r.deletedAt is null order by r.reviewDate, r.createdAt", PlanReviewEntity.class)
                .setParameter("plan", plan.id).getResultStream()
                .map(r -> new YearlyPlanReviewSummary().id(r.id).kind(r.kind).reviewDate(r.reviewDate)).toList();
        return new YearlyPlan().id(plan.id).organizationId(plan.organizationId)
                .organizationName(units.name(plan.organizationId)).year(plan.year).title(plan.title).note(plan.note)
                .items(shown).completion(CompletionRules.plan(shown.stream().map(i -> i.getCompletion().getStatus()).toList()))
                .reviews(reviews).createdAt(TimeMappings.toOffsetDateTime(plan.createdAt))
                .updatedAt(TimeMappings.toOffsetDateTime(plan.updatedAt)).version(plan.version);
    }

    public YearlyPlanItem of(PlanItemEntity item) {
        return items(List.of(item)).get(0);
    }

    private List<YearlyPlanItem> items(List<PlanItemEntity> items) {
        Map<UUID, TaskStandings.Standing> standings = tasks.of(items.stream().flatMap(i -> i.taskIds.stream()).toList());
        Map<UUID, String> names = units.names(items.stream().map(i -> i.ownerOrganizationId).toList());
        return items.stream().map(item -> {
            List<TaskStandings.Standing> linked = item.taskIds.stream().map(standings::get).filter(Objects::nonNull)
                    .toList();
            PlanItemCompletion completion = CompletionRules.item(
                    linked.stream().map(TaskStandings.Standing::status).toList(), item.dueDate, clock.today());
            return new YearlyPlanItem().id(item.id).planId(item.planId).title(item.title)
                    .ownerOrganizationId(item.ownerOrganizationId)
                    .ownerOrganizationName(names.getOrDefault(item.ownerOrganizationId, "")).dueDate(item.dueDate)
                    .taskIds(List.copyOf(item.taskIds))
                    .tasks(linked.stream().map(t -> new PlanItemTask().taskId(t.id()).title(t.title()).status(t.status())
                            .dueDate(t.dueDate())).toList())
                    .completion(completion).createdAt(TimeMappings.toOffsetDateTime(item.createdAt))
                    .updatedAt(TimeMappings.toOffsetDateTime(item.updatedAt)).version(item.version);
        }).toList();
    }

    /** The items' figures as they stand now, as the JSON text a review keeps. */
    String frozenFigures(Collection<PlanItemEntity> items) {
        List<PlanReviewItemFigure> figures = items(List.copyOf(items)).stream().map(i -> new PlanReviewItemFigure()
                .itemId(i.getId()).title(i.getTitle()).ownerOrganizationId(i.getOwnerOrganizationId())
                .ownerOrganizationName(i.getOwnerOrganizationName()).dueDate(i.getDueDate())
                .status(i.getCompletion().getStatus()).linkedTasks(i.getCompletion().getLinkedTasks())
                .acceptedTasks(i.getCompletion().getAcceptedTasks()).percent(i.getCompletion().getPercent())).toList();
        PlanCompletion totals = CompletionRules.plan(figures.stream().map(PlanReviewItemFigure::getStatus).toList());
        try {
            return json.writeValueAsString(new Frozen(figures, totals));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public YearlyPlanReview of(PlanReviewEntity review) {
        Frozen frozen;
        try {
            frozen = json.readValue(review.figures, Frozen.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Review " + review.id + " holds unreadable figures", e);
        }
        return new YearlyPlanReview().id(review.id).planId(review.planId).kind(review.kind)
                .reviewDate(review.reviewDate).narrative(review.narrative).items(frozen.items()).totals(frozen.totals())
                .recordedBy(review.recordedBy).createdAt(TimeMappings.toOffsetDateTime(review.createdAt))
                .updatedAt(TimeMappings.toOffsetDateTime(review.updatedAt)).version(review.version);
    }

    private List<PlanItemEntity> items(UUID planId) {
        return em.createQuery("from PlanItemEntity i where i.planId = :plan and i.deletedAt is null"
                + " order by i.dueDate, i.createdAt, i.id", PlanItemEntity.class).setParameter("plan", planId).getResultList();
    }
}
