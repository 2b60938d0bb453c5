package vn.danvan.evaluation;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.danvan.support.MariaDbTestResource;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * Bộ tiêu chí đánh giá: a province's coordinators issue the criteria set of a year as data (a tree with maxima, evidence,
 * who scores what, rank thresholds); issuing again makes the next version, the current one; a version is corrected
 * until an evaluation scored against it is finalised, then only a new version may follow.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class EvaluationCriteriaSetTest extends EvaluationFixtures {

    @BeforeEach
    void province() {
        setUpProvince();
    }

    @Test
    void coordinatorsIssueASetAsDataAndIssuingAgainMakesTheNextVersionCurrent() {
        String first = as(coordinator).body(set(province, YEAR)).post(SETS).then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("setVersion", equalTo(1)).body("current", equalTo(true)).body("inUse", equalTo(false))
                .body("maxTotal", equalTo(100))
                .body("criteria.code", contains("TC1", "TC2", "TC3"))
                .body("criteria[0].subCriteria.scoredBy", contains("SELF", "SUPERIOR"))
                .body("criteria[0].subCriteria[0].evidenceRequired", equalTo(true))
                .body("rankThresholds.code", contains("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED"))
                .extract().path("id");
        String second = as(coordinator).body(set(province, YEAR)).post(SETS).then().statusCode(201)
                .body("setVersion", equalTo(2)).body("current", equalTo(true)).extract().path("id");
        as(communeOfficer).get(SETS + "/" + first).then().statusCode(200).body("current", equalTo(false));
        as(communeOfficer).get(SETS + "?provinceId=" + province + "&year=" + YEAR).then().statusCode(200)
                .body("items.id", contains(second, first));

        // Officials read their province's sets but do not issue them; another province does not see them at all.
        as(communeOfficer).body(set(province, YEAR)).post(SETS).then().statusCode(403);
        String elsewhere = tokenFor("COORDINATOR", createProvince(unique("UBND tỉnh khác")));
        as(elsewhere).get(SETS + "/" + first).then().statusCode(404);
        as(elsewhere).body(set(province, YEAR)).post(SETS).then().statusCode(400)
                .body("errors.field", contains("provinceId"));
        as(elsewhere).get(SETS + "?provinceId=" + province).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aSetWithBrokenMaximaPartiesOrThresholdsIsRefusedNamingTheFieldAndNothingIsIssued() {
        Map<String, Object> body = set(province, YEAR);
        body.put("criteria", List.of(
                parent("TC1", 20, List.of(leaf("TC1.1", 25, "SELF", false), leaf("TC1.1", 5, "SELF", false))),
                Map.of("code", "TC2", "name", "Không ghi bên chấm", "maxPoints", 80)));
        body.put("rankThresholds", List.of(Map.of("code", "GOOD", "name", "Tốt", "minScore", 80),
                Map.of("code", "TOO_HIGH", "name", "Quá cao", "minScore", 150)));
        as(coordinator).body(body).post(SETS).then().statusCode(400)
                .body("type", equalTo("urn:danvan:problem:validation-failed"))
                .body("errors.field", hasItem("criteria[0].subCriteria[0].maxPoints"))
                .body("errors.field", hasItem("criteria[0].subCriteria[1].code"))
                .body("errors.field", hasItem("criteria[1].scoredBy"))
                .body("errors.field", hasItem("rankThresholds[1].minScore"))
                .body("errors.field", hasItem("rankThresholds"));
        as(coordinator).get(SETS + "?provinceId=" + province).then().body("items", hasSize(0));
    }

    @Test
    void aSetIsCorrectedUntilAnEvaluationScoredAgainstItIsFinalisedThenOnlyANewVersionFollows() {
        String set = issueSet();
        Map<String, Object> correction = set(province, YEAR);
        correction.remove("provinceId");
        correction.remove("year");
        correction.put("title", "Bộ tiêu chí năm 2026 (sửa đổi)");
        as(coordinator).header(vn.danvan.support.ContractValidationFilter.INVALID_REQUEST, "true").body(correction)
                .put(SETS + "/" + set).then().statusCode(428);
        as(coordinator).header("If-Match", "\"0\"").body(correction).put(SETS + "/" + set).then().statusCode(200)
                .header("ETag", "\"1\"").body("title", equalTo("Bộ tiêu chí năm 2026 (sửa đổi)"));
        as(coordinator).header("If-Match", "\"0\"").body(correction).put(SETS + "/" + set).then().statusCode(412);

        String evaluation = open(commune);
        scoreFully(evaluation, communeOfficer, 10, 45, 10, 20, 15);
        finalise(coordinator, evaluation).then().statusCode(200);

        as(coordinator).get(SETS + "/" + set).then().body("inUse", equalTo(true));
        correction.put("title", "Sửa sau khi đã chốt");
        as(coordinator).header("If-Match", "\"1\"").body(correction).put(SETS + "/" + set).then().statusCode(409)
                .body("type", equalTo("urn:danvan:problem:conflict"));
        as(coordinator).get(SETS + "/" + set).then().body("title", equalTo("Bộ tiêu chí năm 2026 (sửa đổi)"));
        as(coordinator).body(set(province, YEAR)).post(SETS).then().statusCode(201).body("setVersion", equalTo(2));

        as(communeOfficer).get(SETS + "/" + set + "/history").then().statusCode(200)
                .body("items.action", contains("UPDATED", "CREATED"))
                .body("items[0].changes.field", hasItem("title"));
    }
}
