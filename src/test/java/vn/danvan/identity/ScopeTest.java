package vn.danvan.identity;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Officials of one unit reaching for another unit's records get 404, as if they did not exist. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class ScopeTest extends ApiTest {

    @Test
    void aCommuneOfficialSeesOnlyTheirCommune() {
        String province = createProvince(unique("UBND tỉnh"));
        String home = createChild(province, "UBND xã Tịnh Khê", "COMMUNE_PEOPLES_COMMITTEE");
        String front = createChild(home, "Ủy ban MTTQ xã Tịnh Khê", "FATHERLAND_FRONT_COMMITTEE");
        String other = createChild(province, "UBND xã An Phú", "COMMUNE_PEOPLES_COMMITTEE");
        String officer = tokenFor("OFFICER", home);

        as(officer).get("/api/v1/organizations").then()
                .statusCode(200).body("items.id", containsInAnyOrder(home, front));
        as(officer).get("/api/v1/organizations/" + other).then()
                .statusCode(404).body("type", equalTo("urn:danvan:problem:not-found"));
        as(officer).get("/api/v1/organizations/" + province + "/children").then().statusCode(404);
        as(officer).get("/api/v1/organizations/" + province + "/subtree").then().statusCode(404);
        as(officer).get("/api/v1/organizations/" + front + "/ancestors").then()
                .statusCode(200).body("items.id", contains(home));
    }

    @Test
    void aCoordinatorSeesTheWholeProvinceButNotAnother() {
        String province = createProvince(unique("UBND tỉnh"));
        String department = createChild(province, "Sở Nội vụ", "DEPARTMENT");
        String commune = createChild(province, "UBND xã Bình Sơn", "COMMUNE_PEOPLES_COMMITTEE");
        String elsewhere = createProvince(unique("UBND tỉnh khác"));
        String coordinator = tokenFor("COORDINATOR", department);

        as(coordinator).get("/api/v1/organizations/" + commune).then().statusCode(200);
        as(coordinator).get("/api/v1/organizations/" + province + "/children").then()
                .statusCode(200).body("items.id", containsInAnyOrder(department, commune));
        as(coordinator).get("/api/v1/organizations/" + elsewhere).then().statusCode(404);
        as(coordinator).get("/api/v1/organizations").then().body("items.id", not(hasItem(elsewhere)));
    }

    @Test
    void anOrgAdminWritesOnlyInsideTheirSubtree() {
        String province = createProvince(unique("UBND tỉnh"));
        String home = createChild(province, "UBND xã Sơn Hà", "COMMUNE_PEOPLES_COMMITTEE");
        String other = createChild(province, "UBND xã Sơn Tây", "COMMUNE_PEOPLES_COMMITTEE");
        String admin = tokenFor("ORG_ADMIN", home);

        as(admin).body(Map.of("name", "Ban công tác Mặt trận thôn", "type", "OTHER", "parentId", home))
                .post("/api/v1/organizations").then().statusCode(201);
        as(admin).body(Map.of("name", "Chui vào xã khác", "type", "OTHER", "parentId", other))
                .post("/api/v1/organizations").then()
                .statusCode(400).body("errors[0].field", equalTo("parentId")).body("errors[0].code", equalTo("NotFound"));
        as(admin).body(Map.of("name", "Tỉnh mới", "type", "PROVINCIAL_PEOPLES_COMMITTEE"))
                .post("/api/v1/organizations").then().statusCode(400);
        as(admin).header("If-Match", "\"0\"").body(Map.of("name", "Đổi tên xã khác", "type", "COMMUNE_PEOPLES_COMMITTEE"))
                .put("/api/v1/organizations/" + other).then().statusCode(404);
        as(admin).header("If-Match", "\"0\"").delete("/api/v1/organizations/" + other).then().statusCode(404);
        as(admin).body(Map.of("parentId", home)).post("/api/v1/organizations/" + other + "/move").then().statusCode(404);
        as(admin).body(Map.of("validTo", "2025-06-30")).post("/api/v1/organizations/" + other + "/dissolution").then()
                .statusCode(404);
        api().get("/api/v1/organizations/" + other).then().body("name", equalTo("UBND xã Sơn Tây")).body("version", equalTo(0));
    }

    @Test
    void accountsOfOtherUnitsAreInvisibleAndCannotBeCreatedThere() {
        String province = createProvince(unique("UBND tỉnh"));
        String home = createChild(province, "UBND xã Ba Tơ", "COMMUNE_PEOPLES_COMMITTEE");
        String other = createChild(province, "UBND xã Ba Gia", "COMMUNE_PEOPLES_COMMITTEE");
        String admin = tokenFor("ORG_ADMIN", home);
        String stranger = createUser("OFFICER", other);
        String strangerId = api().queryParam("q", stranger).get("/api/v1/users").then().extract().path("items[0].id");

        as(admin).get("/api/v1/users/" + strangerId).then().statusCode(404);
        as(admin).queryParam("q", stranger).get("/api/v1/users").then().body("items", org.hamcrest.Matchers.empty());
        as(admin).body(Map.of("username", "chen.ngang", "fullName", "Cán bộ", "roles", List.of("OFFICER"),
                        "organizationId", other, "password", PASSWORD))
                .post("/api/v1/users").then()
                .statusCode(400).body("errors[0].field", equalTo("organizationId"));
        as(admin).header("If-Match", "\"0\"").delete("/api/v1/users/" + strangerId).then().statusCode(404);
    }

    @Test
    void rolesWithoutTheRightAreForbidden() {
        String province = createProvince(unique("UBND tỉnh"));
        String commune = createChild(province, "UBND xã Minh Long", "COMMUNE_PEOPLES_COMMITTEE");
        as(tokenFor("OFFICER", commune)).body(Map.of("name", "X", "type", "OTHER", "parentId", commune))
                .post("/api/v1/organizations").then()
                .statusCode(403).body("type", equalTo("urn:danvan:problem:forbidden"));
        as(tokenFor("VIEWER", commune)).get("/api/v1/users").then().statusCode(403);
        as(tokenFor("PORTAL_CLIENT", province)).get("/api/v1/users/me").then().statusCode(403);
    }

    @Test
    void anOrgAdminEditsTheirOwnUnitWhoseParentTheyCannotSee() {
        String province = createProvince(unique("UBND tỉnh"));
        String home = createChild(province, "Trung tâm Văn hóa", "PUBLIC_SERVICE_UNIT");
        as(tokenFor("ORG_ADMIN", home)).header("If-Match", "\"0\"")
                .body(Map.of("name", "Ban Dân vận", "type", "PARTY_MOBILIZATION_BOARD"))
                .put("/api/v1/organizations/" + home).then()
                .statusCode(200)
                .body("type", equalTo("PARTY_MOBILIZATION_BOARD"))
                .body("level", equalTo("PROVINCIAL"));
    }
}
