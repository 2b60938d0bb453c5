package vn.danvan.organization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class OrganizationListTest extends ApiTest {

    @Test
    void searchIgnoresVietnameseDiacriticsAndCase() {
        String province = createProvince(unique("UBND tỉnh"));
        String danang = createChild(province, "Sở Văn hóa Đà Nẵng", "DEPARTMENT");
        String quangngai = createChild(province, "Hội Nông dân tỉnh Quảng Ngãi", "SOCIO_POLITICAL_ORGANIZATION");
        createChild(province, "Ủy ban MTTQ Việt Nam tỉnh", "FATHERLAND_FRONT_COMMITTEE");

        api().queryParam("parentId", province).queryParam("q", "da nang").get("/api/v1/organizations").then()
                .statusCode(200).body("items.id", contains(danang));
        api().queryParam("parentId", province).queryParam("q", "QUANG NGAI").get("/api/v1/organizations").then()
                .body("items.id", contains(quangngai));
        api().queryParam("parentId", province).queryParam("q", "Đà Nẵng").get("/api/v1/organizations").then()
                .statusCode(200).body("items.id", contains(danang));
        api().queryParam("parentId", province).queryParam("q", "quảng ngai").get("/api/v1/organizations").then()
                .body("items.id", contains(quangngai));
        api().queryParam("parentId", province).queryParam("q", "100%").get("/api/v1/organizations").then()
                .body("items", hasSize(0));
    }

    @Test
    void filtersByTypeAndLevelAndSortsDescending() {
        String province = createProvince(unique("UBND tỉnh"));
        String commune = createChild(province, "UBND xã A Lưới", "COMMUNE_PEOPLES_COMMITTEE");
        createChild(province, "Sở Nội vụ", "DEPARTMENT");
        String inspectorate = createChild(province, "Thanh tra tỉnh", "INSPECTORATE");

        api().queryParam("parentId", province).queryParam("type", "INSPECTORATE").get("/api/v1/organizations").then()
                .body("items.id", contains(inspectorate));
        api().queryParam("parentId", province).queryParam("level", "COMMUNE").get("/api/v1/organizations").then()
                .body("items.id", contains(commune));
        api().queryParam("parentId", province).queryParam("sort", "-name").get("/api/v1/organizations").then()
                .body("items.name", contains("UBND xã A Lưới", "Thanh tra tỉnh", "Sở Nội vụ"));
    }

    @Test
    void pagingWalksEveryRowOnceInAnySort() {
        String province = createProvince(unique("UBND tỉnh"));
        for (int i = 0; i < 7; i++) {
            createOrganization(Map.of("name", "Phòng " + (i % 3), "type", "OFFICE_DIVISION", "parentId", province,
                    "officialCode", "P" + i));
        }
        for (String sort : new String[]{"name", "-name", "officialCode", "-createdAt,name", "updatedAt"}) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            String token = null;
            int pages = 0;
            do {
                var request = api().queryParam("parentId", province).queryParam("pageSize", 3).queryParam("sort", sort);
                if (token != null) {
                    request.queryParam("pageToken", token);
                }
                var page = request.get("/api/v1/organizations").then().statusCode(200).extract();
                java.util.List<String> ids = page.path("items.id");
                ids.forEach(id -> org.junit.jupiter.api.Assertions.assertTrue(seen.add(id), "seen twice with sort " + sort));
                token = page.path("nextPageToken");
                pages++;
            } while (token != null);
            org.junit.jupiter.api.Assertions.assertEquals(7, seen.size(), "rows with sort " + sort);
            org.junit.jupiter.api.Assertions.assertEquals(3, pages, "pages with sort " + sort);
        }
    }

    @Test
    void badPagingAndSortingAreRefusedNotClamped() {
        invalidRequest().queryParam("pageSize", 0).get("/api/v1/organizations").then()
                .statusCode(400).body("errors[0].field", equalTo("pageSize"));
        invalidRequest().queryParam("pageSize", 201).get("/api/v1/organizations").then()
                .statusCode(400).body("errors[0].field", equalTo("pageSize")).body("errors[0].code", equalTo("Max"));
        api().queryParam("sort", "password").get("/api/v1/organizations").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"))
                .body("errors[0].message", containsString("officialCode"));
        api().queryParam("pageToken", "bm90LWEtdG9rZW4").get("/api/v1/organizations").then()
                .statusCode(400).body("errors[0].field", equalTo("pageToken"));
        invalidRequest().queryParam("type", "NOT_A_TYPE").get("/api/v1/organizations").then()
                .statusCode(400).body("errors[0].field", equalTo("type"));
        invalidRequest().queryParam("asOf", "2025-13-45").get("/api/v1/organizations").then()
                .statusCode(400).body("errors[0].field", equalTo("asOf"));
        invalidRequest().queryParam("parentId", "not-a-uuid").get("/api/v1/organizations").then()
                .statusCode(400).body("errors[0].field", equalTo("parentId"));
        invalidRequest().queryParam("pageSize", "abc").get("/api/v1/organizations").then()
                .statusCode(400).body("errors[0].field", equalTo("pageSize"));
        invalidRequest().queryParam("pageSize", "99999999999").get("/api/v1/organizations").then()
                .statusCode(400).body("errors[0].field", equalTo("pageSize"));
        invalidRequest().queryParam("active", "maybe").get("/api/v1/organizations").then()
                .statusCode(400).body("errors[0].field", equalTo("active"));
    }

    @Test
    void aPageTokenBelongsToItsQuery() {
        String province = createProvince(unique("UBND tỉnh"));
        createChild(province, "Phòng A", "OFFICE_DIVISION");
        createChild(province, "Phòng B", "OFFICE_DIVISION");
        String token = api().queryParam("parentId", province).queryParam("pageSize", 1).get("/api/v1/organizations")
                .then().extract().path("nextPageToken");
        api().queryParam("parentId", province).queryParam("pageSize", 1).queryParam("sort", "-name")
                .queryParam("pageToken", token).get("/api/v1/organizations").then()
                .statusCode(400).body("errors[0].field", equalTo("pageToken"));
    }
}
