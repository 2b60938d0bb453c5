package vn.danvan.mobilization.settings;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.AppraisalCriterionCreate;
import vn.danvan.api.model.AppraisalCriterionUpdate;
import vn.danvan.api.model.MobilizationPhase;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.paging.ListQuery;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.Sorting;
import vn.danvan.platform.time.AppClock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Appraisal criteria and their scales per province and phase (data, not code). Callers hold the transaction. */
@ApplicationScoped
public class AppraisalCriteria implements PanacheRepositoryBase<AppraisalCriterionEntity, UUID> {

    static final String ENTITY = "entity.mobilization-criterion";

    private static final Sorting<AppraisalCriterionEntity> SORTING = new Sorting<>(List.of(
            new SortKey<>("sortOrder", "e.sortOrder", Integer.class, c -> c.sortOrder)), "e.id", c -> c.id, "sortOrder");

    private final ProvinceSettingsAccess access;
    private final AppClock clock;

    public AppraisalCriteria(ProvinceSettingsAccess access, AppClock clock) {
        this.access = access;
        this.clock = clock;
    }

    /** The live criteria of a province and phase, in order (appraisals are scored against them). */
    public List<AppraisalCriterionEntity> of(UUID provinceId, MobilizationPhase phase) {
        return list("provinceId = ?1 and phase = ?2 and deletedAt is null order by sortOrder, code", provinceId, phase);
    }

    public AppraisalCriterionEntity get(UUID id) {
        return find("id = ?1 and deletedAt is null", id).firstResultOptional()
                .filter(c -> access.isVisible(c.provinceId))
                .orElseThrow(() -> ApiException.notFound(ENTITY, id));
    }

    public Page<AppraisalCriterionEntity> list(UUID provinceId, MobilizationPhase phase, PageRequest page) {
        return ListQuery.of(AppraisalCriterionEntity.class)
                .where(access::condition)
                .equal("e.provinceId", provinceId)
                .equal("e.phase", phase)
                .page(getEntityManager(), SORTING.parse(null), page);
    }

    public AppraisalCriterionEntity create(AppraisalCriterionCreate request) {
        UUID id = request.getId() == null ? UUID.randomUUID() : request.getId();
        if (findById(id) != null) {
            throw ApiException.idTaken();
        }
        List<FieldViolation> violations = new ArrayList<>();
        access.checkConfigurable("provinceId", request.getProvinceId()).ifPresent(violations::add);
        checkScale(request.getMinScore(), request.getMaxScore(), violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        if (count("provinceId = ?1 and phase = ?2 and code = ?3 and deletedAt is null", request.getProvinceId(),
                request.getPhase(), request.getCode()) > 0) {
            throw new ApiException(ProblemType.CONFLICT, "mobilization.criterion-exists", request.getCode(),
                    Phases.label(request.getPhase()));
        }
        AppraisalCriterionEntity criterion = SettingsRequestMapper.INSTANCE.newCriterion(request);
        criterion.id = id;
        persistAndFlush(criterion);
        return criterion;
    }

    public AppraisalCriterionEntity update(UUID id, String ifMatch, AppraisalCriterionUpdate request) {
        AppraisalCriterionEntity criterion = get(id);
        EntityTags.require(ifMatch, criterion.version);
        List<FieldViolation> violations = new ArrayList<>();
        checkScale(request.getMinScore(), request.getMaxScore(), violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        SettingsRequestMapper.INSTANCE.update(request, criterion);
        flush();
        return criterion;
    }

    public void delete(UUID id, String ifMatch) {
        AppraisalCriterionEntity criterion = get(id);
        EntityTags.require(ifMatch, criterion.version);
        criterion.deletedAt = clock.now();
        flush();
    }

    private static void checkScale(int min, int max, List<FieldViolation> violations) {
        if (max <= min) {
            violations.add(FieldViolation.of("maxScore", "Range", "mobilization.scale-order", min));
        }
    }
}
