package vn.danvan.organization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class OrganizationHistoryTest extends ApiTest {

    private static final String ORGANIZATIONS = "/api/v1/organizations/";

    @Test
    void historyShowsEveryChangeNewestFirstWithWhoAndWhatChangedEvenAfterDelete() {
        String oldParent = createProvince(unique("UBND tỉnh"));
        String newParent = createProvince(unique("UBND tỉnh"));
        String successor = createChild(newParent, unique("Sở Nội vụ"), "DEPARTMENT");
        Map<String, Object> created = new HashMap<>();
        created.put("name", "Sở Dân tộc và Tôn giáo");
        created.put("type", "DEPARTMENT");
        created.put("parentId", oldParent);
        created.put("mobilizationLead", Map.of("name", "Nguyễn Văn An", "position", "Phó Giám đốc"));
        created.put("validFrom", "2025-03-01");
        String id = createOrganization(created);

        Map<String, Object> update = new HashMap<>();
        update.put("name", "Sở Dân tộc, Tôn giáo");
        update.put("type", "DEPARTMENT");
        update.put("mobilizationLead", Map.of("name", "Trần Thị Bình", "position", "Phó Giám đốc"));
        update.put("validFrom", "2025-03-01");
        api().header("If-Match", "\"0\"").body(update).put(ORGANIZATIONS + id).then().statusCode(200);
        api().body(Map.of("parentId", newParent)).post(ORGANIZATIONS + id + "/move").then().statusCode(200);
        api().body(Map.of("validTo", "2025-06-30", "successorId", successor, "note", "Hợp nhất vào Sở Nội vụ"))
                .post(ORGANIZATIONS + id + "/dissolution").then().statusCode(200);
        String etag = api().get(ORGANIZATIONS + id).then().extract().header("ETag");
        api().header("If-Match", etag).delete(ORGANIZATIONS + id).then().statusCode(204);
        api().get(ORGANIZATIONS + id).then().statusCode(404);

        String adminId = api().get("/api/v1/users/me").then().extract().path("id");
        JsonPath history = api().get(ORGANIZATIONS + id + "/history").then()
                .statusCode(200)
                .body("items.action", contains("DELETED", "DISSOLVED", "MOVED", "UPDATED", "CREATED"))
                .body("items.actor.id", everyItem(equalTo(adminId)))
                .body("items.actor.name", everyItem(equalTo(ADMIN)))
                .body("items.clientId", everyItem(equalTo("test-suite")))
                .body("items.sourceIp", everyItem(notNullValue()))
                .body("nextPageToken", nullValue())
                .extract().jsonPath();

        List<Long> revisions = history.getList("items.revision", Long.class);
        List<OffsetDateTime> times = history.getList("items.at", String.class).stream().map(OffsetDateTime::parse).toList();
        for (int i = 1; i < revisions.size(); i++) {
            assertThat("newest first", revisions.get(i - 1), greaterThan(revisions.get(i)));
            assertThat("newest first", times.get(i - 1).isBefore(times.get(i)), equalTo(false));
        }

        assertThat(history.getList("items[0].changes"), empty());
        assertThat(changes(history, 1), contains(
                change("validTo", null, "2025-06-30"),
                change("successorId", null, successor),
                change("dissolutionNote", null, "Hợp nhất vào Sở Nội vụ")));
        assertThat(changes(history, 2), contains(change("parentId", oldParent, newParent)));
        assertThat(changes(history, 3), contains(
                change("name", "Sở Dân tộc và Tôn giáo", "Sở Dân tộc, Tôn giáo"),
                change("mobilizationLead.name", "Nguyễn Văn An", "Trần Thị Bình")));
        assertThat(changes(history, 4), contains(
                change("name", null, "Sở Dân tộc và Tôn giáo"),
                change("type", null, "DEPARTMENT"),
                change("level", null, "PROVINCIAL"),
                change("parentId", null, oldParent),
                change("mobilizationLead.name", null, "Nguyễn Văn An"),
                change("mobilizationLead.position", null, "Phó Giám đốc"),
                change("validFrom", null, "2025-03-01")));
    }

    @Test
    void historyPagesNewestFirstAndShowsOldValuesAcrossPageBoundaries() {
        String province = createProvince(unique("UBND tỉnh"));
        String id = createChild(province, "Phòng 0", "OFFICE_DIVISION");
        for (int version = 0; version < 4; version++) {
            api().header("If-Match", "\"" + version + "\"")
                    .body(Map.of("name", "Phòng " + (version + 1), "type", "OFFICE_DIVISION"))
                    .put(ORGANIZATIONS + id).then().statusCode(200);
        }

        List<Map<String, Object>> all = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String token = null;
        do {
            var request = api().queryParam("pageSize", 2);
            if (token != null) {
                request.queryParam("pageToken", token);
            }
            JsonPath page = request.get(ORGANIZATIONS + id + "/history").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            pageSizes.add(items.size());
            all.addAll(items);
            token = page.getString("nextPageToken");
        } while (token != null && pageSizes.size() < 10);

        assertThat(pageSizes, contains(2, 2, 1));
        assertThat(all.stream().map(e -> e.get("action")).toList(),
                contains("UPDATED", "UPDATED", "UPDATED", "UPDATED", "CREATED"));
        // Each update shows the name it replaced, also where the older entry is on the next page.
        for (int i = 0; i < 4; i++) {
            assertThat(all.get(i).get("changes"), equalTo(List.of(Map.of(
                    "field", "name", "oldValue", "Phòng " + (3 - i), "newValue", "Phòng " + (4 - i)))));
        }
        List<Object> unpaged = api().get(ORGANIZATIONS + id + "/history").then().extract().path("items.revision");
        assertThat(all.stream().map(e -> e.get("revision")).toList(), equalTo(unpaged));
    }

    @Test
    void aPageTokenOfAnotherUnitsHistoryIsRefused() {
        String province = createProvince(unique("UBND tỉnh"));
        String first = createChild(province, unique("Phòng"), "OFFICE_DIVISION");
        String second = createChild(province, unique("Phòng"), "OFFICE_DIVISION");
        api().header("If-Match", "\"0\"").body(Map.of("name", unique("Phòng"), "type", "OFFICE_DIVISION"))
                .put(ORGANIZATIONS + first).then().statusCode(200);
        String token = api().queryParam("pageSize", 1).get(ORGANIZATIONS + first + "/history").then()
                .extract().path("nextPageToken");
        assertThat(token, notNullValue());
        api().queryParam("pageToken", token).get(ORGANIZATIONS + second + "/history").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("pageToken"));
    }

    @Test
    void aRefusedChangeLeavesNoHistoryEntry() {
        String province = createProvince(unique("UBND tỉnh"));
        String id = createChild(province, unique("Phòng"), "OFFICE_DIVISION");
        api().header("If-Match", "\"7\"").body(Map.of("name", "Tên mới", "type", "OFFICE_DIVISION"))
                .put(ORGANIZATIONS + id).then().statusCode(412);
        api().get(ORGANIZATIONS + id + "/history").then()
                .statusCode(200)
                .body("items.action", contains("CREATED"));
    }

    @Test
    void movingAUnitLeavesTheHistoryOfTheUnitsBelowItAlone() {
        String oldParent = createProvince(unique("UBND tỉnh"));
        String newParent = createProvince(unique("UBND tỉnh"));
        String department = createChild(oldParent, unique("Sở Nội vụ"), "DEPARTMENT");
        String division = createChild(department, unique("Phòng"), "OFFICE_DIVISION");
        api().body(Map.of("parentId", newParent)).post(ORGANIZATIONS + department + "/move").then().statusCode(200);
        api().get(ORGANIZATIONS + department + "/history").then().body("items.action", contains("MOVED", "CREATED"));
        api().get(ORGANIZATIONS + division + "/history").then().body("items.action", contains("CREATED"));
    }

    @Test
    void historyOfAnUnknownOrganizationIsA404Problem() {
        String id = UUID.randomUUID().toString();
        api().get(ORGANIZATIONS + id + "/history").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:danvan:problem:not-found"))
                .body("detail", containsString(id))
                .body("instance", equalTo(ORGANIZATIONS + id + "/history"));
    }

    private static List<Map<String, Object>> changes(JsonPath history, int index) {
        return history.getList("items[" + index + "].changes");
    }

    private static Map<String, Object> change(String field, String oldValue, String newValue) {
        Map<String, Object> change = new HashMap<>();
        change.put("field", field);
        if (oldValue != null) {
            change.put("oldValue", oldValue);
        }
        if (newValue != null) {
            change.put("newValue", newValue);
        }
        return change;
    }

    @Test
    void historyIsForAdministratorsAndCoordinatorsInsideTheirScope() {
        String province = createProvince(unique("UBND tỉnh"));
        String commune = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        String other = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        as(tokenFor("ORG_ADMIN", commune)).get(ORGANIZATIONS + commune + "/history").then()
                .statusCode(200).body("items[0].action", equalTo("CREATED"));
        as(tokenFor("ORG_ADMIN", commune)).get(ORGANIZATIONS + other + "/history").then().statusCode(404);
        as(tokenFor("OFFICER", commune)).get(ORGANIZATIONS + commune + "/history").then().statusCode(403);
    }
}
