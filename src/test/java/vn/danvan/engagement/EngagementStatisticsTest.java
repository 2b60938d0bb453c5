package vn.danvan.engagement;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.danvan.support.MariaDbTestResource;
import vn.danvan.support.StatisticsFigures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What dialogues and the Front's recommendations add to the statistics that reports, their snapshots and the
 * dashboards read (one query layer): counted in the organising or responsible unit's subtree, within the window.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class EngagementStatisticsTest extends EngagementTestSupport {

    @BeforeEach
    void province() {
        setUpProvince();
    }

    @Test
    void dialoguesTheirOpinionsAndTheFrontsRecommendationsAreCountedInTheStatisticsOfTheirUnits() {
        // A session held yesterday with three opinions: one answered on the spot, one assigned, one still open.
        String held = as(communeOfficer).body(dialogue(commune, communeChairId, TODAY.minusDays(1)))
                .post("/api/v1/dialogues").then().statusCode(201).extract().path("id");
        as(communeOfficer).body(Map.of()).post("/api/v1/dialogues/" + held + "/holding").then().statusCode(200);
        String spot = item(held, "Đề nghị cho biết đơn giá bồi thường");
        String assigned = item(held, "Đề nghị công khai phương án bồi thường");
        item(held, "Đề nghị làm đường tránh lũ");
        as(communeOfficer).body(Map.of("answer", "Theo Quyết định của UBND tỉnh.")).post("/api/v1/dialogue-items/" + spot + "/answer")
                .then().statusCode(200);
        as(communeOfficer).body(Map.of("responsibleOrganizationId", communeOffice, "dueDate", TODAY.plusDays(30).toString(),
                "commitment", "Niêm yết phương án")).post("/api/v1/dialogue-items/" + assigned + "/assignment").then().statusCode(200);
        // A session planned for next week: not held.
        as(communeOfficer).body(dialogue(commune, communeChairId, TODAY.plusDays(7))).post("/api/v1/dialogues").then().statusCode(201);
        // Another commune's session is not the commune's.
        String elsewhere = as(otherCommuneOfficer).body(dialogue(otherCommune, otherCommuneChairId, TODAY.minusDays(2)))
                .post("/api/v1/dialogues").then().statusCode(201).extract().path("id");
        as(otherCommuneOfficer).body(Map.of()).post("/api/v1/dialogues/" + elsewhere + "/holding").then().statusCode(200);

        // The provincial Front's recommendation: one item to the commune (answered), one to the other commune (overdue).
        Map<String, Object> recommendation = new HashMap<>(Map.of("issuingOrganizationId", provinceFront,
                "numberSymbol", "126/KN-MTTQ-BTT", "issuedOn", TODAY.minusDays(3).toString(), "kind", "SUPERVISION",
                "subject", "Giám sát việc giải quyết kiến nghị của cử tri",
                "items", List.of(recommended(commune, TODAY.plusDays(10).toString()),
                        recommended(otherCommune, TODAY.minusDays(1).toString()))));
        String id = as(coordinator).body(recommendation).post("/api/v1/front-recommendations").then().statusCode(201)
                .extract().path("id");
        String first = as(coordinator).get("/api/v1/front-recommendations/" + id).then().extract().path("items[0].id");
        as(communeOfficer).body(Map.of("outcome", "ACCEPTED_ACTED", "text", "Đã cấp 120 giấy chứng nhận"))
                .post("/api/v1/front-recommendations/" + id + "/items/" + first + "/answer").then().statusCode(200);

        Response communeFigures = statistics(communeOfficer, commune);
        assertEquals(1, figure(communeFigures, "dialogues", "held"));
        assertEquals(1, figure(communeFigures, "dialogues", "planned"));
        assertEquals(3, figure(communeFigures, "dialogues", "opinionsRaised"));
        assertEquals(1, figure(communeFigures, "dialogues", "answeredOnTheSpot"));
        assertEquals(1, figure(communeFigures, "dialogues", "assigned"));
        assertEquals(1, figure(communeFigures, "dialogues", "open"));
        assertEquals(1, figure(communeFigures, "frontRecommendations", "received"));
        assertEquals(1, figure(communeFigures, "frontRecommendations", "acceptedAndActed"));
        assertEquals(0, figure(communeFigures, "frontRecommendations", "overdue"));

        // The province counts both communes: two sessions held, two items received, one unanswered and overdue.
        Response provinceFigures = statistics(coordinator, province);
        assertEquals(2, figure(provinceFigures, "dialogues", "held"));
        assertEquals(2, figure(provinceFigures, "frontRecommendations", "received"));
        assertEquals(1, figure(provinceFigures, "frontRecommendations", "unanswered"));
        assertEquals(1, figure(provinceFigures, "frontRecommendations", "overdue"));
    }

    private static Response statistics(String token, String organizationId) {
        return as(token).queryParam("organizationId", organizationId).queryParam("from", TODAY.minusDays(5).toString())
                .queryParam("to", TODAY.plusDays(10).toString()).get("/api/v1/statistics").then().statusCode(200)
                .extract().response();
    }

    private static Map<String, Object> recommended(String unit, String due) {
        return Map.of("text", "Đẩy nhanh việc cấp giấy chứng nhận quyền sử dụng đất", "responsibleOrganizationId", unit,
                "dueDate", due, "deadlineBasis", "AGREED");
    }

    private static long figure(Response response, String section, String key) {
        return StatisticsFigures.figure(response, "sections", section, key);
    }
}
