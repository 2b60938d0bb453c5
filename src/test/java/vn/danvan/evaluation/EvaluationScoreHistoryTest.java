package vn.danvan.evaluation;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.danvan.support.MariaDbTestResource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each score given or changed is in the evaluation's history (platform/audit), with who gave it; a refused one is not. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class EvaluationScoreHistoryTest extends EvaluationFixtures {

    @BeforeEach
    void province() {
        setUpProvince();
        issueSet();
    }

    private static JsonPath history(String token, String path) {
        return as(token).get(path + "/history").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, String> change(JsonPath history, int item, String field) {
        return history.getMap("items[" + item + "].changes.find { it.field == '" + field + "' }");
    }

    @Test
    void eachScoreGivenOrChangedIsAnEntryOfTheEvaluationsHistory() {
        String evaluation = open(commune);
        String path = EVALUATIONS + "/" + evaluation;
        int opened = history(coordinator, path).getList("items").size();

        scoreAs(communeOfficer, evaluation, "SELF", List.of(score("TC2", 45))).then().statusCode(200);
        JsonPath first = history(communeOfficer, path);
        assertEquals(opened + 1, first.getList("items").size());
        assertTrue(change(first, 0, "scores.points").get("newValue").startsWith("45"), first.prettify());
        assertEquals("TC2", change(first, 0, "scores.criterionCode").get("newValue"));
        assertEquals("SELF", change(first, 0, "scores.party").get("newValue"));

        // Re-scored: the old points and the new, by the official who changed them.
        Map<String, Object> lower = score("TC2", 40);
        lower.put("comment", "Điều chỉnh sau khi rà soát hồ sơ");
        scoreAs(communeOfficer, evaluation, "SELF", List.of(lower)).then().statusCode(200);
        JsonPath second = history(communeOfficer, path);
        assertEquals(opened + 2, second.getList("items").size());
        Map<String, String> points = change(second, 0, "scores.points");
        assertTrue(points.get("oldValue").startsWith("45") && points.get("newValue").startsWith("40"), points.toString());
        assertEquals("Điều chỉnh sau khi rà soát hồ sơ", change(second, 0, "scores.comment").get("newValue"));
        assertNotNull(second.getString("items[0].actor.name"));

        // The superior's score joins the list, in criterion order.
        scoreAs(provinceOfficer, evaluation, "SUPERIOR", List.of(score("TC1.2", 8))).then().statusCode(200);
        JsonPath third = history(coordinator, path);
        assertEquals("TC1.2; TC2", change(third, 0, "scores.criterionCode").get("newValue"));
        assertEquals("SUPERIOR; SELF", change(third, 0, "scores.party").get("newValue"));

        // A refused score changes nothing and writes nothing.
        scoreAs(communeOfficer, evaluation, "SELF", List.of(score("TC2", 50.5))).then().statusCode(400);
        assertEquals(opened + 3, history(coordinator, path).getList("items").size());
        // Another commune's official reads neither the evaluation nor its history.
        as(otherCommuneOfficer).get(path + "/history").then().statusCode(404);
    }
}
