package vn.danvan.reception;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reception book on the officials' phones: their units' records only, personal data shown and logged exactly as
 * when read, and records leaving the reach when the official moves to another commune.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class ReceptionSyncTest extends ApiTest {

    private static final String DELTA = "/api/v1/receptions/delta";
    private static final String CASES = "/api/v1/cases/delta";

    @Test
    void anOfficialSyncsTheirCommunesRecordsAndLosesThemOnMovingToAnother() {
        String province = createProvince(unique("UBND tỉnh"));
        String communeA = createChild(province, unique("UBND xã A"), "COMMUNE_PEOPLES_COMMITTEE");
        String communeB = createChild(province, unique("UBND xã B"), "COMMUNE_PEOPLES_COMMITTEE");
        String inA = receive(tokenFor("OFFICER", communeA), communeA, "051195001111");
        String inB = receive(tokenFor("OFFICER", communeB), communeB, "051195002222");

        String username = createUser("OFFICER", communeA);
        String official = signIn(username, PASSWORD);
        JsonPath first = as(official).get(DELTA).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(inA), first.getList("changed.id"));
        assertEquals("051195001111", first.getString("changed[0].citizens[0].idNumber"));
        // The sync reads its records by plain SQL, the single read through Hibernate: both show the same record.
        Map<String, Object> one = as(official).get("/api/v1/receptions/" + inA).then().statusCode(200).extract()
                .jsonPath().getMap("$");
        assertEquals(one, first.getMap("changed[0]"));
        String deltaToken = first.getString("deltaToken");
        assertNotNull(deltaToken);
        // Shown in clear, so logged as a sync read.
        as(adminToken()).get("/api/v1/receptions/" + inA + "/personal-data-reads").then().statusCode(200)
                .body("items.purpose", hasItem("SYNC"));

        // A viewer of the province syncs the same records masked.
        JsonPath viewers = as(tokenFor("VIEWER", province)).queryParam("pageSize", 500).get(DELTA).then()
                .statusCode(200).extract().jsonPath();
        assertTrue(viewers.getList("changed.id").containsAll(List.of(inA, inB)));
        assertFalse(viewers.prettify().contains("051195001111"));

        // The official moves to commune B: A's record leaves the reach, B's comes into it.
        String userId = as(adminToken()).queryParam("q", username).get("/api/v1/users").then().extract()
                .path("items[0].id");
        String tag = as(adminToken()).get("/api/v1/users/" + userId).then().extract().header("ETag");
        as(adminToken()).header("If-Match", tag).body(Map.of("fullName", "Cán bộ OFFICER", "roles", List.of("OFFICER"),
                "active", true, "organizationId", communeB)).put("/api/v1/users/" + userId).then().statusCode(200);
        String moved = signIn(username, PASSWORD);
        JsonPath after = as(moved).queryParam("deltaToken", deltaToken).get(DELTA).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(inA), after.getList("removed.id"));
        assertEquals("OUT_OF_SCOPE", after.getString("removed[0].reason"));
        assertEquals(List.of(inB), after.getList("changed.id"));

        // Nothing more since.
        JsonPath quiet = as(moved).queryParam("deltaToken", after.getString("deltaToken")).get(DELTA).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(), quiet.getList("changed"));
        assertEquals(List.of(), quiet.getList("removed"));
    }

    @Test
    void everySyncedCollectionOfTheReceptionDeskAnswersAFirstDownload() {
        String province = createProvince(unique("UBND tỉnh"));
        String coordinator = tokenFor("COORDINATOR", province);
        for (String path : List.of("/api/v1/cases/delta", "/api/v1/reception-schedules/delta")) {
            JsonPath page = as(coordinator).get(path).then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(), page.getList("changed"), path + ": a new province has none");
            assertNotNull(page.getString("deltaToken"), path);
        }
        // The law is the same everywhere: the deadline rules come to every official.
        JsonPath rules = as(tokenFor("OFFICER", province)).queryParam("pageSize", 500)
                .get("/api/v1/deadline-rules/delta").then().statusCode(200).extract().jsonPath();
        assertFalse(rules.getList("changed").isEmpty());
    }

    @Test
    void aCaseTransferredToAnotherCommuneLeavesTheFirstCommunesPhonesOnly() {
        String province = createProvince(unique("UBND tỉnh"));
        String communeA = createChild(province, unique("UBND xã A"), "COMMUNE_PEOPLES_COMMITTEE");
        String communeB = createChild(province, unique("UBND xã B"), "COMMUNE_PEOPLES_COMMITTEE");
        String officerA = tokenFor("OFFICER", communeA);
        String coordinator = tokenFor("COORDINATOR", province);
        String reception = receive(officerA, communeA, "051195003333", "DENUNCIATION");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String caseId = as(officerA).body(Map.of("receptionId", reception, "instance", "FIRST",
                "acceptedOn", today.minusDays(1).toString())).post("/api/v1/cases").then().statusCode(201)
                .extract().path("id");
        String tokenA = as(officerA).get(CASES).then().statusCode(200).extract().path("deltaToken");
        JsonPath provinceFirst = as(coordinator).get(CASES).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(caseId), provinceFirst.getList("changed.id"));
        String elsewhere = tokenFor("OFFICER", createChild(province, unique("UBND xã C"), "COMMUNE_PEOPLES_COMMITTEE"));
        String tokenC = as(elsewhere).get(CASES).then().statusCode(200).extract().path("deltaToken");

        as(officerA).body(Map.of("toOrganizationId", communeB, "transferredOn", today.toString(),
                "reason", "Thuộc thẩm quyền xã B")).post("/api/v1/cases/" + caseId + "/transfers").then().statusCode(200);

        JsonPath fromA = as(officerA).queryParam("deltaToken", tokenA).get(CASES).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of(caseId), fromA.getList("removed.id"), "commune A no longer reaches the case");
        assertEquals("OUT_OF_SCOPE", fromA.getString("removed[0].reason"));
        assertEquals(List.of(), fromA.getList("changed"));
        JsonPath quiet = as(officerA).queryParam("deltaToken", fromA.getString("deltaToken")).get(CASES).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(), quiet.getList("removed"), "said once");
        // The province still reaches it: a change, not a removal.
        JsonPath province2 = as(coordinator).queryParam("deltaToken", provinceFirst.getString("deltaToken")).get(CASES)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(caseId), province2.getList("changed.id"));
        assertEquals(List.of(), province2.getList("removed"));
        // Commune B gets it.
        assertEquals(List.of(caseId), as(tokenFor("OFFICER", communeB)).get(CASES).then().statusCode(200).extract()
                .jsonPath().getList("changed.id"));
        // Another commune never hears of it, not even as a removal.
        assertEquals(List.of(), as(elsewhere).queryParam("deltaToken", tokenC).get(CASES).then().statusCode(200)
                .extract().jsonPath().getList("removed"));
    }

    private static String receive(String officer, String commune, String idNumber) {
        return receive(officer, commune, idNumber, "FEEDBACK");
    }

    private static String receive(String officer, String commune, String idNumber, String kind) {
        Map<String, Object> citizen = Map.of("fullName", "Nguyễn Thị Hoa", "address", "Thôn Mỹ Lai",
                "phone", "0905123456", "idType", "CCCD", "idNumber", idNumber, "representative", false);
        Map<String, Object> reception = new HashMap<>();
        reception.put("organizationId", commune);
        reception.put("receivedOn", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(2).toString());
        reception.put("receptionType", "REGULAR");
        reception.put("channel", "IN_PERSON");
        reception.put("kind", kind);
        reception.put("domain", "LAND");
        reception.put("peopleCount", 1);
        reception.put("citizens", List.of(citizen));
        reception.put("content", "Kiến nghị cấp giấy chứng nhận quyền sử dụng đất");
        reception.put("handling", "FEEDBACK".equals(kind) ? "PENDING" : "ACCEPTED");
        reception.put("receivingOfficials", List.of("Võ Minh Tâm"));
        return as(officer).body(reception).post("/api/v1/receptions").then().statusCode(201).extract().path("id");
    }
}
