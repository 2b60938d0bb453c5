package vn.danvan.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.platform.statistics.AggregateRows;
import vn.danvan.platform.statistics.Counts;
import vn.danvan.platform.statistics.GroupedWindow;
import vn.danvan.platform.statistics.SectionFigures;
import vn.danvan.platform.statistics.StatisticsSection;
import vn.danvan.platform.statistics.StatisticsWindow;

import java.util.Map;
import java.util.UUID;

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
        return figures(AggregateRows.of(em, window), window.asOf());
    }

    /** Every group with one query per figure query: the figures are counts, they add up over units. */
    @Override
    public Map<UUID, SectionFigures> computeEach(GroupedWindow window) {
        return AggregateRows.each(em, window, queries -> figures(queries, window.asOf()));
    }

    private SectionFigures figures(AggregateRows queries, java.time.LocalDate asOf) {
        String accepted = "e.status = vn.danvan.api.model.TaskStatus.ACCEPTED";
        Object[] row = queries.row("select count(e),"
                + " sum(case when " + accepted + " and e.reportedOn <= e.dueDate then 1 else 0 end),"
                + " sum(case when " + accepted + " and e.reportedOn > e.dueDate then 1 else 0 end),"
                + " sum(case when " + TaskStates.OVERDUE_JPQL + " then 1 else 0 end)"
                + " from TaskEntity e where e.deletedAt is null and e.status <> vn.danvan.api.model.TaskStatus.CANCELLED"
                + " and e.dueDate between :from and :to", "e.leadOrganizationId", Map.of("today", asOf));
        return SectionFigures.of(this)
                .add("assigned", "Nhiệm vụ được giao (đến hạn trong kỳ)", Counts.at(row, 0))
                .add("doneOnTime", "Hoàn thành đúng hạn", Counts.at(row, 1))
                .add("doneLate", "Hoàn thành trễ hạn", Counts.at(row, 2))
                .add("overdue", "Quá hạn chưa hoàn thành", Counts.at(row, 3))
                .build();
    }
}
