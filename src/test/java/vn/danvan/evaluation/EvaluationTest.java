package vn.danvan.evaluation;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.danvan.support.MariaDbTestResource;
import vn.danvan.support.Parallel;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

/**
 * Đánh giá, xếp loại: the commune scores its own part with evidence, the superior scores the rest, the superior
 * finalises (final score capped by the maxima, rank from the thresholds, locked), a coordinator reopens it with a
 * recorded reason; every bad input is refused with a problem and changes nothing.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class EvaluationTest extends EvaluationFixtures {

    @BeforeEach
    void province() {
        setUpProvince();
        issueSet();
    }

    @Test
    void theUnitAndItsSuperiorScoreTheSuperiorFinalisesAndACoordinatorReopensWithAReason() {
        String evaluation = open(commune);
        String path = EVALUATIONS + "/" + evaluation;
        as(communeOfficer).get(path).then().statusCode(200).header("ETag", "\"0\"")
                .body("status", equalTo("OPEN")).body("criteriaSetVersion", equalTo(1))
                .body("unscoredCriteria", contains("TC1.1", "TC1.2", "TC2", "TC3.1", "TC3.2"))
                .body("totalScore", points(0)).body("maxTotal", points(100));

        // Evidence: a file attached to the evaluation, cited by the score.
        String file = as(communeOfficer).contentType("application/pdf").body(PDF)
                .post(path + "/attachments?fileName=Ke-hoach-12-KH-UBND.pdf").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> withFile = score("TC1.1", 9.5);
        withFile.put("evidenceAttachmentIds", List.of(file));
        withFile.put("evidenceLinks", List.of(Map.of("type", "TASK", "id", java.util.UUID.randomUUID().toString())));
        scoreAs(communeOfficer, evaluation, "SELF", List.of(withFile, score("TC2", 45))).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("scores.criterionCode", contains("TC1.1", "TC2"))
                .body("scores[0].evidenceAttachmentIds", contains(file))
                .body("scores[0].evidenceLinks[0].type", equalTo("TASK"))
                .body("scores[0].party", equalTo("SELF"))
                .body("selfTotal", points(54.5));
        // The province's people's committee is the commune's superior: TC3.1 + TC3.2 = 35, capped at TC3's 30.
        scoreAs(provinceOfficer, evaluation, "SUPERIOR", List.of(score("TC1.2", 8), score("TC3.1", 20),
                score("TC3.2", 15))).then().statusCode(200)
                .body("superiorTotal", points(43)).body("totalScore", points(92.5))
                .body("unscoredCriteria", hasSize(0));

        as(coordinator).header("If-Match", "\"2\"").post(path + "/finalization").then().statusCode(200)
                .header("ETag", "\"3\"")
                .body("status", equalTo("FINALISED")).body("totalScore", points(92.5))
                .body("rank.code", equalTo("EXCELLENT")).body("rank.name", equalTo("Xuất sắc"))
                .body("finalisedBy", org.hamcrest.Matchers.notNullValue()).body("finalisedAt", org.hamcrest.Matchers.notNullValue());

        // Locked: no score, no file, no second finalisation.
        scoreAs(communeOfficer, evaluation, "SELF", List.of(score("TC2", 50))).then().statusCode(409)
                .body("type", equalTo("urn:danvan:problem:invalid-state"));
        as(communeOfficer).contentType("application/pdf").body(PDF).post(path + "/attachments?fileName=them.pdf")
                .then().statusCode(409);
        as(communeOfficer).get(path).then().body("scores.find { it.criterionCode == 'TC2' }.points", points(45));

        // Reopened with its reason: recorded, out of the ranking until finalised again.
        as(communeOfficer).header("If-Match", "\"3\"").body(Map.of("reason", "Bổ sung minh chứng"))
                .post(path + "/reopenings").then().statusCode(403);
        as(coordinator).header("If-Match", "\"3\"").body(Map.of("reason", "Bổ sung minh chứng tiêu chí 2 theo kiến nghị của xã"))
                .post(path + "/reopenings").then().statusCode(200)
                .body("status", equalTo("OPEN")).body("$", not(hasKey("rank")))
                .body("reopenings", hasSize(1))
                .body("reopenings[0].reason", equalTo("Bổ sung minh chứng tiêu chí 2 theo kiến nghị của xã"))
                .body("reopenings[0].previousTotal", points(92.5))
                .body("reopenings[0].previousRank.code", equalTo("EXCELLENT"));
        as(coordinator).get("/api/v1/evaluation-ranking?provinceId=" + province + "&year=" + YEAR).then()
                .statusCode(200).body("items", hasSize(0)).body("openCount", equalTo(1));
        scoreAs(communeOfficer, evaluation, "SELF", List.of(score("TC2", 30))).then().statusCode(200);
        finalise(coordinator, evaluation).then().statusCode(200)
                .body("totalScore", points(77.5)).body("rank.code", equalTo("COMPLETED"));

        // The list reads a page's scores and reopenings at once: it shows the evaluation as the single read does.
        Map<String, Object> one = as(coordinator).get(path).then().statusCode(200).extract().jsonPath().getMap("$");
        Map<String, Object> listed = as(coordinator).queryParam("provinceId", province).queryParam("year", YEAR)
                .get(EVALUATIONS).then().statusCode(200).extract().jsonPath()
                .getMap("items.find { it.id == '" + evaluation + "' }");
        assertEquals(one, listed);
        assertEquals(5, ((List<?>) listed.get("scores")).size());
        assertEquals(1, ((List<?>) listed.get("reopenings")).size());

        as(communeOfficer).get(path + "/history").then().statusCode(200)
                .body("items.changes.flatten().field", hasItem("status"))
                .body("items[0].changes.find { it.field == 'totalScore' }.newValue", containsString("77.5"));
    }

    @Test
    void scoresAboveTheMaximumOfAnotherProvincesCriteriaOrOfTheOtherPartyAreRefusedAndChangeNothing() {
        String evaluation = open(commune);
        String path = EVALUATIONS + "/" + evaluation;
        scoreAs(communeOfficer, evaluation, "SELF", List.of(score("TC2", 50.5))).then().statusCode(400)
                .body("errors.field", contains("scores[0].points"))
                .body("errors[0].code", equalTo("AboveMaximum"))
                .body("errors[0].message", containsString("50"));
        // A criterion only another province's set has.
        String otherProvince = createProvince(unique("UBND tỉnh khác"));
        Map<String, Object> foreignSet = set(otherProvince, YEAR);
        foreignSet.put("criteria", List.of(leaf("X9", 100, "SELF", false)));
        String foreignSetId = api().body(foreignSet).post(SETS).then().statusCode(201).extract().path("id");
        scoreAs(communeOfficer, evaluation, "SELF", List.of(score("X9", 5))).then().statusCode(400)
                .body("errors.field", contains("scores[0].criterionCode"))
                .body("errors[0].code", equalTo("UnknownCriterion"));
        as(coordinator).body(Map.of("organizationId", otherCommune, "year", YEAR, "criteriaSetId", foreignSetId))
                .post(EVALUATIONS).then().statusCode(400).body("errors.field", contains("criteriaSetId"));
        // The superior's criterion scored as the unit's own, and evidence missing where the set requires it.
        scoreAs(communeOfficer, evaluation, "SELF", List.of(score("TC3.1", 5), score("TC1.1", 5))).then()
                .statusCode(400)
                .body("errors.code", containsInAnyOrder("OtherParty", "EvidenceRequired"));
        // Points take at most two decimals.
        scoreAs(communeOfficer, evaluation, "SELF", List.of(score("TC2", 5.001))).then().statusCode(400)
                .body("errors[0].code", equalTo("Digits"));
        as(communeOfficer).get(path).then().header("ETag", "\"0\"").body("scores", hasSize(0));
    }

    @Test
    void aUnitNeverScoresItsSuperiorsPartAndNoOneReadsOrScoresAnotherCommunesEvaluation() {
        String evaluation = open(commune);
        String path = EVALUATIONS + "/" + evaluation;
        scoreAs(communeOfficer, evaluation, "SUPERIOR", List.of(score("TC1.2", 10))).then().statusCode(403)
                .body("type", equalTo("urn:danvan:problem:forbidden"));
        // The coordinator works in the department: it is not the commune, so it does not self-score for it.
        scoreAs(coordinator, evaluation, "SELF", List.of(score("TC2", 10))).then().statusCode(403);
        finalise(communeOfficer, evaluation).then().statusCode(403);

        as(otherCommuneOfficer).get(path).then().statusCode(404);
        as(otherCommuneOfficer).get(path + "/history").then().statusCode(404);
        as(otherCommuneOfficer).get(path + "/attachments").then().statusCode(404);
        as(otherCommuneOfficer).header("If-Match", "\"0\"").body(Map.of("party", "SELF", "scores",
                List.of(score("TC2", 10)))).put(path + "/scores").then().statusCode(404);
        as(otherCommuneOfficer).get(EVALUATIONS + "?year=" + YEAR).then().statusCode(200).body("items", hasSize(0));
        as(communeOfficer).get(EVALUATIONS + "?year=" + YEAR).then().statusCode(200).body("items.id", contains(evaluation));

        // Without If-Match 428, with a stale one 412; nothing changed.
        as(communeOfficer).header(vn.danvan.support.ContractValidationFilter.INVALID_REQUEST, "true")
                .body(Map.of("party", "SELF", "scores", List.of(score("TC2", 10)))).put(path + "/scores")
                .then().statusCode(428);
        as(communeOfficer).header("If-Match", "\"7\"").body(Map.of("party", "SELF", "scores",
                List.of(score("TC2", 10)))).put(path + "/scores").then().statusCode(412);
        as(communeOfficer).get(path).then().header("ETag", "\"0\"").body("scores", hasSize(0));
    }

    @Test
    void finalisingWithCriteriaUnscoredIsRefusedNamingThemAndAYearWithoutCriteriaCannotBeOpened() {
        String evaluation = open(commune);
        scoreAs(communeOfficer, evaluation, "SELF", List.of(score("TC2", 40))).then().statusCode(200);
        finalise(coordinator, evaluation).then().statusCode(409)
                .body("type", equalTo("urn:danvan:problem:invalid-state"))
                .body("detail", containsString("TC1.1, TC1.2, TC3.1, TC3.2"));
        as(communeOfficer).get(EVALUATIONS + "/" + evaluation).then().body("status", equalTo("OPEN"))
                .body("$", not(hasKey("finalisedAt")));

        as(coordinator).body(Map.of("organizationId", commune, "year", YEAR + 1)).post(EVALUATIONS).then()
                .statusCode(400).body("errors.field", contains("year")).body("errors[0].code", equalTo("NoCriteriaSet"));
        as(coordinator).body(Map.of("organizationId", commune, "year", YEAR)).post(EVALUATIONS).then().statusCode(409);
        as(communeOfficer).body(Map.of("organizationId", commune, "year", YEAR)).post(EVALUATIONS).then().statusCode(403);
        as(coordinator).get(EVALUATIONS + "?organizationId=" + commune).then().body("items", hasSize(1));
    }

    @Test
    void twoFinalisationsSentAtOnceFinaliseOnceAndTheOtherIsRefused() {
        String evaluation = open(commune);
        scoreFully(evaluation, communeOfficer, 10, 40, 10, 20, 10);
        String tag = etag(coordinator, EVALUATIONS + "/" + evaluation);
        List<Integer> statuses = Parallel.run(2, i -> as(coordinator).header("If-Match", tag)
                .post(EVALUATIONS + "/" + evaluation + "/finalization").then().extract().statusCode());
        assertThat(statuses, containsInAnyOrder(200, 412));
        String next = "\"" + (Long.parseLong(tag.replace("\"", "")) + 1) + "\"";
        as(coordinator).get(EVALUATIONS + "/" + evaluation).then().header("ETag", next)
                .body("status", equalTo("FINALISED")).body("totalScore", points(90));
        as(coordinator).get(EVALUATIONS + "/" + evaluation + "/history").then()
                .body("items.findAll { it.changes.find { c -> c.field == 'status' && c.newValue == 'FINALISED' } }",
                        hasSize(1));
    }

    @Test
    void theRankingPlacesEqualScoresTogetherOrdersThemByNameAndShowsACommuneOnlyItsOwnRow() {
        String third = createChild(province, unique("UBND xã Cát"), "COMMUNE_PEOPLES_COMMITTEE");
        String fourth = createChild(province, unique("UBND xã Đông"), "COMMUNE_PEOPLES_COMMITTEE");
        String a = open(commune);
        String b = open(otherCommune);
        String c = open(third);
        open(fourth); // still open: counted, not ranked
        scoreFully(a, communeOfficer, 10, 40, 10, 20, 5);          // 85
        scoreFully(b, otherCommuneOfficer, 10, 50, 10, 20, 20);   // 100
        scoreFully(c, tokenFor("OFFICER", third), 10, 40, 10, 15, 10); // 85
        for (String evaluation : List.of(a, b, c)) {
            finalise(coordinator, evaluation).then().statusCode(200);
        }
        as(coordinator).get("/api/v1/evaluation-ranking?provinceId=" + province + "&year=" + YEAR).then()
                .statusCode(200).body("openCount", equalTo(1))
                .body("items.evaluationId", contains(b, a, c))
                .body("items.position", contains(1, 2, 2))
                .body("items.rank.code", contains("EXCELLENT", "GOOD", "GOOD"));
        as(otherCommuneOfficer).get("/api/v1/evaluation-ranking?provinceId=" + province + "&year=" + YEAR).then()
                .statusCode(200).body("items.evaluationId", contains(b)).body("items[0].position", equalTo(1));
        as(tokenFor("OFFICER", third)).get("/api/v1/evaluation-ranking?provinceId=" + province + "&year=" + YEAR)
                .then().body("items.position", contains(2));
        as(tokenFor("COORDINATOR", createProvince(unique("UBND tỉnh khác"))))
                .get("/api/v1/evaluation-ranking?provinceId=" + province + "&year=" + YEAR).then().statusCode(404);
    }
}
