package vn.danvan.evaluation;

import io.restassured.response.Response;
import vn.danvan.support.ApiTest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A province with its home-affairs department (the coordinators), two communes, and a criteria set for 2026:
 * TC1 (20: TC1.1 self-scored with evidence, TC1.2 by the superior), TC2 (50, self-scored), TC3 (30, by the superior,
 * through TC3.1 and TC3.2 of 20 each — the parent caps their sum at 30); ranks from 90, 80, 50 and 0.
 */
abstract class EvaluationFixtures extends ApiTest {

    static final String SETS = "/api/v1/evaluation-criteria-sets";
    static final String EVALUATIONS = "/api/v1/evaluations";
    static final String PLANS = "/api/v1/yearly-plans";
    static final int YEAR = 2026;
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    String province;
    String department;
    String commune;
    String otherCommune;
    String coordinator;
    String communeOfficer;
    String otherCommuneOfficer;
    String provinceOfficer;

    void setUpProvince() {
        province = createProvince(unique("UBND tỉnh"));
        department = createChild(province, unique("Sở Nội vụ"), "DEPARTMENT");
        commune = createChild(province, unique("UBND xã An"), "COMMUNE_PEOPLES_COMMITTEE");
        otherCommune = createChild(province, unique("UBND xã Bình"), "COMMUNE_PEOPLES_COMMITTEE");
        coordinator = tokenFor("COORDINATOR", department);
        communeOfficer = tokenFor("OFFICER", commune);
        otherCommuneOfficer = tokenFor("OFFICER", otherCommune);
        provinceOfficer = tokenFor("OFFICER", province);
    }

    static Map<String, Object> leaf(String code, int max, String party, boolean evidence) {
        return new HashMap<>(Map.of("code", code, "name", "Tiêu chí " + code, "maxPoints", max, "scoredBy", party,
                "evidenceRequired", evidence));
    }

    static Map<String, Object> parent(String code, int max, List<Map<String, Object>> subCriteria) {
        return new HashMap<>(Map.of("code", code, "name", "Tiêu chí " + code, "maxPoints", max,
                "subCriteria", subCriteria));
    }

    static List<Map<String, Object>> criteria() {
        return List.of(
                parent("TC1", 20, List.of(leaf("TC1.1", 10, "SELF", true), leaf("TC1.2", 10, "SUPERIOR", false))),
                leaf("TC2", 50, "SELF", false),
                parent("TC3", 30, List.of(leaf("TC3.1", 20, "SUPERIOR", false), leaf("TC3.2", 20, "SUPERIOR", false))));
    }

    static List<Map<String, Object>> thresholds() {
        return List.of(Map.of("code", "GOOD", "name", "Tốt", "minScore", 80),
                Map.of("code", "EXCELLENT", "name", "Xuất sắc", "minScore", 90),
                Map.of("code", "COMPLETED", "name", "Hoàn thành", "minScore", 50),
                Map.of("code", "NOT_COMPLETED", "name", "Không hoàn thành", "minScore", 0));
    }

    static Map<String, Object> set(String provinceId, int year) {
        return new HashMap<>(Map.of("provinceId", provinceId, "year", year,
                "title", "Bộ tiêu chí đánh giá công tác dân vận chính quyền năm " + year,
                "legalBasis", "Kế hoạch số 35/KH-UBND", "criteria", criteria(), "rankThresholds", thresholds()));
    }

    String issueSet() {
        return as(coordinator).body(set(province, YEAR)).post(SETS).then().statusCode(201).extract().path("id");
    }

    String open(String organizationId) {
        return as(coordinator).body(Map.of("organizationId", organizationId, "year", YEAR)).post(EVALUATIONS)
                .then().statusCode(201).extract().path("id");
    }

    static String etag(String token, String path) {
        return as(token).get(path).then().statusCode(200).extract().header("ETag");
    }

    static Map<String, Object> score(String code, double points) {
        return new HashMap<>(Map.of("criterionCode", code, "points", points, "comment", "Giải trình " + code));
    }

    Response scoreAs(String token, String evaluation, String party, List<Map<String, Object>> scores) {
        return as(token).header("If-Match", etag(token, EVALUATIONS + "/" + evaluation))
                .body(Map.of("party", party, "scores", scores)).put(EVALUATIONS + "/" + evaluation + "/scores");
    }

    /** The commune's own part (TC1.1 with a link as evidence, TC2) and the superior's (TC1.2, TC3.x). */
    void scoreFully(String evaluation, String unitToken, double tc11, double tc2, double tc12, double tc31, double tc32) {
        Map<String, Object> withEvidence = score("TC1.1", tc11);
        withEvidence.put("evidenceLinks", List.of(Map.of("type", "DIRECTIVE", "id", java.util.UUID.randomUUID().toString())));
        scoreAs(unitToken, evaluation, "SELF", List.of(withEvidence, score("TC2", tc2))).then().statusCode(200);
        scoreAs(coordinator, evaluation, "SUPERIOR", List.of(score("TC1.2", tc12), score("TC3.1", tc31),
                score("TC3.2", tc32))).then().statusCode(200);
    }

    /** A JSON number equal to {@code expected}, whether it came as 95, 95.0 or 95.00. */
    static org.hamcrest.Matcher<Object> points(double expected) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Number number && Math.abs(number.doubleValue() - expected) < 0.001;
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("the number " + expected);
            }
        };
    }

    Response finalise(String token, String evaluation) {
        return as(token).header("If-Match", etag(token, EVALUATIONS + "/" + evaluation))
                .post(EVALUATIONS + "/" + evaluation + "/finalization");
    }
}
