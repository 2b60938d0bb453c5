package vn.danvan.mobilization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import vn.danvan.api.model.MobilizationCount;
import vn.danvan.api.model.MobilizationField;
import vn.danvan.api.model.MobilizationKind;
import vn.danvan.api.model.MobilizationLevel;
import vn.danvan.api.model.MobilizationOrganizationCount;
import vn.danvan.api.model.MobilizationPhase;
import vn.danvan.api.model.MobilizationStatistics;
import vn.danvan.api.model.MobilizationStatus;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.security.ScopeProvider;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Statistics of the models in the caller's scope. Three grouped queries, each answered from the
 * covering index ix_mobilization_model_stats for a province-wide scope (see docs/performance.md):
 * counts by field × kind × level × status × year (folded into each dimension here), the number of
 * distinct originals replicated, and the organisations with the most models.
 */
@ApplicationScoped
public class ModelStatistics {

    static final Set<MobilizationStatus> RECOGNIZED = EnumSet.of(MobilizationStatus.RECOGNIZED,
            MobilizationStatus.OUTSTANDING, MobilizationStatus.COMMENDED);
    private static final String RECOGNIZED_JPQL = "e.status in (" + String.join(", ",
            RECOGNIZED.stream().map(s -> MobilizationStatus.class.getName() + "." + s.name()).toList()) + ")";
    private static final int DEFAULT_ORGANIZATION_LIMIT = 20;

    private final EntityManager em;
    private final ScopeProvider scopes;
    private final ScopeNarrowing narrowing;

    ModelStatistics(EntityManager em, ScopeProvider scopes, ScopeNarrowing narrowing) {
        this.em = em;
        this.scopes = scopes;
        this.narrowing = narrowing;
    }

    public MobilizationStatistics compute(MobilizationPhase phase, Integer year, UUID organizationId,
                                         Integer organizationLimit) {
        Scope scope = narrowing.narrow(scopes.current(), organizationId, "organizationId");
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" from MobilizationModelEntity e where e.deletedAt is null")
                .append(ModelScopeFilter.condition("e", scope, params));
        if (phase != null) {
            where.append(" and e.phase = :phase");
            params.put("phase", phase);
        }
        if (year != null) {
            where.append(" and e.registrationYear = :year");
            params.put("year", year);
        }
        MobilizationStatistics stats = new MobilizationStatistics();
        fold(stats, query("select e.field, e.kind, e.level, e.status, e.registrationYear, count(e), "
                + "sum(case when e.replicationOfId is not null then 1 else 0 end)" + where
                + " group by e.field, e.kind, e.level, e.status, e.registrationYear", params, Object[].class)
                .getResultList());
        stats.setReplicatedModels(query("select count(distinct e.replicationOfId)" + where
                + " and e.replicationOfId is not null", params, Long.class).getSingleResult().intValue());
        int limit = organizationLimit == null ? DEFAULT_ORGANIZATION_LIMIT : organizationLimit;
        stats.setByOrganization(query("select e.organizationId, count(e), sum(case when " + RECOGNIZED_JPQL
                + " then 1 else 0 end), sum(case when e.replicationOfId is not null then 1 else 0 end)" + where
                + " group by e.organizationId order by count(e) desc, e.organizationId", params, Object[].class)
                .setMaxResults(limit).getResultList().stream()
                .map(row -> new MobilizationOrganizationCount().organizationId((UUID) row[0])
                        .count(number(row[1])).recognized(number(row[2])).replications(number(row[3])))
                .toList());
        return stats;
    }

    private <T> TypedQuery<T> query(String jpql, Map<String, Object> params, Class<T> type) {
        TypedQuery<T> query = em.createQuery(jpql, type);
        params.forEach(query::setParameter);
        return query;
    }

    private static void fold(MobilizationStatistics stats, List<Object[]> rows) {
        Map<String, Integer> byField = new TreeMap<>();
        Map<String, Integer> byKind = new TreeMap<>();
        Map<String, Integer> byLevel = new TreeMap<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byYear = new TreeMap<>();
        int total = 0;
        int recognized = 0;
        int notRecognized = 0;
        int replications = 0;
        for (Object[] row : rows) {
            int count = number(row[5]);
            MobilizationStatus status = (MobilizationStatus) row[3];
            byField.merge(((MobilizationField) row[0]).name(), count, Integer::sum);
            byKind.merge(((MobilizationKind) row[1]).name(), count, Integer::sum);
            byLevel.merge(((MobilizationLevel) row[2]).name(), count, Integer::sum);
            byStatus.merge(status.name(), count, Integer::sum);
            byYear.merge(String.valueOf(row[4]), count, Integer::sum);
            total += count;
            replications += number(row[6]);
            if (RECOGNIZED.contains(status)) {
                recognized += count;
            } else if (status == MobilizationStatus.NOT_RECOGNIZED) {
                notRecognized += count;
            }
        }
        stats.total(total).recognized(recognized).notRecognized(notRecognized).replications(replications)
                .byField(counts(byField)).byKind(counts(byKind)).byLevel(counts(byLevel))
                .byStatus(counts(byStatus)).byYear(counts(byYear));
        if (recognized + notRecognized > 0) {
            stats.setRecognitionRate((double) recognized / (recognized + notRecognized));
        }
    }

    private static List<MobilizationCount> counts(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> new MobilizationCount().key(e.getKey()).count(e.getValue())).toList();
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
