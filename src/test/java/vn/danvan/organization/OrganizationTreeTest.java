package vn.danvan.organization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class OrganizationTreeTest extends ApiTest {

    @Test
    void childrenAreListedByNameAcrossPages() {
        String province = createProvince(unique("UBND tỉnh"));
        for (String name : List.of("UBND xã Đức Phổ", "UBND xã An Phú", "UBND xã Bình Sơn", "UBND xã Ba Tơ", "UBND xã Ân Hảo")) {
            createChild(province, name, "COMMUNE_PEOPLES_COMMITTEE");
        }
        var first = api().queryParam("pageSize", 2).get("/api/v1/organizations/" + province + "/children").then()
                .statusCode(200).body("items", hasSize(2)).extract();
        String token = first.path("nextPageToken");
        var second = api().queryParam("pageSize", 2).queryParam("pageToken", token)
                .get("/api/v1/organizations/" + province + "/children").then()
                .statusCode(200).body("items", hasSize(2)).extract();
        var third = api().queryParam("pageSize", 2).queryParam("pageToken", (String) second.path("nextPageToken"))
                .get("/api/v1/organizations/" + province + "/children").then()
                .statusCode(200).body("items", hasSize(1)).body("nextPageToken", equalTo(null)).extract();
        List<String> names = new java.util.ArrayList<>();
        names.addAll(first.path("items.name"));
        names.addAll(second.path("items.name"));
        names.addAll(third.path("items.name"));
        // The accent-insensitive collation sorts Vietnamese letters with their base letters: Â/Ă with A, Đ with D.
        org.hamcrest.MatcherAssert.assertThat(names, contains("UBND xã Ân Hảo", "UBND xã An Phú", "UBND xã Ba Tơ",
                "UBND xã Bình Sơn", "UBND xã Đức Phổ"));
    }

    @Test
    void subtreeIsNestedAndStopsAtTheDepth() {
        String province = createProvince(unique("UBND tỉnh"));
        String commune = createChild(province, "UBND xã Nghĩa Hành", "COMMUNE_PEOPLES_COMMITTEE");
        String front = createChild(commune, "Ủy ban MTTQ xã Nghĩa Hành", "FATHERLAND_FRONT_COMMITTEE");
        createChild(front, "Ban công tác Mặt trận thôn 1", "OTHER");

        api().queryParam("depth", 2).get("/api/v1/organizations/" + province + "/subtree").then()
                .statusCode(200)
                .body("id", equalTo(province))
                .body("children", hasSize(1))
                .body("children[0].name", equalTo("UBND xã Nghĩa Hành"))
                .body("children[0].children[0].id", equalTo(front))
                .body("children[0].children[0].level", equalTo("COMMUNE"))
                .body("children[0].children[0].children", empty());
        api().get("/api/v1/organizations/" + province + "/subtree").then()
                .body("children[0].children[0].children[0].name", equalTo("Ban công tác Mặt trận thôn 1"));
        invalidRequest().queryParam("depth", 11).get("/api/v1/organizations/" + province + "/subtree").then()
                .statusCode(400).body("errors[0].field", equalTo("depth"));
    }

    @Test
    void ancestorsRunFromTheRootToTheParent() {
        String province = createProvince(unique("UBND tỉnh"));
        String commune = createChild(province, "UBND xã Sơn Hà", "COMMUNE_PEOPLES_COMMITTEE");
        String front = createChild(commune, "Ủy ban MTTQ xã Sơn Hà", "FATHERLAND_FRONT_COMMITTEE");
        api().get("/api/v1/organizations/" + front + "/ancestors").then()
                .statusCode(200)
                .body("items.id", contains(province, commune));
        api().get("/api/v1/organizations/" + province + "/ancestors").then().body("items", empty());
    }

    @Test
    void moveCarriesTheSubtreeAndRefusesCycles() {
        String province = createProvince(unique("UBND tỉnh"));
        String district = createChild(province, "UBND huyện Tư Nghĩa", "DISTRICT_PEOPLES_COMMITTEE");
        String commune = createChild(district, "UBND xã Nghĩa Kỳ", "COMMUNE_PEOPLES_COMMITTEE");
        String front = createChild(commune, "Ủy ban MTTQ xã Nghĩa Kỳ", "FATHERLAND_FRONT_COMMITTEE");

        api().body(Map.of("parentId", front)).post("/api/v1/organizations/" + district + "/move").then()
                .statusCode(409)
                .body("type", equalTo("urn:danvan:problem:tree-cycle"))
                .body("detail", containsString("UBND huyện Tư Nghĩa"));
        api().get("/api/v1/organizations/" + district).then().body("parentId", equalTo(province)).body("version", equalTo(0));

        api().header("If-Match", "\"0\"").body(Map.of("parentId", province))
                .post("/api/v1/organizations/" + commune + "/move").then()
                .statusCode(200)
                .body("parentId", equalTo(province))
                .body("version", equalTo(1));
        api().get("/api/v1/organizations/" + front + "/ancestors").then().body("items.id", contains(province, commune));
        api().get("/api/v1/organizations/" + district + "/children").then().body("items", empty());
        api().header("If-Match", "\"0\"").body(Map.of("parentId", district))
                .post("/api/v1/organizations/" + commune + "/move").then()
                .statusCode(412);
    }

    @Test
    void dissolvedUnitsLeaveTodaysListsButStayInHistory() {
        String province = createProvince(unique("UBND tỉnh"));
        String district = createChild(province, "UBND huyện Sơn Tịnh", "DISTRICT_PEOPLES_COMMITTEE");
        String commune = createChild(district, "UBND xã Tịnh Hà", "COMMUNE_PEOPLES_COMMITTEE");
        String heir = createChild(province, "UBND xã Tịnh Khê", "COMMUNE_PEOPLES_COMMITTEE");

        api().body(Map.of("validTo", "2025-06-30", "successorId", heir))
                .post("/api/v1/organizations/" + district + "/dissolution").then()
                .statusCode(409)
                .body("type", equalTo("urn:danvan:problem:has-dependents"));

        api().body(Map.of("parentId", province)).post("/api/v1/organizations/" + commune + "/move").then().statusCode(200);
        api().body(Map.of("validTo", "2025-06-30", "successorId", heir,
                        "note", "Nghị quyết 1656/NQ-UBTVQH15 sắp xếp đơn vị hành chính"))
                .post("/api/v1/organizations/" + district + "/dissolution").then()
                .statusCode(200)
                .body("validTo", equalTo("2025-06-30"))
                .body("successorId", equalTo(heir))
                .body("active", equalTo(false));

        api().queryParam("parentId", province).get("/api/v1/organizations").then()
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(district)));
        api().queryParam("parentId", province).queryParam("active", false).get("/api/v1/organizations").then()
                .body("items.id", contains(district));
        api().queryParam("parentId", province).queryParam("asOf", "2025-06-30").get("/api/v1/organizations").then()
                .body("items.id", org.hamcrest.Matchers.hasItem(district));
        api().queryParam("asOf", "2025-06-30").get("/api/v1/organizations/" + province + "/subtree").then()
                .body("children.id", org.hamcrest.Matchers.hasItem(district));

        api().body(Map.of("validTo", "2025-07-31")).post("/api/v1/organizations/" + district + "/dissolution").then()
                .statusCode(409)
                .body("type", equalTo("urn:danvan:problem:invalid-state"))
                .body("detail", containsString("2025-06-30"));
        api().body(Map.of("parentId", district)).post("/api/v1/organizations/" + heir + "/move").then()
                .statusCode(400).body("errors[0].code", equalTo("Dissolved"));
    }

    @Test
    void dissolutionChecksDatesAndSuccessor() {
        String province = createProvince(unique("UBND tỉnh"));
        String unit = createOrganization(Map.of("name", "Trung tâm cũ", "type", "PUBLIC_SERVICE_UNIT",
                "parentId", province, "validFrom", "2020-01-01"));
        api().body(Map.of("validTo", "2019-12-31")).post("/api/v1/organizations/" + unit + "/dissolution").then()
                .statusCode(400).body("errors[0].field", equalTo("validTo"));
        api().body(Map.of("validTo", "2025-06-30", "successorId", unit))
                .post("/api/v1/organizations/" + unit + "/dissolution").then()
                .statusCode(400).body("errors[0].code", equalTo("Self"));
        api().get("/api/v1/organizations/" + unit).then().body("active", equalTo(true)).body("version", equalTo(0));
    }

    @Test
    void aDissolvedUnitsCodeCanBeTakenByItsSuccessor() {
        String province = createProvince(unique("UBND tỉnh"));
        String code = numericCode(5);
        String old = createOrganization(Map.of("officialCode", code, "name", "UBND phường cũ",
                "type", "WARD_PEOPLES_COMMITTEE", "parentId", province));
        api().body(Map.of("validTo", "2025-06-30")).post("/api/v1/organizations/" + old + "/dissolution").then()
                .statusCode(200);
        createOrganization(Map.of("officialCode", code, "name", "UBND phường mới", "type", "WARD_PEOPLES_COMMITTEE",
                "parentId", province, "validFrom", "2025-07-01"));
    }
}
