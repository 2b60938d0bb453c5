package vn.danvan.mobilization.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.MobilizationField;
import vn.danvan.platform.statistics.AggregateRows;
import vn.danvan.platform.statistics.Counts;
import vn.danvan.platform.statistics.GroupedWindow;
import vn.danvan.platform.statistics.SectionFigures;
import vn.danvan.platform.statistics.StatisticsSection;
import vn.danvan.platform.statistics.StatisticsWindow;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * "Dân vận khéo" models of the units whose step fell within the window: registered (registeredAt), recognised
 * (recognitionDate), outstanding (outstandingOn), commended (commendationDate), replications registered, and the
 * models registered by field. Reads ix_mobilization_model_org (organisation first).
 */
@ApplicationScoped
public class ModelStatisticsSection implements StatisticsSection {

    static final Map<MobilizationField, String> FIELDS = Map.of(
            MobilizationField.ECONOMY, "Kinh tế",
            MobilizationField.CULTURE_SOCIETY, "Văn hóa – xã hội",
            MobilizationField.DEFENSE_SECURITY, "Quốc phòng – an ninh",
            MobilizationField.POLITICAL_SYSTEM, "Xây dựng hệ thống chính trị");

    private final EntityManager em;
    private final AppClock clock;

    ModelStatisticsSection(EntityManager em, AppClock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public String key() {
        return "models";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String title() {
        return "Mô hình \"Dân vận khéo\"";
    }

    @Override
    public SectionFigures compute(StatisticsWindow window) {
        return figures(AggregateRows.of(em, window), window.from(), window.to());
    }

    /** Every group with one query per figure query: the figures are counts, they add up over units. */
    @Override
    public Map<UUID, SectionFigures> computeEach(GroupedWindow window) {
        return AggregateRows.each(em, window, queries -> figures(queries, window.from(), window.to()));
    }

    private SectionFigures figures(AggregateRows queries, LocalDate from, LocalDate to) {
        Map<String, Object> instants = Map.of("fromInstant", from.atStartOfDay(clock.zone()).toInstant(),
                "toInstant", to.plusDays(1).atStartOfDay(clock.zone()).toInstant());
        String registered = "e.registeredAt >= :fromInstant and e.registeredAt < :toInstant";
        String models = " from MobilizationModelEntity e where e.deletedAt is null";
        Object[] row = queries.row("select sum(case when " + registered + " then 1 else 0 end),"
                + " sum(case when e.recognitionDate between :from and :to then 1 else 0 end),"
                + " sum(case when e.outstandingOn between :from and :to then 1 else 0 end),"
                + " sum(case when e.commendationDate between :from and :to then 1 else 0 end),"
                + " sum(case when e.replicationOfId is not null and " + registered + " then 1 else 0 end)" + models,
                "e.organizationId", instants);
        List<Object[]> fields = queries.rows("select e.field, count(e)" + models + " and " + registered,
                "e.organizationId", instants, " group by e.field");
        SectionFigures.Builder figures = SectionFigures.of(this)
                .add("registered", "Mô hình đăng ký", Counts.at(row, 0))
                .add("recognized", "Mô hình được công nhận", Counts.at(row, 1))
                .add("outstanding", "Mô hình tiêu biểu", Counts.at(row, 2))
                .add("commended", "Mô hình được khen thưởng", Counts.at(row, 3))
                .add("replicated", "Mô hình nhân rộng", Counts.at(row, 4));
        Counts.byConstant(MobilizationField.class, fields).forEach((field, count) ->
                figures.add("field." + field.name(), "Đăng ký – lĩnh vực " + FIELDS.get(field), count));
        List<Object[]> recognizedByField = queries.rows("select e.field, count(e)" + models
                + " and e.recognitionDate between :from and :to", "e.organizationId", Map.of(), " group by e.field");
        Counts.byConstant(MobilizationField.class, recognizedByField).forEach((field, count) ->
                figures.add("recognizedField." + field.name(), "Công nhận – lĩnh vực " + FIELDS.get(field), count));
        return figures.build();
    }
}
