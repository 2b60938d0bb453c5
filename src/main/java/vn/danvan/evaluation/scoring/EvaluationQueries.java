package vn.danvan.evaluation.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.EvaluationRank;
import vn.danvan.api.model.EvaluationRanking;
import vn.danvan.api.model.EvaluationRankingEntry;
import vn.danvan.api.model.EvaluationStatus;
import vn.danvan.evaluation.units.EvaluationUnits;
import vn.danvan.platform.paging.ListQuery;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.Sorting;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reads of evaluations: the list within the caller's reach and the ranked list of a province and year. */
@ApplicationScoped
public class EvaluationQueries {

    private static final Sorting<EvaluationEntity> SORTING = new Sorting<>(List.of(
            new SortKey<>("year", "e.year", Integer.class, e -> e.year)), "e.id", e -> e.id, "-year");

    private final EntityManager em;
    private final EvaluationUnits units;

    EvaluationQueries(EntityManager em, EvaluationUnits units) {
        this.em = em;
        this.units = units;
    }

    public Page<EvaluationEntity> list(UUID provinceId, Integer year, UUID organizationId, EvaluationStatus status,
                                       PageRequest page) {
        return ListQuery.of(EvaluationEntity.class)
                .where(params -> units.readableJpql("e.organizationId", params, "readableUnits"))
                .equal("e.provinceId", provinceId)
                .equal("e.year", year)
                .equal("e.organizationId", organizationId)
                .equal("e.status", status)
                .page(em, SORTING.parse(null), page);
    }

    /**
     * The finalised evaluations of the province and year, placed over the whole province ({@link Ranking}); the rows
     * returned are those of the units the caller reads.
     */
    public EvaluationRanking ranking(UUID provinceId, int year) {
        if (!units.readsProvince(provinceId) || !units.path(provinceId).map(EvaluationUnits::isProvince).orElse(false)) {
            throw vn.danvan.platform.error.ApiException.notFound("entity.organization", provinceId);
        }
        List<EvaluationEntity> finalised = em.createQuery("from EvaluationEntity e where e.deletedAt is null"
                        + " and e.provinceId = :province and e.year = :year and e.status = :status", EvaluationEntity.class)
                .setParameter("province", provinceId).setParameter("year", year)
                .setParameter("status", EvaluationStatus.FINALISED).getResultList();
        long open = em.createQuery("select count(e) from EvaluationEntity e where e.deletedAt is null"
                        + " and e.provinceId = :province and e.year = :year and e.status = :status", Long.class)
                .setParameter("province", provinceId).setParameter("year", year)
                .setParameter("status", EvaluationStatus.OPEN).getSingleResult();
        Map<UUID, String> names = units.names(finalised.stream().map(e -> e.organizationId).toList());
        Map<UUID, EvaluationEntity> byId = new HashMap<>();
        finalised.forEach(e -> byId.put(e.id, e));
        Set<UUID> readable = readable(finalised.stream().map(e -> e.id).toList());
        List<EvaluationRankingEntry> rows = Ranking.place(finalised.stream()
                        .map(e -> new Ranking.Candidate(e.id, names.getOrDefault(e.organizationId, ""), e.totalScore))
                        .toList()).stream()
                .filter(p -> readable.contains(p.candidate().evaluationId()))
                .map(p -> {
                    EvaluationEntity e = byId.get(p.candidate().evaluationId());
                    return new EvaluationRankingEntry().position(p.position()).evaluationId(e.id)
                            .organizationId(e.organizationId).organizationName(p.candidate().organizationName())
                            .totalScore(e.totalScore).rank(new EvaluationRank().code(e.rankCode).name(e.rankName));
                }).toList();
        return new EvaluationRanking().provinceId(provinceId).year(year).openCount((int) open).items(rows);
    }

    /** Which of the evaluations the caller reads (one query). */
    private Set<UUID> readable(List<UUID> evaluationIds) {
        if (evaluationIds.isEmpty()) {
            return Set.of();
        }
        Map<String, Object> params = new HashMap<>();
        String condition = units.readableJpql("e.organizationId", params, "readableUnits");
        var query = em.createQuery("select e.id from EvaluationEntity e where e.id in :ids and " + condition, UUID.class)
                .setParameter("ids", evaluationIds);
        params.forEach(query::setParameter);
        return new HashSet<>(query.getResultList());
    }
}
