package vn.danvan.identity;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Danh bạ cán bộ: every official sees the active officials of the units within reach (name, position, unit) and keeps
 * an offline copy that learns of officials added, moved away, disabled or deleted.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class OfficialDirectoryTest extends ApiTest {

    private static final String OFFICIALS = "/api/v1/officials";
    private static final String DELTA = "/api/v1/officials/delta";

    @Test
    void anOfficialSeesTheirUnitsActiveOfficialsAndNothingOfTheirAccounts() {
        String province = createProvince(unique("UBND tỉnh"));
        String communeA = createChild(province, unique("UBND xã A"), "COMMUNE_PEOPLES_COMMITTEE");
        String communeB = createChild(province, unique("UBND xã B"), "COMMUNE_PEOPLES_COMMITTEE");
        String hoa = official("Trần Thị Hoà", communeA, true);
        official("Lê Văn Đức", communeA, false);
        String inB = official("Phạm Văn Bình", communeB, true);
        tokenFor("PORTAL_CLIENT", communeA);
        String officer = tokenFor("OFFICER", communeA);

        JsonPath page = as(officer).get(OFFICIALS).then().statusCode(200).extract().jsonPath();
        List<String> names = page.getList("items.fullName");
        assertTrue(names.contains("Trần Thị Hoà"), names.toString());
        assertFalse(names.contains("Lê Văn Đức"), "a disabled account is no official of the directory");
        assertFalse(page.getList("items.id").contains(inB), "another commune's official is out of reach");
        assertEquals(names.stream().sorted().toList().size(), names.size());
        String json = page.prettify();
        for (String hidden : List.of("username", "phone", "email", "roles", "0905")) {
            assertFalse(json.contains(hidden), hidden + " is not part of the directory");
        }
        // Accent-insensitive search on the name.
        assertEquals(List.of(hoa), as(officer).queryParam("q", "tran thi hoa").get(OFFICIALS).then().statusCode(200)
                .extract().jsonPath().getList("items.id"));
        // Asking for another commune's officials gives nothing.
        assertEquals(List.of(), as(officer).queryParam("organizationId", communeB).get(OFFICIALS).then()
                .statusCode(200).extract().jsonPath().getList("items"));
        // The province's coordinator sees both communes.
        List<String> provinceWide = as(tokenFor("COORDINATOR", province)).queryParam("pageSize", 200).get(OFFICIALS)
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertTrue(provinceWide.containsAll(List.of(hoa, inB)));
        // No machine client ever, even for an administrator who reaches everything.
        String all = as(adminToken()).queryParam("q", "PORTAL_CLIENT").get(OFFICIALS).then().statusCode(200).extract()
                .asString();
        assertFalse(all.contains("Cán bộ PORTAL_CLIENT"));
        anonymous().get(OFFICIALS).then().statusCode(401);
        as(officer).header(vn.danvan.support.ContractValidationFilter.INVALID_REQUEST, "true")
                .queryParam("organizationId", "not-a-uuid").get(OFFICIALS).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void thePhonesCopyLearnsOfOfficialsAddedMovedDisabledAndDeleted() {
        String province = createProvince(unique("UBND tỉnh"));
        String communeA = createChild(province, unique("UBND xã A"), "COMMUNE_PEOPLES_COMMITTEE");
        String communeB = createChild(province, unique("UBND xã B"), "COMMUNE_PEOPLES_COMMITTEE");
        String movedAway = official("Nguyễn Văn Chuyển", communeA, true);
        String disabled = official("Nguyễn Thị Nghỉ", communeA, true);
        String deleted = official("Hồ Văn Xoá", communeA, true);
        String staying = official("Võ Thị Ở", communeA, true);
        String inB = official("Đặng Văn Khác", communeB, true);
        String officer = tokenFor("OFFICER", communeA);

        JsonPath first = as(officer).queryParam("pageSize", 2).get(DELTA).then().statusCode(200).extract().jsonPath();
        List<String> downloaded = new java.util.ArrayList<>(first.getList("changed.id"));
        String next = first.getString("nextPageToken");
        String deltaToken = null;
        while (next != null) {
            JsonPath page = as(officer).queryParam("pageToken", next).get(DELTA).then().statusCode(200).extract()
                    .jsonPath();
            downloaded.addAll(page.getList("changed.id"));
            next = page.getString("nextPageToken");
            deltaToken = page.getString("deltaToken");
        }
        assertTrue(downloaded.containsAll(List.of(movedAway, disabled, deleted, staying)), downloaded.toString());
        assertFalse(downloaded.contains(inB));

        update(movedAway, "Nguyễn Văn Chuyển", communeB, true);
        update(disabled, "Nguyễn Thị Nghỉ", communeA, false);
        String tag = as(adminToken()).get("/api/v1/users/" + deleted).then().extract().header("ETag");
        as(adminToken()).header("If-Match", tag).delete("/api/v1/users/" + deleted).then().statusCode(204);
        update(staying, "Võ Thị Ở Lại", communeA, true);
        update(inB, "Đặng Văn Khác Nữa", communeB, true);
        String added = official("Mai Văn Mới", communeA, true);

        JsonPath delta = as(officer).queryParam("deltaToken", deltaToken).get(DELTA).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of(staying, added), delta.getList("changed.id"));
        assertEquals("Võ Thị Ở Lại", delta.getString("changed[0].fullName"));
        Map<String, String> removed = new HashMap<>();
        List<Map<String, Object>> removals = delta.getList("removed");
        removals.forEach(r -> removed.put((String) r.get("id"), (String) r.get("reason")));
        assertEquals(Map.of(movedAway, "OUT_OF_SCOPE", disabled, "OUT_OF_SCOPE", deleted, "DELETED"), removed);

        JsonPath quiet = as(officer).queryParam("deltaToken", delta.getString("deltaToken")).get(DELTA).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(), quiet.getList("changed"));
        assertEquals(List.of(), quiet.getList("removed"));
        // Re-enabled: back in the directory.
        update(disabled, "Nguyễn Thị Nghỉ", communeA, true);
        assertEquals(List.of(disabled), as(officer).queryParam("deltaToken", quiet.getString("deltaToken")).get(DELTA)
                .then().statusCode(200).extract().jsonPath().getList("changed.id"));
    }

    private static String official(String fullName, String organizationId, boolean active) {
        String id = UUID.randomUUID().toString();
        api().body(Map.of("id", id, "username", "cb." + id.substring(0, 8), "fullName", fullName,
                        "position", "Công chức Văn hoá - Xã hội", "phone", "0905111222", "roles", List.of("OFFICER"),
                        "organizationId", organizationId, "password", PASSWORD))
                .post("/api/v1/users").then().statusCode(201);
        if (!active) {
            update(id, fullName, organizationId, false);
        }
        return id;
    }

    private static void update(String id, String fullName, String organizationId, boolean active) {
        String tag = as(adminToken()).get("/api/v1/users/" + id).then().statusCode(200).extract().header("ETag");
        as(adminToken()).header("If-Match", tag).body(Map.of("fullName", fullName, "roles", List.of("OFFICER"),
                "active", active, "organizationId", organizationId)).put("/api/v1/users/" + id).then().statusCode(200);
    }
}
