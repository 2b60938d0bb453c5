package vn.danvan.engagement.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.RecommendationOutcome;
import vn.danvan.platform.statistics.AggregateRows;
import vn.danvan.platform.statistics.Counts;
import vn.danvan.platform.statistics.GroupedWindow;
import vn.danvan.platform.statistics.SectionFigures;
import vn.danvan.platform.statistics.StatisticsSection;
import vn.danvan.platform.statistics.StatisticsWindow;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Front's and the socio-political organisations' recommendations sent to the units (each item counted at its
 * responsible unit, by the day the recommendation was issued): received, answered by outcome, unanswered past their
 * deadline as of the window's judging day.
 */
@ApplicationScoped
public class RecommendationStatisticsSection implements StatisticsSection {

    private final EntityManager em;

    RecommendationStatisticsSection(EntityManager em) {
        this.em = em;
    }

    @Override
    public String key() {
        return "frontRecommendations";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String title() {
        return "Tiếp thu, giải quyết kiến nghị của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội";
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
        String items = "from RecommendationItemEntity i, FrontRecommendationEntity r where i.recommendationId = r.id"
                + " and r.deletedAt is null and r.issuedOn >= :from and r.issuedOn <= :to";
        List<Object[]> byOutcome = queries.rows("select i.outcome, count(i) " + items, "i.responsibleOrganizationId",
                Map.of(), " group by i.outcome");
        Map<RecommendationOutcome, Long> answered = Counts.byConstant(RecommendationOutcome.class, byOutcome);
        long received = byOutcome.stream().mapToLong(row -> Counts.of(row[1])).sum();
        long overdue = Counts.at(queries.row("select count(i) " + items + " and i.outcome is null and i.dueDate < :asOf",
                "i.responsibleOrganizationId", Map.of()), 0);
        return SectionFigures.of(this)
                .add("received", "Kiến nghị nhận được", received)
                .add("acceptedAndActed", "Tiếp thu và thực hiện", answered.get(RecommendationOutcome.ACCEPTED_ACTED))
                .add("explained", "Giải trình", answered.get(RecommendationOutcome.EXPLAINED))
                .add("notAccepted", "Không tiếp thu (có lý do)", answered.get(RecommendationOutcome.NOT_ACCEPTED))
                .add("unanswered", "Chưa trả lời", received - answered.values().stream().mapToLong(Long::longValue).sum())
                .add("overdue", "Chưa trả lời, quá hạn", overdue)
                .build();
    }
}
