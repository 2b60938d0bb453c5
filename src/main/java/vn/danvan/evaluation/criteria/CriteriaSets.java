package vn.danvan.evaluation.criteria;

import vn.danvan.platform.persistence.RowLocks;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.EvaluationCriteriaSetCreate;
import vn.danvan.api.model.EvaluationCriteriaSetUpdate;
import vn.danvan.api.model.EvaluationCriterion;
import vn.danvan.api.model.RankThreshold;
import vn.danvan.evaluation.units.EvaluationUnits;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.paging.ListQuery;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.Sorting;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The provinces' criteria sets per year, versioned: issuing a set for a province and year that has one makes the
 * next version, the current one from then on; a version is corrected in place only until an evaluation scored against
 * it is finalised (then the province issues a new version). Callers hold the transaction.
 */
@ApplicationScoped
public class CriteriaSets implements PanacheRepositoryBase<CriteriaSetEntity, UUID> {

    static final String ENTITY = "entity.evaluation-criteria-set";

    private static final Sorting<CriteriaSetEntity> SORTING = new Sorting<>(List.of(
            new SortKey<>("year", "e.year", Integer.class, s -> s.year),
            new SortKey<>("setVersion", "e.setVersion", Integer.class, s -> s.setVersion)), "e.id", s -> s.id,
            "-year,-setVersion");

    private final EvaluationUnits units;
    private final ObjectMapper json;

    CriteriaSets(EvaluationUnits units, ObjectMapper json) {
        this.units = units;
        this.json = json;
    }

    /** A set the caller may read (its province's), or 404. */
    public CriteriaSetEntity get(UUID id) {
        return find("id = ?1 and deletedAt is null", id).firstResultOptional()
                .filter(s -> units.readsProvince(s.provinceId))
                .orElseThrow(() -> ApiException.notFound(ENTITY, id));
    }

    /**
     * The set, locked until the transaction ends (finalising and correcting it wait for each other); to be called before
     * the set is read otherwise in the transaction.
     */
    public CriteriaSetEntity lock(UUID id) {
        CriteriaSetEntity set = RowLocks.lock(getEntityManager(), CriteriaSetEntity.class, id);
        if (set == null || set.isDeleted()) {
            throw ApiException.notFound(ENTITY, id);
        }
        return set;
    }

    /** The newest version of a province's set for the year, if the province issued one. */
    public Optional<CriteriaSetEntity> current(UUID provinceId, int year) {
        return find("provinceId = ?1 and year = ?2 and deletedAt is null order by setVersion desc", provinceId, year)
                .firstResultOptional();
    }

    public boolean isCurrent(CriteriaSetEntity set) {
        return current(set.provinceId, set.year).map(c -> c.id.equals(set.id)).orElse(false);
    }

    /** Whether an evaluation scored against the set was ever finalised: then the set never changes again. */
    public boolean inUse(UUID setId) {
        return getEntityManager().createQuery("select count(e) from EvaluationEntity e where e.criteriaSetId = :set"
                        + " and e.deletedAt is null and e.finalisedOnce = true", Long.class)
                .setParameter("set", setId).getSingleResult() > 0;
    }

    public Page<CriteriaSetEntity> list(UUID provinceId, Integer year, PageRequest page) {
        return ListQuery.of(CriteriaSetEntity.class)
                .where(params -> units.provinceJpql("e.provinceId", params))
                .equal("e.provinceId", provinceId)
                .equal("e.year", year)
                .page(getEntityManager(), SORTING.parse(null), page);
    }

    public CriteriaSetEntity create(EvaluationCriteriaSetCreate request) {
        UUID id = request.getId() == null ? UUID.randomUUID() : request.getId();
        if (findById(id) != null) {
            throw ApiException.idTaken();
        }
        List<FieldViolation> violations = new ArrayList<>();
        Optional<String> path = units.path(request.getProvinceId());
        if (path.isEmpty() || !units.configures(request.getProvinceId())) {
            violations.add(FieldViolation.of("provinceId", "NotFound", "evaluation.province-not-found",
                    request.getProvinceId()));
        } else if (!EvaluationUnits.isProvince(path.get())) {
            violations.add(FieldViolation.of("provinceId", "NotProvince", "evaluation.not-a-province"));
        }
        CriteriaTree tree = new CriteriaTree(request.getCriteria(), request.getRankThresholds());
        violations.addAll(tree.violations());
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        // The province's sets of the year are locked, so that two versions issued at once get distinct numbers.
        @SuppressWarnings("unchecked")
        List<CriteriaSetEntity> earlier = getEntityManager().createNativeQuery("SELECT * FROM evaluation_criteria_set"
                        + " WHERE province_id = :province AND year = :year FOR UPDATE", CriteriaSetEntity.class)
                .setParameter("province", request.getProvinceId()).setParameter("year", request.getYear())
                .getResultList();
        CriteriaSetEntity set = new CriteriaSetEntity();
        set.id = id;
        set.provinceId = request.getProvinceId();
        set.year = request.getYear();
        set.setVersion = earlier.stream().mapToInt(s -> s.setVersion).max().orElse(0) + 1;
        set.title = request.getTitle();
        set.legalBasis = request.getLegalBasis();
        set.criteria = write(request.getCriteria());
        set.rankThresholds = write(tree.thresholdsHighestFirst());
        persistAndFlush(set);
        return set;
    }

    public CriteriaSetEntity replace(UUID id, String ifMatch, EvaluationCriteriaSetUpdate request) {
        CriteriaSetEntity set = lock(id);
        if (!units.readsProvince(set.provinceId)) {
            throw ApiException.notFound(ENTITY, id);
        }
        if (!units.configures(set.provinceId)) {
            throw new ApiException(ProblemType.FORBIDDEN, "evaluation.not-province-coordinator");
        }
        EntityTags.require(ifMatch, set.version);
        if (inUse(set.id)) {
            throw new ApiException(ProblemType.CONFLICT, "evaluation.criteria-set-in-use", set.setVersion, String.valueOf(set.year));
        }
        CriteriaTree tree = new CriteriaTree(request.getCriteria(), request.getRankThresholds());
        List<FieldViolation> violations = tree.violations();
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        set.title = request.getTitle();
        set.legalBasis = request.getLegalBasis();
        set.criteria = write(request.getCriteria());
        set.rankThresholds = write(tree.thresholdsHighestFirst());
        flush();
        return set;
    }

    /** The set's content as the rules read it. */
    public CriteriaTree tree(CriteriaSetEntity set) {
        try {
            return new CriteriaTree(json.readValue(set.criteria, new TypeReference<List<EvaluationCriterion>>() { }),
                    json.readValue(set.rankThresholds, new TypeReference<List<RankThreshold>>() { }));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Criteria set " + set.id + " holds unreadable JSON", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
