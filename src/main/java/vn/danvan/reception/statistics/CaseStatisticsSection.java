package vn.danvan.reception.statistics;

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
        Map<String, Object> params = new HashMap<>();
        params.put("from", window.from());
        params.put("to", window.to());
        params.put("asOf", window.asOf());
        String decided = "c.decidedOn between :from and :to";
        var query = em.createQuery("select sum(case when c.acceptedOn between :from and :to then 1 else 0 end),"
                + " sum(case when " + decided + " and (c.deadline is null or c.decidedOn <= c.deadline) then 1 else 0 end),"
                + " sum(case when " + decided + " and c.deadline is not null and c.decidedOn > c.deadline then 1 else 0 end),"
                + " sum(case when c.status in (vn.danvan.api.model.CaseStatus.ACCEPTED, vn.danvan.api.model.CaseStatus.VERIFYING,"
                + " vn.danvan.api.model.CaseStatus.DIALOGUE) and c.deadline < :asOf and c.acceptedOn <= :to then 1 else 0 end)"
                + " from CaseEntity c where c.deletedAt is null and "
                + JpqlLists.in("c.organizationId", window.unitIds(), params, "units"), Object[].class);
        params.forEach(query::setParameter);
        Object[] row = query.getSingleResult();
        return SectionFigures.of(this)
                .add("accepted", "Vụ việc thụ lý", Counts.of(row[0]))
                .add("resolvedOnTime", "Giải quyết trong thời hạn luật định", Counts.of(row[1]))
                .add("resolvedLate", "Giải quyết quá thời hạn", Counts.of(row[2]))
                .add("overdue", "Quá hạn chưa giải quyết", Counts.of(row[3]))
                .build();
    }
}
