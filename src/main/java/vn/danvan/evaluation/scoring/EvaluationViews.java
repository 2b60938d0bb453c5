package vn.danvan.evaluation.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.Evaluation;
import vn.danvan.api.model.EvaluationCriterion;
import vn.danvan.api.model.EvaluationParty;
import vn.danvan.api.model.EvaluationRank;
import vn.danvan.api.model.EvaluationReopening;
import vn.danvan.api.model.EvaluationScore;
import vn.danvan.evaluation.criteria.CriteriaSetEntity;
import vn.danvan.evaluation.criteria.CriteriaSets;
import vn.danvan.evaluation.criteria.CriteriaTree;
import vn.danvan.evaluation.units.EvaluationUnits;
import vn.danvan.platform.mapping.TimeMappings;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An evaluation as the contract shows it: its scores in the set's order, the running totals (the final ones once
 * finalised), what is still unscored, and its reopenings.
 */
@ApplicationScoped
public class EvaluationViews {

    private final Evaluations evaluations;
    private final CriteriaSets sets;
    private final EvaluationUnits units;

    EvaluationViews(Evaluations evaluations, CriteriaSets sets, EvaluationUnits units) {
        this.evaluations = evaluations;
        this.sets = sets;
        this.units = units;
    }

    /** A page of evaluations: their units' names, sets, scores and reopenings read once for the page, not per row. */
    public List<Evaluation> of(List<EvaluationEntity> page) {
        List<java.util.UUID> ids = page.stream().map(e -> e.id).toList();
        Map<java.util.UUID, String> names = units.names(page.stream().map(e -> e.organizationId).toList());
        Map<java.util.UUID, List<EvaluationScoreEntity>> scores = evaluations.scoresOf(ids);
        Map<java.util.UUID, List<EvaluationReopeningEntity>> reopenings = evaluations.reopeningsOf(ids);
        Map<java.util.UUID, CriteriaSetEntity> setsById = new HashMap<>();
        Map<java.util.UUID, CriteriaTree> trees = new HashMap<>();
        return page.stream().map(e -> {
            CriteriaSetEntity set = setsById.computeIfAbsent(e.criteriaSetId, sets::findById);
            return of(e, names.getOrDefault(e.organizationId, ""), set, trees.computeIfAbsent(set.id, id -> sets.tree(set)),
                    scores.getOrDefault(e.id, List.of()), reopenings.getOrDefault(e.id, List.of()));
        }).toList();
    }

    public Evaluation of(EvaluationEntity evaluation) {
        CriteriaSetEntity set = sets.findById(evaluation.criteriaSetId);
        return of(evaluation, units.name(evaluation.organizationId), set, sets.tree(set),
                evaluations.scoresOf(evaluation.id), evaluations.reopeningsOf(evaluation.id));
    }

    private Evaluation of(EvaluationEntity evaluation, String organizationName, CriteriaSetEntity set, CriteriaTree tree,
                          List<EvaluationScoreEntity> scoreRows, List<EvaluationReopeningEntity> reopenings) {
        List<EvaluationCriterion> leaves = tree.leaves();
        Map<String, EvaluationScoreEntity> scores = scoreRows.stream()
                .collect(Collectors.toMap(s -> s.criterionCode, Function.identity()));
        Map<String, BigDecimal> points = new HashMap<>();
        BigDecimal self = BigDecimal.ZERO;
        BigDecimal superior = BigDecimal.ZERO;
        List<EvaluationScore> shown = new java.util.ArrayList<>();
        for (EvaluationCriterion leaf : leaves) {
            EvaluationScoreEntity score = scores.get(leaf.getCode());
            if (score == null) {
                continue;
            }
            points.put(leaf.getCode(), score.points);
            if (score.party == EvaluationParty.SELF) {
                self = self.add(score.points);
            } else {
                superior = superior.add(score.points);
            }
            Evaluations.Evidence evidence = evaluations.evidence(score);
            shown.add(new EvaluationScore().criterionCode(score.criterionCode).party(score.party).points(score.points)
                    .comment(score.comment).evidenceAttachmentIds(evidence.attachmentIds())
                    .evidenceLinks(evidence.links()).scoredBy(score.scoredBy)
                    .scoredAt(TimeMappings.toOffsetDateTime(score.scoredAt)));
        }
        BigDecimal total = evaluation.totalScore != null ? evaluation.totalScore : tree.total(points);
        return new Evaluation().id(evaluation.id).organizationId(evaluation.organizationId)
                .organizationName(organizationName).provinceId(evaluation.provinceId).year(evaluation.year)
                .criteriaSetId(set.id).criteriaSetVersion(set.setVersion).status(evaluation.status)
                .scores(shown).selfTotal(self).superiorTotal(superior).totalScore(total).maxTotal(tree.maxTotal())
                .rank(evaluation.rankCode == null ? null
                        : new EvaluationRank().code(evaluation.rankCode).name(evaluation.rankName))
                .unscoredCriteria(leaves.stream().map(EvaluationCriterion::getCode)
                        .filter(code -> !scores.containsKey(code)).toList())
                .finalisedAt(TimeMappings.toOffsetDateTime(evaluation.finalisedAt)).finalisedBy(evaluation.finalisedBy)
                .reopenings(reopenings.stream().map(EvaluationViews::reopening).toList())
                .createdAt(TimeMappings.toOffsetDateTime(evaluation.createdAt))
                .updatedAt(TimeMappings.toOffsetDateTime(evaluation.updatedAt)).version(evaluation.version);
    }

    private static EvaluationReopening reopening(EvaluationReopeningEntity r) {
        return new EvaluationReopening().id(r.id).reason(r.reason).reopenedBy(r.reopenedBy)
                .reopenedAt(TimeMappings.toOffsetDateTime(r.reopenedAt)).previousTotal(r.previousTotal)
                .previousRank(new EvaluationRank().code(r.previousRankCode).name(r.previousRankName));
    }
}
