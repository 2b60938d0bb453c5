package vn.danvan.mobilization.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import vn.danvan.api.model.MobilizationCount;
import vn.danvan.api.model.MobilizationPhase;
import vn.danvan.api.model.MobilizationStatistics;
import vn.danvan.api.model.MobilizationStatus;
import vn.danvan.mobilization.scope.ModelScopeFilter;
import vn.danvan.mobilization.scope.OrganizationPlaces;
import vn.danvan.mobilization.scope.ModelScopeNarrowing;
import vn.danvan.mobilization.statistics.sql.ModelCounts;
import vn.danvan.mobilization.statistics.sql.ModelCounts.Group;
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
 * Statistics of the models in the caller's scope: counts by field × kind × level × status × year
 * (folded into each dimension here), the number of distinct originals replicated, and the organisations
 * with the most models. A province-wide or unrestricted scope reads the trigger-maintained counts
 * ({@link ModelCounts}); a smaller subtree groups its live rows.
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
    private final ModelScopeNarrowing narrowing;
    private final ModelCounts counts;
    private final OrganizationPlaces places;
    private final StatisticsMapper mapper;

    ModelStatistics(EntityManager em, ScopeProvider scopes, ModelScopeNarrowing narrowing, ModelCounts counts,
                    OrganizationPlaces places, StatisticsMapper mapper) {
        this.places = places;
        this.em = em;
        this.scopes = scopes;
        this.narrowing = narrowing;
        this.counts = counts;
        this.mapper = mapper;
    }

    public MobilizationStatistics compute(MobilizationPhase phase, Integer year, UUID organizationId,
                                         Integer organizationLimit) {
        Scope scope = narrowing.narrow(scopes.current(), organizationId, "organizationId");
        int limit = organizationLimit == null ? DEFAULT_ORGANIZATION_LIMIT : organizationLimit;
        if (scope.unrestricted()) {
            return counted(counts.statistics(null, phase, year, limit));
        }
        if (!Scope.NOTHING.equals(scope) && OrganizationPlaces.isProvince(scope.treePath())) {
            return counted(counts.statistics(OrganizationPlaces.provinceOf(scope.treePath()), phase, year, limit));
        }
        return live(scope, phase, year, limit);
    }

    /** A province or all of them: the trigger-maintained counts, folded here. */
    private MobilizationStatistics counted(ModelCounts.Counts counts) {
        MobilizationStatistics stats = new MobilizationStatistics();
        fold(stats, counts.groups());
        stats.setReplicatedModels(counts.replicatedModels());
        stats.setByOrganization(counts.byOrganization().stream().map(mapper::toApi).toList());
        return stats;
    }

    /** A unit's subtree: few models, grouped as they are. */
    private MobilizationStatistics live(Scope scope, MobilizationPhase phase, Integer year, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" from MobilizationModelEntity e where e.deletedAt is null")
                .append(" and ").append(ModelScopeFilter.condition("e", scope, params, places));
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
                .getResultList().stream().map(ModelStatistics::group).toList());
        stats.setReplicatedModels(query("select count(distinct e.replicationOfId)" + where
                + " and e.replicationOfId is not null", params, Long.class).getSingleResult().intValue());
        stats.setByOrganization(query("select e.organizationId, count(e), sum(case when " + RECOGNIZED_JPQL
                + " then 1 else 0 end), sum(case when e.replicationOfId is not null then 1 else 0 end)" + where
                + " group by e.organizationId order by count(e) desc, e.organizationId", params, Object[].class)
                .setMaxResults(limit).getResultList().stream()
                .map(row -> mapper.toApi(new ModelCounts.OrganizationCount((UUID) row[0], number(row[1]),
                        number(row[2]), number(row[3]))))
                .toList());
        return stats;
    }

    private <T> TypedQuery<T> query(String jpql, Map<String, Object> params, Class<T> type) {
        TypedQuery<T> query = em.createQuery(jpql, type);
        params.forEach(query::setParameter);
        return query;
    }

    /** One group of models from a row of the live query (the record is shared with {@link ModelCounts}). */
    private static Group group(Object[] row) {
        return new Group(name(row[0]), name(row[1]), name(row[2]), name(row[3]), number(row[4]), number(row[5]),
                number(row[6]));
    }

    private static String name(Object value) {
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    static void fold(MobilizationStatistics stats, List<Group> groups) {
        Map<String, Integer> byField = new TreeMap<>();
        Map<String, Integer> byKind = new TreeMap<>();
        Map<String, Integer> byLevel = new TreeMap<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byYear = new TreeMap<>();
        int total = 0;
        int recognized = 0;
        int notRecognized = 0;
        int replications = 0;
        for (Group group : groups) {
            int count = group.count();
            if (count == 0) {
                continue;
            }
            MobilizationStatus status = MobilizationStatus.valueOf(group.status());
            byField.merge(group.field(), count, Integer::sum);
            byKind.merge(group.kind(), count, Integer::sum);
            byLevel.merge(group.level(), count, Integer::sum);
            byStatus.merge(group.status(), count, Integer::sum);
            byYear.merge(String.valueOf(group.year()), count, Integer::sum);
            total += count;
            replications += group.replications();
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

    static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
