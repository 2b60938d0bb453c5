package vn.danvan.evaluation.criteria;

import org.junit.jupiter.api.Test;
import vn.danvan.api.model.EvaluationCriterion;
import vn.danvan.api.model.EvaluationParty;
import vn.danvan.api.model.RankThreshold;
import vn.danvan.platform.error.FieldViolation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rules of a criteria tree: valid sets, capped totals, ranks from thresholds. */
class CriteriaTreeTest {

    static EvaluationCriterion leaf(String code, int max) {
        return new EvaluationCriterion().code(code).name(code).maxPoints(BigDecimal.valueOf(max))
                .scoredBy(EvaluationParty.SELF);
    }

    static RankThreshold rank(String code, int min) {
        return new RankThreshold().code(code).name(code).minScore(BigDecimal.valueOf(min));
    }

    static final CriteriaTree TREE = new CriteriaTree(List.of(
            new EvaluationCriterion().code("A").name("A").maxPoints(BigDecimal.valueOf(30))
                    .subCriteria(List.of(leaf("A.1", 20), leaf("A.2", 20))),
            leaf("B", 70)),
            List.of(rank("GOOD", 80), rank("EXCELLENT", 90), rank("DONE", 50), rank("NOT_DONE", 0)));

    @Test
    void aParentCountsItsSubCriteriaUpToItsOwnMaximum() {
        assertEquals(0, new BigDecimal("100").compareTo(TREE.maxTotal()));
        assertEquals(0, new BigDecimal("95").compareTo(TREE.total(Map.of("A.1", new BigDecimal("20"),
                "A.2", new BigDecimal("15"), "B", new BigDecimal("65")))));
        assertEquals(0, new BigDecimal("25.5").compareTo(TREE.total(Map.of("A.1", new BigDecimal("10.5"),
                "A.2", new BigDecimal("15")))));
        assertEquals(List.of("A.1", "A.2", "B"), TREE.leaves().stream().map(EvaluationCriterion::getCode).toList());
    }

    @Test
    void theRankIsTheHighestThresholdReached() {
        assertEquals("EXCELLENT", TREE.rank(new BigDecimal("90")).getCode());
        assertEquals("GOOD", TREE.rank(new BigDecimal("89.99")).getCode());
        assertEquals("DONE", TREE.rank(new BigDecimal("50")).getCode());
        assertEquals("NOT_DONE", TREE.rank(BigDecimal.ZERO).getCode());
        assertEquals(List.of("EXCELLENT", "GOOD", "DONE", "NOT_DONE"),
                TREE.thresholdsHighestFirst().stream().map(RankThreshold::getCode).toList());
    }

    @Test
    void aValidSetHasNoViolationsAndEachFaultIsNamedByItsField() {
        assertEquals(List.of(), TREE.violations());
        CriteriaTree broken = new CriteriaTree(List.of(
                new EvaluationCriterion().code("A").name("A").maxPoints(BigDecimal.TEN)
                        .subCriteria(List.of(leaf("A.1", 20), new EvaluationCriterion().code("A").name("x")
                                .maxPoints(new BigDecimal("1.005"))))),
                List.of(rank("GOOD", 80), rank("GOOD", 80)));
        assertEquals(List.of("criteria[0].subCriteria[0].maxPoints", "criteria[0].subCriteria[1].code",
                        "criteria[0].subCriteria[1].maxPoints", "criteria[0].subCriteria[1].scoredBy",
                        "rankThresholds[0].minScore", "rankThresholds[1].code", "rankThresholds[1].minScore",
                        "rankThresholds[1].minScore", "rankThresholds"),
                broken.violations().stream().map(FieldViolation::field).toList());
    }

    @Test
    void criteriaAreDividedIntoAtMostThreeLevels() {
        EvaluationCriterion fourth = leaf("D", 1);
        EvaluationCriterion third = new EvaluationCriterion().code("C").name("C").maxPoints(BigDecimal.ONE)
                .subCriteria(List.of(fourth));
        EvaluationCriterion second = new EvaluationCriterion().code("B").name("B").maxPoints(BigDecimal.ONE)
                .subCriteria(List.of(third));
        EvaluationCriterion first = new EvaluationCriterion().code("A").name("A").maxPoints(BigDecimal.ONE)
                .subCriteria(List.of(second));
        assertEquals(List.of("criteria[0].subCriteria[0].subCriteria[0].subCriteria"),
                new CriteriaTree(List.of(first), List.of(rank("ALL", 0))).violations().stream()
                        .map(FieldViolation::field).toList());
    }
}
