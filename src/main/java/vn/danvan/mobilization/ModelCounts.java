package vn.danvan.mobilization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import vn.danvan.api.model.MobilizationOrganizationCount;
import vn.danvan.api.model.MobilizationPhase;
import vn.danvan.api.model.MobilizationStatistics;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Statistics of a province (or of all provinces) from the counts that the database's triggers keep
 * (migration V22): a few hundred summary rows per province instead of every model.
 */
@ApplicationScoped
class ModelCounts {

    private final EntityManager em;

    ModelCounts(EntityManager em) {
        this.em = em;
    }

    /** @param provinceId the province, or {@code null} for all */
    MobilizationStatistics statistics(UUID provinceId, MobilizationPhase phase, Integer year, int organizationLimit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String filters = filters(provinceId, phase, year, params);
        MobilizationStatistics stats = new MobilizationStatistics();
        List<ModelStatistics.Group> groups = new ArrayList<>();
        for (Object row : query("select field, kind, level, status, registration_year, models, replications"
                + " from mobilization_count_province where models <> 0" + filters, params).getResultList()) {
            groups.add(ModelStatistics.Group.of((Object[]) row));
        }
        ModelStatistics.fold(stats, groups);
        stats.setReplicatedModels(ModelStatistics.number(query("select count(distinct original_id)"
                + " from mobilization_count_original where replications > 0" + filters, params).getSingleResult()));
        Query top;
        if (phase == null && year == null) {
            top = query("select organization_id, models, recognized, replications from mobilization_count_organization"
                    + " where models > 0" + filters + " order by models desc, organization_id", params);
        } else {
            top = query("select organization_id, sum(models) as total, sum(recognized), sum(replications)"
                    + " from mobilization_count_organization_year where 1 = 1" + filters
                    + " group by organization_id having total > 0 order by total desc, organization_id", params);
        }
        List<MobilizationOrganizationCount> byOrganization = new ArrayList<>();
        for (Object row : top.setMaxResults(organizationLimit).getResultList()) {
            Object[] columns = (Object[]) row;
            byOrganization.add(new MobilizationOrganizationCount().organizationId(uuid((byte[]) columns[0]))
                    .count(ModelStatistics.number(columns[1])).recognized(ModelStatistics.number(columns[2]))
                    .replications(ModelStatistics.number(columns[3])));
        }
        stats.setByOrganization(byOrganization);
        return stats;
    }

    private static String filters(UUID provinceId, MobilizationPhase phase, Integer year, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (provinceId != null) {
            where.append(" and province_id = :province");
            params.put("province", bytes(provinceId));
        }
        if (phase != null) {
            where.append(" and phase = :phase");
            params.put("phase", phase.name());
        }
        if (year != null) {
            where.append(" and registration_year = :year");
            params.put("year", year);
        }
        return where.toString();
    }

    private Query query(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query;
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    private static UUID uuid(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
