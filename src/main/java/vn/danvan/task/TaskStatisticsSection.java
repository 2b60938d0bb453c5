package vn.danvan.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.platform.persistence.JpqlLists;
import vn.danvan.platform.statistics.Counts;
import vn.danvan.platform.statistics.SectionFigures;
import vn.danvan.platform.statistics.StatisticsSection;
import vn.danvan.platform.statistics.StatisticsWindow;

import java.util.HashMap;
import java.util.Map;

/**
 * Tasks of a report window: those led by the units and due within the window, cancelled ones left out — the same
 * counts as the task summary ({@code GET /tasks/summary} with {@code dueFrom}/{@code dueTo}), judged on the window's
 * {@code asOf} day instead of today. Answered from the covering index ix_task_summary.
 */
@ApplicationScoped
public class TaskStatisticsSection implements StatisticsSection {

    private final EntityManager em;

    TaskStatisticsSection(EntityManager em) {
        this.em = em;
    }

    @Override
    public String key() {
        return "tasks";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String title() {
        return "Thực hiện nhiệm vụ";
    }

    @Override
    public SectionFigures compute(StatisticsWindow window) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", window.asOf());
        params.put("from", window.from());
        params.put("to", window.to());
        String accepted = "e.status = vn.danvan.api.model.TaskStatus.ACCEPTED";
        var query = em.createQuery("select count(e),"
                + " sum(case when " + accepted + " and e.reportedOn <= e.dueDate then 1 else 0 end),"
                + " sum(case when " + accepted + " and e.reportedOn > e.dueDate then 1 else 0 end),"
                + " sum(case when " + TaskStates.OVERDUE_JPQL + " then 1 else 0 end)"
                + " from TaskEntity e where e.deletedAt is null and e.status <> vn.danvan.api.model.TaskStatus.CANCELLED"
                + " and e.dueDate between :from and :to and "
                + JpqlLists.in("e.leadOrganizationId", window.unitIds(), params, "units"), Object[].class);
        params.forEach(query::setParameter);
        Object[] row = query.getSingleResult();
        return SectionFigures.of(this)
                .add("assigned", "Nhiệm vụ được giao (đến hạn trong kỳ)", Counts.of(row[0]))
                .add("doneOnTime", "Hoàn thành đúng hạn", Counts.of(row[1]))
                .add("doneLate", "Hoàn thành trễ hạn", Counts.of(row[2]))
                .add("overdue", "Quá hạn chưa hoàn thành", Counts.of(row[3]))
                .build();
    }
}
