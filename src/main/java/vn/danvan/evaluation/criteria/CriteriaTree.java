package vn.danvan.evaluation.criteria;

import vn.danvan.api.model.EvaluationCriterion;
import vn.danvan.api.model.EvaluationRank;
import vn.danvan.api.model.RankThreshold;
import vn.danvan.platform.error.FieldViolation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a criteria tree, without a database: what makes a set valid, its leaves (what is scored), its highest
 * total, a total from the leaves' points (each criterion capped at its maximum: a parent counts the sum of its
 * sub-criteria up to its own maximum) and the rank a total earns.
 */
public record CriteriaTree(List<EvaluationCriterion> criteria, List<RankThreshold> thresholds) {

    static final int MAX_DEPTH = 3;

    /** The refusals of a set's content, each naming its field (`criteria[1].subCriteria[0].maxPoints`). */
    public List<FieldViolation> violations() {
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        check(criteria, "criteria", null, 1, codes, violations);
        Set<String> rankCodes = new HashSet<>();
        Set<BigDecimal> minima = new HashSet<>();
        boolean hasZero = false;
        BigDecimal max = maxTotal();
        for (int i = 0; i < thresholds.size(); i++) {
            RankThreshold threshold = thresholds.get(i);
            String field = "rankThresholds[" + i + "]";
            if (!rankCodes.add(threshold.getCode())) {
                violations.add(FieldViolation.of(field + ".code", "Duplicate", "evaluation.rank-code-repeated",
                        threshold.getCode()));
            }
            if (!minima.add(threshold.getMinScore().stripTrailingZeros())) {
                violations.add(FieldViolation.of(field + ".minScore", "Duplicate", "evaluation.rank-minimum-repeated",
                        threshold.getMinScore().toPlainString()));
            }
            if (threshold.getMinScore().signum() == 0) {
                hasZero = true;
            }
            if (threshold.getMinScore().compareTo(max) > 0) {
                violations.add(FieldViolation.of(field + ".minScore", "Range", "evaluation.rank-above-total",
                        threshold.getMinScore().toPlainString(), max.toPlainString()));
            }
        }
        if (!hasZero) {
            violations.add(FieldViolation.of("rankThresholds", "NoLowestRank", "evaluation.rank-from-zero"));
        }
        return violations;
    }

    private static void check(List<EvaluationCriterion> level, String field, EvaluationCriterion parent, int depth,
                              Set<String> codes, List<FieldViolation> violations) {
        for (int i = 0; i < level.size(); i++) {
            EvaluationCriterion criterion = level.get(i);
            String here = field + "[" + i + "]";
            if (!codes.add(criterion.getCode())) {
                violations.add(FieldViolation.of(here + ".code", "Duplicate", "evaluation.criterion-code-repeated",
                        criterion.getCode()));
            }
            if (scale(criterion.getMaxPoints()) > 2) {
                violations.add(FieldViolation.of(here + ".maxPoints", "Digits", "evaluation.points-precision"));
            }
            if (parent != null && criterion.getMaxPoints().compareTo(parent.getMaxPoints()) > 0) {
                violations.add(FieldViolation.of(here + ".maxPoints", "Range", "evaluation.sub-criterion-above-parent",
                        criterion.getMaxPoints().toPlainString(), parent.getCode(), parent.getMaxPoints().toPlainString()));
            }
            List<EvaluationCriterion> children = subCriteria(criterion);
            if (children.isEmpty()) {
                if (criterion.getScoredBy() == null) {
                    violations.add(FieldViolation.of(here + ".scoredBy", "NotNull", "evaluation.leaf-needs-party",
                            criterion.getCode()));
                }
            } else if (depth >= MAX_DEPTH) {
                violations.add(FieldViolation.of(here + ".subCriteria", "Depth", "evaluation.criteria-too-deep", MAX_DEPTH));
            } else {
                check(children, here + ".subCriteria", criterion, depth + 1, codes, violations);
            }
        }
    }

    /** The leaves (the criteria scored directly), in the set's order. */
    public List<EvaluationCriterion> leaves() {
        List<EvaluationCriterion> leaves = new ArrayList<>();
        collect(criteria, leaves);
        return leaves;
    }

    private static void collect(List<EvaluationCriterion> level, List<EvaluationCriterion> leaves) {
        for (EvaluationCriterion criterion : level) {
            if (subCriteria(criterion).isEmpty()) {
                leaves.add(criterion);
            } else {
                collect(subCriteria(criterion), leaves);
            }
        }
    }

    /** The highest possible total: the sum of the top-level maxima. */
    public BigDecimal maxTotal() {
        return criteria.stream().map(EvaluationCriterion::getMaxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The total of the leaves' points, each criterion capped at its maximum; unscored leaves count 0. */
    public BigDecimal total(Map<String, BigDecimal> pointsByLeaf) {
        return criteria.stream().map(c -> value(c, pointsByLeaf)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal value(EvaluationCriterion criterion, Map<String, BigDecimal> pointsByLeaf) {
        List<EvaluationCriterion> children = subCriteria(criterion);
        BigDecimal raw = children.isEmpty() ? pointsByLeaf.getOrDefault(criterion.getCode(), BigDecimal.ZERO)
                : children.stream().map(c -> value(c, pointsByLeaf)).reduce(BigDecimal.ZERO, BigDecimal::add);
        return raw.min(criterion.getMaxPoints());
    }

    /** The highest rank whose minimum the total reaches (a valid set always has one from 0). */
    public EvaluationRank rank(BigDecimal total) {
        return thresholds.stream().filter(t -> t.getMinScore().compareTo(total) <= 0)
                .max(Comparator.comparing(RankThreshold::getMinScore))
                .map(t -> new EvaluationRank().code(t.getCode()).name(t.getName()))
                .orElseThrow(() -> new IllegalStateException("A criteria set without a rank from 0"));
    }

    /** The thresholds, highest first. */
    public List<RankThreshold> thresholdsHighestFirst() {
        return thresholds.stream().sorted(Comparator.comparing(RankThreshold::getMinScore).reversed()).toList();
    }

    static List<EvaluationCriterion> subCriteria(EvaluationCriterion criterion) {
        return criterion.getSubCriteria() == null ? List.of() : criterion.getSubCriteria();
    }

    static int scale(BigDecimal value) {
        return value.stripTrailingZeros().scale();
    }
}
