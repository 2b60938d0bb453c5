package vn.danvan.task;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.TaskCounts;
import vn.danvan.api.model.TaskRelation;
import vn.danvan.api.model.TaskStatus;
import vn.danvan.api.model.TaskSummary;
import vn.danvan.api.model.TaskSummaryRow;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.platform.paging.KeysetPager;
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

    static final Sorting<TaskEntity> SORTING = new Sorting<>(List.of(
            new SortKey<>("dueDate", "e.dueDate", LocalDate.class, t -> t.dueDate),
            new SortKey<>("createdAt", "e.createdAt", Instant.class, t -> t.createdAt),
            new SortKey<>("updatedAt", "e.updatedAt", Instant.class, t -> t.updatedAt)),
            "e.id", t -> t.id, "dueDate");

    private final TaskAccess access;
    private final ScopeProvider scopes;
    private final OrganizationDirectory organizations;
    private final AppClock clock;
    private final TaskSummaryCache summaryCache;

    TaskQueries(TaskAccess access, ScopeProvider scopes, OrganizationDirectory organizations, AppClock clock,
                TaskSummaryCache summaryCache) {
        this.summaryCache = summaryCache;
        this.access = access;
        this.scopes = scopes;
        this.organizations = organizations;
        this.clock = clock;
    }

    record Filter(String q, List<TaskStatus> statuses, Boolean overdue, Integer dueWithinDays, UUID leadOrganizationId,
                  UUID assigningOrganizationId, UUID directiveId, LocalDate dueFrom, LocalDate dueTo) {
    }

    Page<TaskEntity> list(Filter f, String sort, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder from = new StringBuilder("from TaskEntity e where e.deletedAt is null and ")
                .append(access.visibleCondition(params));
        StringBuilder key = new StringBuilder();
        LocalDate today = clock.today();
        if (f.q() != null && !f.q().isBlank()) {
            from.append(" and (e.title like :q escape '" + TextSearch.ESCAPE + "' or e.content like :q escape '"
                    + TextSearch.ESCAPE + "')");
            params.put("q", TextSearch.containsPattern(f.q()));
            key.append("q=").append(f.q());
        }
        if (f.statuses() != null && !f.statuses().isEmpty()) {
            from.append(" and ").append(JpqlLists.in("e.status", List.copyOf(f.statuses()), params, "status"));
            key.append("|s=").append(f.statuses());
        }
        if (f.overdue() != null) {
            from.append(" and ").append(f.overdue() ? TaskStates.OVERDUE_FILTER_JPQL : TaskStates.NOT_OVERDUE_FILTER_JPQL);
            params.put("today", today);
            key.append("|o=").append(f.overdue()).append(today);
        }
        if (f.dueWithinDays() != null) {
            from.append(" and e.openFlag = 1 and ").append(JpqlLists.in("e.status", List.copyOf(TaskStates.WORKING), params,
                    "working")).append(" and e.dueDate between :today and :horizon");
            params.put("today", today);
            params.put("horizon", today.plusDays(f.dueWithinDays()));
            key.append("|w=").append(f.dueWithinDays()).append(today);
        }
        if (f.leadOrganizationId() != null) {
            from.append(" and e.leadOrganizationId = :lead");
            params.put("lead", f.leadOrganizationId());
            key.append("|l=").append(f.leadOrganizationId());
        }
        if (f.assigningOrganizationId() != null) {
            from.append(" and e.assigningOrganizationId = :assigning");
            params.put("assigning", f.assigningOrganizationId());
            key.append("|a=").append(f.assigningOrganizationId());
        }
        if (f.directiveId() != null) {
            from.append(" and e.directiveId = :directive");
            params.put("directive", f.directiveId());
            key.append("|d=").append(f.directiveId());
        }
        if (f.dueFrom() != null) {
            from.append(" and e.dueDate >= :dueFrom");
            params.put("dueFrom", f.dueFrom());
            key.append("|f=").append(f.dueFrom());
        }
        if (f.dueTo() != null) {
            from.append(" and e.dueDate <= :dueTo");
            params.put("dueTo", f.dueTo());
            key.append("|t=").append(f.dueTo());
        }
        return KeysetPager.page(Panache.getEntityManager(), TaskEntity.class, from.toString(), params, key.toString(),
                SORTING.parse(sort), page);
    }

    /** Tasks the caller's own unit leads or coordinates. */
    Page<TaskEntity> inbox(TaskRelation relation, boolean includeClosed, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        UUID nobody = new UUID(0, 0);
        UUID unit = access.callerOrganization().orElse(null);
        String lead = "e.leadOrganizationId = :unit";
        String coordinating = ":unit member of e.coordinatingOrganizationIds";
        String relationCondition;
        if (relation == TaskRelation.ASSIGNEE) {
            // accounts of external sign-on have no local ID: nothing is assigned to them in person
            params.put("me", access.callerAccount().orElse(nobody));
            relationCondition = "e.assigneeUserId = :me";
        } else {
            params.put("unit", unit == null ? nobody : unit);
            relationCondition = relation == null ? "(" + lead + " or " + coordinating + ")"
                    : relation == TaskRelation.LEAD ? lead : coordinating;
        }
        StringBuilder from = new StringBuilder("from TaskEntity e where e.deletedAt is null and ").append(relationCondition);
        if (!includeClosed) {
            from.append(" and ").append(JpqlLists.in("e.status", List.copyOf(TaskStates.OPEN), params, "open"));
        }
        return KeysetPager.page(Panache.getEntityManager(), TaskEntity.class, from.toString(), params,
                "inbox|" + relation + "|" + includeClosed + "|" + unit + "|" + params.get("me"), SORTING.parse("dueDate"), page);
    }

    Page<TaskEntity> children(UUID parentId, PageRequest page) {
        access.visible(parentId);
        Map<String, Object> params = new HashMap<>();
        params.put("parent", parentId);
        return KeysetPager.page(Panache.getEntityManager(), TaskEntity.class,
                "from TaskEntity e where e.deletedAt is null and e.parentTaskId = :parent", params, "children|" + parentId,
                SORTING.parse("dueDate"), page);
    }

    /** Counts per status and the average progress of a task's children (accepted ones count as 100). */
    vn.danvan.api.model.TaskChildren rollUp(UUID parentId) {
        List<Object[]> rows = Panache.getEntityManager().createQuery("select e.status, count(e), sum(case when"
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
     * cancelled tasks left out. Answered from the covering index ix_task_summary.
     */
    TaskSummary summary(UUID assigningOrganizationId, UUID directiveId, LocalDate dueFrom, LocalDate dueTo, String sort,
                        PageRequest page) {
        LocalDate today = clock.today();
        var scope = scopes.current();
        String key = (scope.unrestricted() ? "*" : scope.treePath()) + "|" + assigningOrganizationId + "|" + directiveId
                + "|" + dueFrom + "|" + dueTo + "|" + today;
        ComputedSummary whole = summaryCache.get(key,
                () -> computeSummary(today, assigningOrganizationId, directiveId, dueFrom, dueTo));
        return TaskSummaryPages.page(whole, sort, page, key);
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
        var query = Panache.getEntityManager().createQuery("select e.leadOrganizationId, count(e),"
                + " sum(case when " + accepted + " and e.reportedOn <= e.dueDate then 1 else 0 end),"
                + " sum(case when " + accepted + " and e.reportedOn > e.dueDate then 1 else 0 end),"
                + " sum(case when " + TaskStates.OVERDUE_JPQL + " then 1 else 0 end)"
                + " from TaskEntity e where " + where + " group by e.leadOrganizationId", Object[].class);
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        Map<UUID, String> names = organizations.names(rows.stream().map(r -> (UUID) r[0]).toList());
        List<TaskSummaryRow> result = new ArrayList<>();
        long[] totals = new long[4];
        for (Object[] row : rows) {
            long assigned = ((Number) row[1]).longValue();
            long onTime = ((Number) row[2]).longValue();
            long late = ((Number) row[3]).longValue();
            long overdue = ((Number) row[4]).longValue();
            totals[0] += assigned;
            totals[1] += onTime;
            totals[2] += late;
            totals[3] += overdue;
            result.add(new TaskSummaryRow().leadOrganizationId((UUID) row[0]).leadOrganizationName(names.get((UUID) row[0]))
                    .assigned(assigned).doneOnTime(onTime).doneLate(late).overdue(overdue)
                    .inProgress(assigned - onTime - late - overdue).onTimeRate(rate(onTime, late, overdue)));
        }
        return new TaskSummary().asOf(today).rows(result).unitCount(result.size()).totals(new TaskCounts().assigned(totals[0])
                .doneOnTime(totals[1]).doneLate(totals[2]).overdue(totals[3])
                .inProgress(totals[0] - totals[1] - totals[2] - totals[3]).onTimeRate(rate(totals[1], totals[2], totals[3])));
    }

    private static Double rate(long onTime, long late, long overdue) {
        long due = onTime + late + overdue;
        return due == 0 ? null : Math.round(10000.0 * onTime / due) / 10000.0;
    }

    Page<TaskEventEntity> timeline(UUID taskId, PageRequest page) {
        access.visible(taskId);
        Map<String, Object> params = new HashMap<>();
        params.put("task", taskId);
        return KeysetPager.page(Panache.getEntityManager(), TaskEventEntity.class,
                "from TaskEventEntity e where e.taskId = :task", params, "timeline|" + taskId, EVENT_ORDER, page);
    }

    private static final vn.danvan.platform.paging.SortSpec<TaskEventEntity> EVENT_ORDER = new Sorting<TaskEventEntity>(
            List.of(new SortKey<>("id", "e.id", Long.class, e -> e.id)), "e.taskId", e -> e.taskId, "id").parse("id");

    Page<TaskUpdateEntity> updates(UUID taskId, PageRequest page) {
        access.visible(taskId);
        Map<String, Object> params = new HashMap<>();
        params.put("task", taskId);
        return KeysetPager.page(Panache.getEntityManager(), TaskUpdateEntity.class,
                "from TaskUpdateEntity e where e.taskId = :task and e.deletedAt is null", params, "updates|" + taskId,
                UPDATE_ORDER, page);
    }

    private static final vn.danvan.platform.paging.SortSpec<TaskUpdateEntity> UPDATE_ORDER = new Sorting<TaskUpdateEntity>(
            List.of(new SortKey<>("createdAt", "e.createdAt", Instant.class, u -> u.createdAt)), "e.id", u -> u.id,
            "-createdAt").parse("-createdAt");

    List<TaskExtensionEntity> extensions(UUID taskId) {
        access.visible(taskId);
        return Panache.getEntityManager().createQuery("from TaskExtensionEntity x where x.taskId = :task"
                + " order by x.createdAt, x.id", TaskExtensionEntity.class).setParameter("task", taskId).getResultList();
    }

}
