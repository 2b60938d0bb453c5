package vn.danvan.task;

import vn.danvan.platform.security.Units;
import vn.danvan.platform.sync.DeltaCollection;
import jakarta.persistence.EntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.TaskCounts;
import vn.danvan.api.model.TaskRelation;
import vn.danvan.api.model.TaskStatus;
import vn.danvan.api.model.TaskSummary;
import vn.danvan.api.model.TaskSummaryRow;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.api.model.MonitoringFigure;
import vn.danvan.api.model.MonitoringSectionFigures;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.monitoring.MonitoringFigures;
import vn.danvan.platform.monitoring.MonitoringSections;
import vn.danvan.platform.monitoring.MonitoringWindow;
import vn.danvan.platform.paging.ListQuery;
import vn.danvan.platform.persistence.JpqlLists;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.Sorting;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.platform.text.TextSearch;
import vn.danvan.platform.time.AppClock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Monitoring reads: lists with filters, the inbox, children, the per-lead-unit summary. */
@ApplicationScoped
class TaskQueries {

    /**
     * Tasks in the mobile sync: those in which a unit within the caller's reach assigns, leads or coordinates (the
     * units behind the party paths that the task lists use).
     */
    static final DeltaCollection<TaskEntity> SYNC = new DeltaCollection<>("tasks", TaskEntity.class,
            (units, params, param) -> partiesIn("e", units, params, param)).withDepartures(); // coordinators dropped

    /** Progress updates and reports in the mobile sync: those of the tasks the caller's units take part in. */
    static final DeltaCollection<TaskUpdateEntity> UPDATES_SYNC = new DeltaCollection<>("task-updates",
            TaskUpdateEntity.class, (units, params, param) -> "e.taskId in (select t.id from TaskEntity t where "
                    + partiesIn("t", units, params, param) + ")");

    /** JPQL: a unit of {@code units} assigns, leads or coordinates the task {@code alias}. */
    private static String partiesIn(String alias, Units units, java.util.Map<String, Object> params, String param) {
        return "(" + units.condition(alias + ".assigningOrganizationId", params, param + "a")
                + " or " + units.condition(alias + ".leadOrganizationId", params, param + "l")
                + " or exists (select 1 from TaskEntity p join p.coordinatingOrganizationIds c where p.id = " + alias
                + ".id and " + units.condition("c", params, param + "c") + "))";
    }

    static final Sorting<TaskEntity> SORTING = new Sorting<>(List.of(
            new SortKey<>("dueDate", "e.dueDate", LocalDate.class, t -> t.dueDate),
            new SortKey<>("createdAt", "e.createdAt", Instant.class, t -> t.createdAt),
            new SortKey<>("updatedAt", "e.updatedAt", Instant.class, t -> t.updatedAt)),
            "e.id", t -> t.id, "dueDate");

    private final EntityManager em;
    private final TaskAccess access;
    private final ScopeProvider scopes;
    private final OrganizationTreeQueries organizations;
    private final AppClock clock;
    private final TaskSummaryCache summaryCache;
    private final MonitoringSections monitoring;

    TaskQueries(EntityManager em, TaskAccess access, ScopeProvider scopes, OrganizationTreeQueries organizations, AppClock clock,
                TaskSummaryCache summaryCache, MonitoringSections monitoring) {
        this.em = em;
        this.monitoring = monitoring;
        this.summaryCache = summaryCache;
        this.access = access;
        this.scopes = scopes;
        this.organizations = organizations;
        this.clock = clock;
    }

    record Filter(String q, List<TaskStatus> statuses, Boolean overdue, Integer dueWithinDays, UUID leadOrganizationId,
                  UUID assigningOrganizationId, UUID directiveId, String itemNumber, UUID seriesId, UUID assignmentId,
                  LocalDate dueFrom, LocalDate dueTo) {
    }

    Page<TaskEntity> list(Filter f, String sort, PageRequest page) {
        LocalDate today = clock.today();
        ListQuery<TaskEntity> query = ListQuery.of(TaskEntity.class)
                .where(access::visibleCondition)
                .matches(f.q(), "e.title", "e.content")
                .in("e.status", f.statuses());
        if (f.overdue() != null) {
            query.where((f.overdue() ? TaskStates.OVERDUE_FILTER_JPQL : TaskStates.NOT_OVERDUE_FILTER_JPQL)
                    .replace(":today", ":value"), today);
        }
        if (f.dueWithinDays() != null) {
            query.where("e.openFlag = 1").in("e.status", TaskStates.WORKING)
                    .atLeast("e.dueDate", today).atMost("e.dueDate", today.plusDays(f.dueWithinDays()));
        }
        return query.equal("e.leadOrganizationId", f.leadOrganizationId())
                .equal("e.assigningOrganizationId", f.assigningOrganizationId())
                .equal("e.directiveId", f.directiveId())
                .equal("e.itemNumber", f.itemNumber())
                .equal("e.seriesId", f.seriesId())
                .equal("e.assignmentId", f.assignmentId())
                .atLeast("e.dueDate", f.dueFrom())
                .atMost("e.dueDate", f.dueTo())
                .page(em, SORTING.parse(sort), page);
    }

    /** An assignment to many units and those of its tasks the caller may see (by due date); 404 when none. */
    record AssignmentView(TaskAssignmentEntity assignment, List<TaskEntity> tasks) {
    }

    AssignmentView assignment(UUID id) {
        TaskAssignmentEntity assignment = em.find(TaskAssignmentEntity.class, id);
        List<TaskEntity> tasks = assignment == null ? List.of() : ListQuery.of(TaskEntity.class)
                .where(access::visibleCondition)
                .equal("e.assignmentId", id)
                .first(em, "e.dueDate, e.id", TaskAssignmentService.MAX_TASKS);
        if (tasks.isEmpty()) {
            throw ApiException.notFound("entity.task-assignment", id);
        }
        return new AssignmentView(assignment, tasks);
    }

    /** Tasks the caller's own unit leads or coordinates. */
    Page<TaskEntity> inbox(TaskRelation relation, boolean includeClosed, PageRequest page) {
        UUID nobody = new UUID(0, 0);
        UUID unit = access.callerOrganization().orElse(nobody);
        ListQuery<TaskEntity> query = ListQuery.of(TaskEntity.class);
        if (relation == TaskRelation.ASSIGNEE) {
            // accounts of external sign-on have no local ID: nothing is assigned to them in person
            query.equal("e.assigneeUserId", access.callerAccount().orElse(nobody));
        } else if (relation == TaskRelation.LEAD) {
            query.equal("e.leadOrganizationId", unit);
        } else if (relation == TaskRelation.COORDINATING) {
            query.where(":value member of e.coordinatingOrganizationIds", unit);
        } else {
            query.where("(e.leadOrganizationId = :value or :value member of e.coordinatingOrganizationIds)", unit);
        }
        return query.in("e.status", includeClosed ? null : TaskStates.OPEN)
                .page(em, SORTING.parse("dueDate"), page);
    }

    Page<TaskEntity> children(UUID parentId, PageRequest page) {
        access.visible(parentId);
        return ListQuery.of(TaskEntity.class).equal("e.parentTaskId", parentId)
                .page(em, SORTING.parse("dueDate"), page);
    }

    /** Counts per status and the average progress of a task's children (accepted ones count as 100). */
    vn.danvan.api.model.TaskChildren rollUp(UUID parentId) {
        List<Object[]> rows = em.createQuery("select e.status, count(e), sum(case when"
                        + " e.status = vn.danvan.api.model.TaskStatus.ACCEPTED then 100 else e.percentDone end)"
                        + " from TaskEntity e where e.parentTaskId = :parent and e.deletedAt is null"
                        + " and e.status <> vn.danvan.api.model.TaskStatus.CANCELLED group by e.status", Object[].class)
                .setParameter("parent", parentId).getResultList();
        Map<String, Integer> byStatus = new java.util.TreeMap<>();
        long total = 0;
        long percent = 0;
        for (Object[] row : rows) {
            byStatus.put(((TaskStatus) row[0]).name(), ((Number) row[1]).intValue());
            total += ((Number) row[1]).longValue();
            percent += ((Number) row[2]).longValue();
        }
        return new vn.danvan.api.model.TaskChildren().total((int) total)
                .percentDone(total == 0 ? 0 : (int) Math.round((double) percent / total)).byStatus(byStatus);
    }

    /**
     * Per lead unit in the caller's scope: assigned, done on time, done late, overdue, in progress;
     * cancelled tasks left out. Answered from the covering index ix_task_summary. The other features' monitoring
     * sections ({@link MonitoringSections}) follow, for the same scope and period.
     */
    TaskSummary summary(UUID assigningOrganizationId, UUID directiveId, LocalDate dueFrom, LocalDate dueTo, String sort,
                        PageRequest page) {
        LocalDate today = clock.today();
        var scope = scopes.current();
        String key = (scope.unrestricted() ? "*" : scope.treePath()) + "|" + assigningOrganizationId + "|" + directiveId
                + "|" + dueFrom + "|" + dueTo + "|" + today;
        ComputedSummary whole = summaryCache.get(key,
                () -> computeSummary(today, assigningOrganizationId, directiveId, dueFrom, dueTo));
        TaskSummary answer = TaskSummaryPages.page(whole, sort, page, key);
        // What the monitoring follows beside the tasks (the Front's recommendations, grassroots democracy): for the
        // same scope and period; an assigning unit or a directive is a question about tasks only.
        if (assigningOrganizationId == null && directiveId == null) {
            answer.sections(monitoring.compute(new MonitoringWindow(scope, dueFrom, dueTo, today)).stream()
                    .map(TaskQueries::toApi).toList());
        } else {
            answer.sections(null);
        }
        return answer;
    }

    private static MonitoringSectionFigures toApi(MonitoringFigures section) {
        return new MonitoringSectionFigures().key(section.key()).title(section.title()).from(section.from())
                .to(section.to()).figures(section.figures().stream().map(f -> new MonitoringFigure().key(f.key())
                        .label(f.label()).value(f.value())).toList());
    }

    private TaskSummary computeSummary(LocalDate today, UUID assigningOrganizationId, UUID directiveId, LocalDate dueFrom,
                                       LocalDate dueTo) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        StringBuilder where = new StringBuilder("e.deletedAt is null and e.status <> vn.danvan.api.model.TaskStatus.CANCELLED and ")
                .append(access.leadInScopeCondition(params));
        if (assigningOrganizationId != null) {
            where.append(" and e.assigningOrganizationId = :assigning");
            params.put("assigning", assigningOrganizationId);
        }
        if (directiveId != null) {
            where.append(" and e.directiveId = :directive");
            params.put("directive", directiveId);
        }
        if (dueFrom != null) {
            where.append(" and e.dueDate >= :dueFrom");
            params.put("dueFrom", dueFrom);
        }
        if (dueTo != null) {
            where.append(" and e.dueDate <= :dueTo");
            params.put("dueTo", dueTo);
        }
        String accepted = "e.status = vn.danvan.api.model.TaskStatus.ACCEPTED";
        // Not overdue and not started yet: assigned but not acknowledged, or acknowledged but not started.
        String waiting = " and e.dueDate >= :today then 1 else 0 end)";
        var query = em.createQuery("select e.leadOrganizationId, count(e),"
                + " sum(case when " + accepted + " and e.reportedOn <= e.dueDate then 1 else 0 end),"
                + " sum(case when " + accepted + " and e.reportedOn > e.dueDate then 1 else 0 end),"
                + " sum(case when " + TaskStates.OVERDUE_JPQL + " then 1 else 0 end),"
                + " sum(case when e.status = vn.danvan.api.model.TaskStatus.ASSIGNED" + waiting + ","
                + " sum(case when e.status = vn.danvan.api.model.TaskStatus.ACKNOWLEDGED" + waiting
                + " from TaskEntity e where " + where + " group by e.leadOrganizationId", Object[].class);
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        Map<UUID, String> names = organizations.names(rows.stream().map(r -> (UUID) r[0]).toList());
        List<TaskSummaryRow> result = new ArrayList<>();
        long[] totals = new long[6];
        for (Object[] row : rows) {
            long[] counts = new long[6];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = ((Number) row[i + 1]).longValue();
                totals[i] += counts[i];
            }
            result.add(new TaskSummaryRow().leadOrganizationId((UUID) row[0]).leadOrganizationName(names.get((UUID) row[0]))
                    .assigned(counts[0]).doneOnTime(counts[1]).doneLate(counts[2]).overdue(counts[3])
                    .notAcknowledged(counts[4]).acknowledgedNotStarted(counts[5]).inProgress(inProgress(counts))
                    .onTimeRate(rate(counts[1], counts[2], counts[3])));
        }
        return new TaskSummary().asOf(today).rows(result).unitCount(result.size()).totals(new TaskCounts().assigned(totals[0])
                .doneOnTime(totals[1]).doneLate(totals[2]).overdue(totals[3])
                .notAcknowledged(totals[4]).acknowledgedNotStarted(totals[5]).inProgress(inProgress(totals))
                .onTimeRate(rate(totals[1], totals[2], totals[3])));
    }

    /**
     * Started and not overdue: in progress, returned for rework, or reported on time and awaiting acceptance — what is
     * left of the assigned tasks once the done, overdue and not yet started ones are counted.
     */
    private static long inProgress(long[] counts) {
        return counts[0] - counts[1] - counts[2] - counts[3] - counts[4] - counts[5];
    }

    private static Double rate(long onTime, long late, long overdue) {
        long due = onTime + late + overdue;
        return due == 0 ? null : Math.round(10000.0 * onTime / due) / 10000.0;
    }

    Page<TaskEventEntity> timeline(UUID taskId, PageRequest page) {
        access.visible(taskId);
        return ListQuery.ofAll(TaskEventEntity.class).equal("e.taskId", taskId)
                .page(em, EVENT_ORDER, page);
    }

    private static final vn.danvan.platform.paging.SortSpec<TaskEventEntity> EVENT_ORDER = new Sorting<TaskEventEntity>(
            List.of(new SortKey<>("id", "e.id", Long.class, e -> e.id)), "e.taskId", e -> e.taskId, "id").parse("id");

    Page<TaskUpdateEntity> updates(UUID taskId, PageRequest page) {
        access.visible(taskId);
        return ListQuery.of(TaskUpdateEntity.class).equal("e.taskId", taskId)
                .page(em, UPDATE_ORDER, page);
    }

    private static final vn.danvan.platform.paging.SortSpec<TaskUpdateEntity> UPDATE_ORDER = new Sorting<TaskUpdateEntity>(
            List.of(new SortKey<>("createdAt", "e.createdAt", Instant.class, u -> u.createdAt)), "e.id", u -> u.id,
            "-createdAt").parse("-createdAt");

    List<TaskExtensionEntity> extensions(UUID taskId) {
        access.visible(taskId);
        return em.createQuery("from TaskExtensionEntity x where x.taskId = :task"
                + " order by x.createdAt, x.id", TaskExtensionEntity.class).setParameter("task", taskId).getResultList();
    }

}
