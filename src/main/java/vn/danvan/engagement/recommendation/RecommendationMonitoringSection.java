package vn.danvan.engagement.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.monitoring.MonitoringFigures;
import vn.danvan.platform.monitoring.MonitoringSection;
import vn.danvan.platform.monitoring.MonitoringWindow;
import vn.danvan.platform.statistics.Counts;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Front's recommendations in the monitoring summary: the items sent to a unit in the caller's reach and due within
 * the period, counted at their responsible unit (so at every unit above it too, never at a sibling): not yet answered,
 * past their deadline and not answered (the items {@code GET /front-recommendations?overdue=true} marks overdue), and
 * the units they were sent to. An answer makes the document itself change (its answered count), so every change here
 * takes a change number.
 */
@ApplicationScoped
public class RecommendationMonitoringSection implements MonitoringSection {

    private final EntityManager em;
    private final OrganizationTreeQueries directory;

    RecommendationMonitoringSection(EntityManager em, OrganizationTreeQueries directory) {
        this.em = em;
        this.directory = directory;
    }

    @Override
    public String key() {
        return "frontRecommendations";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String title() {
        return "Kiến nghị của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội";
    }

    @Override
    public Optional<MonitoringFigures> compute(MonitoringWindow window) {
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", window.asOf());
        StringBuilder where = new StringBuilder("from RecommendationItemEntity i, FrontRecommendationEntity r"
                + " where i.recommendationId = r.id and r.deletedAt is null and i.outcome is null and ")
                .append(directory.withinScopeJpql("i.responsibleOrganizationId", window.scope(), params, "units"));
        if (window.from() != null) {
            where.append(" and i.dueDate >= :from");
            params.put("from", window.from());
        }
        if (window.to() != null) {
            where.append(" and i.dueDate <= :to");
            params.put("to", window.to());
        }
        var query = em.createQuery("select count(i), sum(case when i.dueDate < :asOf then 1 else 0 end),"
                + " count(distinct case when i.dueDate < :asOf then i.responsibleOrganizationId end) " + where,
                Object[].class);
        params.forEach(query::setParameter);
        Object[] row = query.getSingleResult();
        return Optional.of(MonitoringFigures.of(this)
                .add("unanswered", "Kiến nghị chưa trả lời", Counts.of(row[0]))
                .add("overdue", "Kiến nghị quá hạn chưa trả lời", Counts.of(row[1]))
                .add("unitsWithOverdue", "Đơn vị có kiến nghị quá hạn", Counts.of(row[2]))
                .build());
    }
}
