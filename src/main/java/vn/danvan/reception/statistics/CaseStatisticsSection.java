package vn.danvan.reception.statistics;

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
 * Cases (vụ việc) of the units: accepted for resolution in the window (accepted_on); resolved in the window (a
 * decision dated within it) within the legal deadline or after it; and overdue on the window's {@code asOf} day —
 * still being resolved (accepted, verifying, in dialogue) past their deadline, as the case list's {@code overdue}
 * filter counts them.
 */
@ApplicationScoped
public class CaseStatisticsSection implements StatisticsSection {

    private final EntityManager em;

    CaseStatisticsSection(EntityManager em) {
        this.em = em;
    }

    @Override
    public String key() {
        return "cases";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String title() {
        return "Giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh";
    }

    @Override
    public SectionFigures compute(StatisticsWindow window) {
        return figures(AggregateRows.of(em, window));
    }

    /** Every group with one query per figure query: the figures are counts, they add up over units. */
    @Override
    public Map<UUID, SectionFigures> computeEach(GroupedWindow window) {
        return AggregateRows.each(em, window, this::figures);
    }

    private SectionFigures figures(AggregateRows queries) {
        String decided = "c.decidedOn between :from and :to";
        Object[] row = queries.row("select sum(case when c.acceptedOn between :from and :to then 1 else 0 end),"
                + " sum(case when " + decided + " and (c.deadline is null or c.decidedOn <= c.deadline) then 1 else 0 end),"
                + " sum(case when " + decided + " and c.deadline is not null and c.decidedOn > c.deadline then 1 else 0 end),"
                + " sum(case when c.status in (vn.danvan.api.model.CaseStatus.ACCEPTED, vn.danvan.api.model.CaseStatus.VERIFYING,"
                + " vn.danvan.api.model.CaseStatus.DIALOGUE) and c.deadline < :asOf and c.acceptedOn <= :to then 1 else 0 end)"
                + " from CaseEntity c where c.deletedAt is null", "c.organizationId", Map.of());
        return SectionFigures.of(this)
                .add("accepted", "Vụ việc thụ lý", Counts.at(row, 0))
                .add("resolvedOnTime", "Giải quyết trong thời hạn luật định", Counts.at(row, 1))
                .add("resolvedLate", "Giải quyết quá thời hạn", Counts.at(row, 2))
                .add("overdue", "Quá hạn chưa giải quyết", Counts.at(row, 3))
                .build();
    }
}
