package vn.danvan.mobilization.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.MobilizationField;
import vn.danvan.platform.persistence.JpqlLists;
import vn.danvan.platform.statistics.Counts;
import vn.danvan.platform.statistics.SectionFigures;
import vn.danvan.platform.statistics.StatisticsSection;
import vn.danvan.platform.statistics.StatisticsWindow;
import vn.danvan.platform.time.AppClock;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        Map<String, Object> params = new HashMap<>();
        params.put("from", window.from());
        params.put("to", window.to());
        params.put("fromInstant", window.from().atStartOfDay(clock.zone()).toInstant());
        params.put("toInstant", window.to().plusDays(1).atStartOfDay(clock.zone()).toInstant());
        String registered = "e.registeredAt >= :fromInstant and e.registeredAt < :toInstant";
        String where = " from MobilizationModelEntity e where e.deletedAt is null and "
                + JpqlLists.in("e.organizationId", window.unitIds(), params, "units");
        var totals = em.createQuery("select sum(case when " + registered + " then 1 else 0 end),"
                + " sum(case when e.recognitionDate between :from and :to then 1 else 0 end),"
                + " sum(case when e.outstandingOn between :from and :to then 1 else 0 end),"
                + " sum(case when e.commendationDate between :from and :to then 1 else 0 end),"
                + " sum(case when e.replicationOfId is not null and " + registered + " then 1 else 0 end)" + where,
                Object[].class);
        params.forEach(totals::setParameter);
        Object[] row = totals.getSingleResult();
        Map<String, Object> fieldParams = new HashMap<>(params);
        fieldParams.remove("from");
        fieldParams.remove("to");
        var byField = em.createQuery("select e.field, count(e)" + where + " and " + registered + " group by e.field",
                Object[].class);
        fieldParams.forEach(byField::setParameter);
        List<Object[]> fields = byField.getResultList();
        SectionFigures.Builder figures = SectionFigures.of(this)
                .add("registered", "Mô hình đăng ký", Counts.of(row[0]))
                .add("recognized", "Mô hình được công nhận", Counts.of(row[1]))
                .add("outstanding", "Mô hình tiêu biểu", Counts.of(row[2]))
                .add("commended", "Mô hình được khen thưởng", Counts.of(row[3]))
                .add("replicated", "Mô hình nhân rộng", Counts.of(row[4]));
        Counts.byConstant(MobilizationField.class, fields).forEach((field, count) ->
                figures.add("field." + field.name(), "Đăng ký – lĩnh vực " + FIELDS.get(field), count));
        var recognizedByField = em.createQuery("select e.field, count(e)" + where
                + " and e.recognitionDate between :from and :to group by e.field", Object[].class);
        Map<String, Object> recognizedParams = new HashMap<>(params);
        recognizedParams.remove("fromInstant");
        recognizedParams.remove("toInstant");
        recognizedParams.forEach(recognizedByField::setParameter);
        Counts.byConstant(MobilizationField.class, recognizedByField.getResultList()).forEach((field, count) ->
                figures.add("recognizedField." + field.name(), "Công nhận – lĩnh vực " + FIELDS.get(field), count));
        return figures.build();
    }
}
