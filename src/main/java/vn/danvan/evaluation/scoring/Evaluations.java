package vn.danvan.evaluation.scoring;

import vn.danvan.platform.persistence.RowLocks;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.EvaluationCreate;
import vn.danvan.api.model.EvaluationCriterion;
import vn.danvan.api.model.EvaluationParty;
import vn.danvan.api.model.EvaluationRank;
import vn.danvan.api.model.EvaluationScoreInput;
import vn.danvan.api.model.EvaluationScoring;
import vn.danvan.api.model.EvaluationStatus;
import vn.danvan.evaluation.criteria.CriteriaSetEntity;
import vn.danvan.evaluation.criteria.CriteriaSets;
import vn.danvan.evaluation.criteria.CriteriaTree;
import vn.danvan.evaluation.units.EvaluationUnits;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.files.AttachmentService;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.time.AppClock;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Evaluations: opened by a coordinator against the province's criteria set of the year, scored by the unit (its own
 * part) and its superior (the rest), finalised by the superior (the final score and rank, then locked), reopened by a
 * coordinator with a recorded reason. Every change locks the evaluation's row first and then checks its ETag, so that
 * of two changes sent at once on the same version the second waits and is refused with 412. Callers hold the
 * transaction.
 */
@ApplicationScoped
public class Evaluations implements PanacheRepositoryBase<EvaluationEntity, UUID> {

    public static final String ATTACHMENT_OWNER = "EVALUATION";
    static final String ENTITY = "entity.evaluation";

    private final CriteriaSets sets;
    private final EvaluationUnits units;
    private final AttachmentService attachments;
    private final CurrentCaller caller;
    private final AppClock clock;
    private final ObjectMapper json;

    Evaluations(CriteriaSets sets, EvaluationUnits units, AttachmentService attachments, CurrentCaller caller,
                AppClock clock, ObjectMapper json) {
        this.sets = sets;
        this.units = units;
        this.attachments = attachments;
        this.caller = caller;
        this.clock = clock;
        this.json = json;
    }

    /** The evaluation when the caller reads its unit, else 404. */
    public EvaluationEntity get(UUID id) {
        return find("id = ?1 and deletedAt is null", id).firstResultOptional()
                .filter(e -> units.readable(e.organizationId))
                .orElseThrow(() -> ApiException.notFound(ENTITY, id));
    }

    /**
     * The evaluation locked for a change (its row first, so that concurrent changes queue and the second one reads the
     * first one's version), then scope-checked.
     */
    private EvaluationEntity lockVisible(UUID id) {
        EvaluationEntity evaluation = RowLocks.lock(getEntityManager(), EvaluationEntity.class, id);
        if (evaluation == null || evaluation.isDeleted() || !units.readable(evaluation.organizationId)) {
            throw ApiException.notFound(ENTITY, id);
        }
        return evaluation;
    }

    public EvaluationEntity open(EvaluationCreate request) {
        UUID id = request.getId() == null ? UUID.randomUUID() : request.getId();
        if (findById(id) != null) {
            throw ApiException.idTaken();
        }
        Optional<String> path = units.readablePath(request.getOrganizationId());
        if (path.isEmpty()) {
            throw ApiException.invalid(FieldViolation.of("organizationId", "NotFound", "evaluation.unit-not-found",
                    request.getOrganizationId()));
        }
        if (!units.isCoordinatorOver(path.get())) {
            throw new ApiException(ProblemType.FORBIDDEN, "evaluation.not-province-coordinator");
        }
        UUID province = EvaluationUnits.provinceOfPath(path.get());
        CriteriaSetEntity set = criteriaSetFor(province, request.getYear(), request.getCriteriaSetId());
        find("organizationId = ?1 and year = ?2 and deletedAt is null", request.getOrganizationId(), request.getYear())
                .firstResultOptional().ifPresent(existing -> {
                    throw new ApiException(ProblemType.CONFLICT, "evaluation.exists", String.valueOf(request.getYear()), existing.id);
                });
        EvaluationEntity evaluation = new EvaluationEntity();
        evaluation.id = id;
        evaluation.criteriaSetId = set.id;
        evaluation.provinceId = province;
        evaluation.organizationId = request.getOrganizationId();
        evaluation.year = request.getYear();
        evaluation.status = EvaluationStatus.OPEN;
        persistAndFlush(evaluation);
        return evaluation;
    }

    /** The set named (of this province and year), or the province's current one for the year. */
    private CriteriaSetEntity criteriaSetFor(UUID province, int year, UUID requested) {
        if (requested == null) {
            return sets.current(province, year).orElseThrow(() -> ApiException.invalid(FieldViolation.of("year",
                    "NoCriteriaSet", "evaluation.no-criteria-set", String.valueOf(year), units.name(province))));
        }
        CriteriaSetEntity set = sets.findById(requested);
        if (set == null || set.isDeleted() || !set.provinceId.equals(province) || set.year != year) {
            throw ApiException.invalid(FieldViolation.of("criteriaSetId", "OtherProvinceOrYear",
                    "evaluation.criteria-set-not-of-unit", requested, units.name(province), String.valueOf(year)));
        }
        return set;
    }

    public EvaluationEntity score(UUID id, String ifMatch, EvaluationScoring request) {
        EvaluationEntity evaluation = lockVisible(id);
        EntityTags.require(ifMatch, evaluation.version);
        EvaluationLifecycle.TABLE.require(EvaluationLifecycle.Action.SCORE, evaluation.status);
        requireParty(evaluation, request.getParty());
        CriteriaSetEntity set = sets.findById(evaluation.criteriaSetId);
        Map<String, EvaluationCriterion> leaves = sets.tree(set).leaves().stream()
                .collect(Collectors.toMap(EvaluationCriterion::getCode, Function.identity()));
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<EvaluationScoreInput> scores = request.getScores();
        Set<UUID> ownedFiles = attachments.list(ATTACHMENT_OWNER, evaluation.id).stream().map(a -> a.id)
                .collect(Collectors.toSet());
        for (int i = 0; i < scores.size(); i++) {
            violations.addAll(check(scores.get(i), "scores[" + i + "]", leaves, request.getParty(), seen, set,
                    ownedFiles));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        Map<String, EvaluationScoreEntity> existing = scoresOf(evaluation.id).stream()
                .collect(Collectors.toMap(s -> s.criterionCode, Function.identity()));
        for (EvaluationScoreInput input : scores) {
            EvaluationScoreEntity score = existing.get(input.getCriterionCode());
            boolean first = score == null;
            if (first) {
                score = new EvaluationScoreEntity();
                score.id = UUID.randomUUID();
                score.evaluationId = evaluation.id;
                score.criterionCode = input.getCriterionCode();
            }
            score.party = request.getParty();
            score.points = input.getPoints();
            score.comment = input.getComment();
            score.evidence = write(new Evidence(input.getEvidenceAttachmentIds() == null ? List.of()
                    : List.copyOf(new java.util.LinkedHashSet<>(input.getEvidenceAttachmentIds())),
                    input.getEvidenceLinks() == null ? List.of() : input.getEvidenceLinks()));
            score.scoredBy = caller.name();
            score.scoredAt = clock.now();
            if (first) {
                getEntityManager().persist(score);
            }
        }
        evaluation.updatedAt = clock.now(); // the scores are the evaluation's: its version (ETag) moves with them
        flush();
        return evaluation;
    }

    private List<FieldViolation> check(EvaluationScoreInput input, String field, Map<String, EvaluationCriterion> leaves,
                                       EvaluationParty party, Set<String> seen, CriteriaSetEntity set, Set<UUID> ownedFiles) {
        List<FieldViolation> violations = new ArrayList<>();
        EvaluationCriterion criterion = leaves.get(input.getCriterionCode());
        if (criterion == null) {
            violations.add(FieldViolation.of(field + ".criterionCode", "UnknownCriterion", "evaluation.criterion-unknown",
                    input.getCriterionCode(), set.setVersion, String.valueOf(set.year), units.name(set.provinceId)));
            return violations;
        }
        if (!seen.add(input.getCriterionCode())) {
            violations.add(FieldViolation.of(field + ".criterionCode", "Duplicate", "evaluation.criterion-repeated",
                    input.getCriterionCode()));
        }
        if (criterion.getScoredBy() != party) {
            violations.add(FieldViolation.of(field + ".criterionCode", "OtherParty", "evaluation.criterion-other-party",
                    input.getCriterionCode(), criterion.getScoredBy()));
        }
        if (input.getPoints().compareTo(criterion.getMaxPoints()) > 0) {
            violations.add(FieldViolation.of(field + ".points", "AboveMaximum", "evaluation.points-above-maximum",
                    input.getPoints().toPlainString(), input.getCriterionCode(), criterion.getMaxPoints().toPlainString()));
        }
        if (input.getPoints().stripTrailingZeros().scale() > 2) {
            violations.add(FieldViolation.of(field + ".points", "Digits", "evaluation.points-precision"));
        }
        boolean hasEvidence = (input.getEvidenceAttachmentIds() != null && !input.getEvidenceAttachmentIds().isEmpty())
                || (input.getEvidenceLinks() != null && !input.getEvidenceLinks().isEmpty());
        if (Boolean.TRUE.equals(criterion.getEvidenceRequired()) && !hasEvidence) {
            violations.add(FieldViolation.of(field + ".evidenceAttachmentIds", "EvidenceRequired",
                    "evaluation.evidence-required", input.getCriterionCode()));
        }
        if (input.getEvidenceAttachmentIds() != null) {
            input.getEvidenceAttachmentIds().stream().filter(a -> !ownedFiles.contains(a)).findFirst()
                    .ifPresent(missing -> violations.add(FieldViolation.of(field + ".evidenceAttachmentIds",
                            "UnknownAttachment", "attachment.not-attached", missing)));
        }
        return violations;
    }

    /** 403 unless the caller acts for the party: the unit itself (SELF) or a unit above it or a coordinator. */
    private void requireParty(EvaluationEntity evaluation, EvaluationParty party) {
        if (party == EvaluationParty.SELF && !units.actsAsUnit(evaluation.organizationId)) {
            throw new ApiException(ProblemType.FORBIDDEN, "evaluation.not-the-unit");
        }
        if (party == EvaluationParty.SUPERIOR && !units.actsAsSuperior(evaluation.organizationId)) {
            throw new ApiException(ProblemType.FORBIDDEN, "evaluation.not-superior");
        }
    }

    public EvaluationEntity finalise(UUID id, String ifMatch) {
        EvaluationEntity evaluation = lockVisible(id);
        EntityTags.require(ifMatch, evaluation.version);
        EvaluationLifecycle.TABLE.require(EvaluationLifecycle.Action.FINALISE, evaluation.status);
        requireParty(evaluation, EvaluationParty.SUPERIOR);
        // The set is locked too: a correction of it waits, and then finds it in use.
        CriteriaTree tree = sets.tree(sets.lock(evaluation.criteriaSetId));
        Map<String, BigDecimal> points = points(evaluation.id);
        List<String> unscored = tree.leaves().stream().map(EvaluationCriterion::getCode)
                .filter(code -> !points.containsKey(code)).toList();
        if (!unscored.isEmpty()) {
            throw new ApiException(ProblemType.INVALID_STATE, "evaluation.unscored", unscored.size(),
                    String.join(", ", unscored));
        }
        BigDecimal total = tree.total(points);
        EvaluationRank rank = tree.rank(total);
        evaluation.status = EvaluationStatus.FINALISED;
        evaluation.totalScore = total;
        evaluation.rankCode = rank.getCode();
        evaluation.rankName = rank.getName();
        evaluation.finalisedAt = clock.now();
        evaluation.finalisedBy = caller.name();
        evaluation.finalisedOnce = true;
        flush();
        return evaluation;
    }

    public EvaluationEntity reopen(UUID id, String ifMatch, String reason) {
        EvaluationEntity evaluation = lockVisible(id);
        EntityTags.require(ifMatch, evaluation.version);
        EvaluationLifecycle.TABLE.require(EvaluationLifecycle.Action.REOPEN, evaluation.status);
        if (!units.path(evaluation.organizationId).map(units::isCoordinatorOver).orElse(false)) {
            throw new ApiException(ProblemType.FORBIDDEN, "evaluation.not-province-coordinator");
        }
        EvaluationReopeningEntity reopening = new EvaluationReopeningEntity();
        reopening.id = UUID.randomUUID();
        reopening.evaluationId = evaluation.id;
        reopening.reason = reason;
        reopening.reopenedBy = caller.name();
        reopening.reopenedById = caller.id();
        reopening.reopenedAt = clock.now();
        reopening.previousTotal = evaluation.totalScore;
        reopening.previousRankCode = evaluation.rankCode;
        reopening.previousRankName = evaluation.rankName;
        getEntityManager().persist(reopening);
        evaluation.status = EvaluationStatus.OPEN;
        evaluation.totalScore = null;
        evaluation.rankCode = null;
        evaluation.rankName = null;
        evaluation.finalisedAt = null;
        evaluation.finalisedBy = null;
        flush();
        return evaluation;
    }

    /** The evaluation to attach evidence to: open, and the caller is the unit or its superior. */
    public EvaluationEntity forAttachment(UUID id) {
        EvaluationEntity evaluation = get(id);
        EvaluationLifecycle.TABLE.require(EvaluationLifecycle.Action.ATTACH, evaluation.status);
        if (!units.actsAsUnit(evaluation.organizationId) && !units.actsAsSuperior(evaluation.organizationId)) {
            throw new ApiException(ProblemType.FORBIDDEN, "evaluation.not-a-party");
        }
        return evaluation;
    }

    public List<EvaluationScoreEntity> scoresOf(UUID evaluationId) {
        return getEntityManager().createQuery("from EvaluationScoreEntity s where s.evaluationId = :evaluation",
                EvaluationScoreEntity.class).setParameter("evaluation", evaluationId).getResultList();
    }

    /** The scores of a page of evaluations, by evaluation: one query for the page. */
    public Map<UUID, List<EvaluationScoreEntity>> scoresOf(java.util.Collection<UUID> evaluationIds) {
        if (evaluationIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("from EvaluationScoreEntity s where s.evaluationId in :evaluations",
                        EvaluationScoreEntity.class).setParameter("evaluations", evaluationIds).getResultList().stream()
                .collect(Collectors.groupingBy(s -> s.evaluationId));
    }

    /** The reopenings of a page of evaluations, by evaluation, each in the order they happened: one query. */
    public Map<UUID, List<EvaluationReopeningEntity>> reopeningsOf(java.util.Collection<UUID> evaluationIds) {
        if (evaluationIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("from EvaluationReopeningEntity r where r.evaluationId in :evaluations"
                        + " order by r.reopenedAt, r.id", EvaluationReopeningEntity.class)
                .setParameter("evaluations", evaluationIds).getResultList().stream()
                .collect(Collectors.groupingBy(r -> r.evaluationId));
    }

    public List<EvaluationReopeningEntity> reopeningsOf(UUID evaluationId) {
        return getEntityManager().createQuery("from EvaluationReopeningEntity r where r.evaluationId = :evaluation"
                        + " order by r.reopenedAt, r.id", EvaluationReopeningEntity.class)
                .setParameter("evaluation", evaluationId).getResultList();
    }

    private Map<String, BigDecimal> points(UUID evaluationId) {
        Map<String, BigDecimal> points = new HashMap<>();
        scoresOf(evaluationId).forEach(s -> points.put(s.criterionCode, s.points));
        return points;
    }

    Evidence evidence(EvaluationScoreEntity score) {
        try {
            return json.readValue(score.evidence, Evidence.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Score " + score.id + " holds unreadable evidence", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A score's evidence as stored: files attached to the evaluation and links to records. */
    public record Evidence(List<UUID> attachmentIds, List<vn.danvan.api.model.RecordLink> links) {
    }
}
