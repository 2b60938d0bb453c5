package vn.danvan.engagement;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.danvan.support.MariaDbTestResource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The records of dialogues, the Front's recommendations and grassroots democracy have a history like every other
 * record ({@code GET …/{id}/history}): an edit shows up with who made it and what changed, scoped as the record.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class EngagementHistoryTest extends EngagementTestSupport {

    @BeforeEach
    void province() {
        setUpProvince();
    }

    private static String username(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return payload.replaceAll(".*\"upn\":\"([^\"]+)\".*", "$1");
    }

    private static JsonPath history(String token, String path) {
        return as(token).get(path + "/history").then().statusCode(200).extract().jsonPath();
    }

    /** The newest entry is the caller's, and changed the field from one value to the other; the oldest created it. */
    private static void newestChange(JsonPath history, String token, String field, String oldValue, String newValue) {
        assertEquals("UPDATED", history.getString("items[0].action"));
        assertEquals(username(token), history.getString("items[0].actor.name"));
        Map<String, String> change = history.getMap("items[0].changes.find { it.field == '" + field + "' }");
        assertNotNull(change, "no change of " + field + " in " + history.prettify());
        assertEquals(oldValue, change.get("oldValue"));
        assertEquals(newValue, change.get("newValue"));
        assertEquals("CREATED", history.getString("items[-1].action"));
    }

    @Test
    void aSessionsHoldingAndItsOpinionsAnswerShowWhoDidWhat() {
        String id = heldDialogue();
        String path = "/api/v1/dialogues/" + id;
        newestChange(history(communeOfficer, path), communeOfficer, "status", "PLANNED", "HELD");
        String item = item(id, "Đề nghị công khai phương án bồi thường trước ngày 15.");
        String version = as(communeOfficer).get(path + "/items").then().extract().path("items[0].version").toString();
        as(coordinator).header("If-Match", "\"" + version + "\"")
                .body(Map.of("answer", "Phương án sẽ được niêm yết tại nhà văn hóa thôn trong tuần này."))
                .post("/api/v1/dialogue-items/" + item + "/answer").then().statusCode(200);
        JsonPath history = history(coordinator, path);
        newestChange(history, coordinator, "items.status", "OPEN", "ANSWERED");
        assertEquals("Phương án sẽ được niêm yết tại nhà văn hóa thôn trong tuần này.",
                history.getString("items[0].changes.find { it.field == 'items.answer' }.newValue"));
        // the invited citizens are not in the history
        assertFalse(history.prettify().contains("0905 123 456") || history.prettify().contains("Nguyễn Văn Bình"));
        as(otherCommuneOfficer).get(path + "/history").then().statusCode(404).contentType("application/problem+json");
        as(communeOfficer).get("/api/v1/dialogues/" + UUID.randomUUID() + "/history").then().statusCode(404);
    }

    @Test
    void anAnswerToTheFrontShowsInTheRecommendationsHistoryAlsoToTheFront() {
        String frontOfficer = tokenFor("FRONT_OFFICER", provinceFront);
        String id = as(frontOfficer).body(Map.of("issuingOrganizationId", provinceFront, "numberSymbol", "12/KN-MTTQ",
                "issuedOn", TODAY.minusDays(5).toString(), "kind", "SUPERVISION", "subject", "Giám sát thu hồi đất",
                "items", List.of(Map.of("text", "Công khai phương án bồi thường", "responsibleOrganizationId", commune,
                        "dueDate", TODAY.plusDays(20).toString(), "deadlineBasis", "LEGAL"))))
                .post("/api/v1/front-recommendations").then().statusCode(201).extract().path("id");
        String path = "/api/v1/front-recommendations/" + id;
        String itemId = as(communeOfficer).get(path).then().extract().path("items[0].id");
        as(communeOfficer).body(Map.of("outcome", "ACCEPTED_ACTED", "text", "Đã niêm yết phương án."))
                .post(path + "/items/" + itemId + "/answer").then().statusCode(200);
        JsonPath history = history(frontOfficer, path);
        newestChange(history, communeOfficer, "items.outcome", null, "ACCEPTED_ACTED");
        assertEquals("Đã niêm yết phương án.",
                history.getString("items[0].changes.find { it.field == 'items.answer' }.newValue"));
        assertEquals(username(frontOfficer), history.getString("items[-1].actor.name"));
        as(otherCommuneOfficer).get(path + "/history").then().statusCode(404);
    }

    @Test
    void aCommunesDisclosureConsultationAndFindingShowTheirChanges() {
        String disclosure = as(communeOfficer).body(Map.of("organizationId", commune, "dutyCode", "LAND_USE_PLAN",
                "title", "Công khai kế hoạch sử dụng đất", "content", "Kế hoạch sử dụng đất năm sau của xã.",
                "forms", List.of("NOTICE_BOARD"), "approvedOn", TODAY.minusDays(1).toString(),
                "startsOn", TODAY.toString(), "endsOn", TODAY.plusDays(40).toString()))
                .post("/api/v1/grassroots-disclosures").then().statusCode(201).extract().path("id");
        JsonPath created = history(communeOfficer, "/api/v1/grassroots-disclosures/" + disclosure);
        assertEquals("CREATED", created.getString("items[0].action"));
        assertEquals("LAND_USE_PLAN", created.getString("items[0].changes.find { it.field == 'dutyCode' }.newValue"));

        String consultation = as(communeOfficer).body(Map.of("organizationId", commune,
                "dutyCode", "PUBLIC_WORKS_CONTRIBUTION", "question", "Mỗi hộ đóng góp 500.000 đồng làm đường?",
                "options", List.of("Đồng ý", "Không đồng ý"), "opensOn", TODAY.minusDays(5).toString(),
                "closesOn", TODAY.plusDays(10).toString())).post("/api/v1/grassroots-consultations").then()
                .statusCode(201).extract().path("id");
        String path = "/api/v1/grassroots-consultations/" + consultation;
        as(communeOfficer).header("If-Match", "\"0\"").body(Map.of("hamlet", "Thôn Trường Thọ",
                        "heldOn", TODAY.minusDays(1).toString(), "method", "MEETING", "households", 100,
                        "householdsTakingPart", 90, "votes", List.of(70, 20)))
                .post(path + "/hamlet-results").then().statusCode(200);
        as(communeOfficer).header("If-Match", "\"1\"").body(Map.of("decision", "Thông qua mức đóng góp.",
                "decidedOn", TODAY.toString())).post(path + "/closing").then().statusCode(200);
        JsonPath history = history(coordinator, path);
        newestChange(history, communeOfficer, "status", "OPEN", "CLOSED");
        assertEquals("Thôn Trường Thọ",
                history.getString("items[1].changes.find { it.field == 'hamletResults.hamlet' }.newValue"));

        String finding = as(communeOfficer).body(Map.of("organizationId", commune, "foundOn", TODAY.toString(),
                "subject", "Chợ", "finding", "Chưa niêm yết phí chợ.")).post("/api/v1/grassroots-findings").then()
                .statusCode(201).extract().path("id");
        as(communeOfficer).header("If-Match", "\"0\"").body(Map.of("handling", "Đã niêm yết phí chợ.",
                "handledOn", TODAY.toString())).post("/api/v1/grassroots-findings/" + finding + "/handling").then()
                .statusCode(200);
        newestChange(history(communeOfficer, "/api/v1/grassroots-findings/" + finding), communeOfficer, "status",
                "OPEN", "HANDLED");
        as(otherCommuneOfficer).get("/api/v1/grassroots-findings/" + finding + "/history").then().statusCode(404);
    }
}
