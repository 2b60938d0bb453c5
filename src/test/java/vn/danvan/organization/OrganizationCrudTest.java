package vn.danvan.organization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class OrganizationCrudTest extends ApiTest {

    @Test
    void createdCommuneComesBackWithDerivedLevelEtagAndLocation() {
        String province = createProvince(unique("UBND tỉnh"));
        String code = numericCode(5);
        Map<String, Object> body = new HashMap<>();
        body.put("officialCode", code);
        body.put("name", "Ủy ban nhân dân xã Tịnh Khê");
        body.put("shortName", "UBND xã Tịnh Khê");
        body.put("type", "COMMUNE_PEOPLES_COMMITTEE");
        body.put("parentId", province);
        body.put("phone", "0255 3843 123");
        body.put("email", "ubnd.tinhkhe@quangngai.gov.vn");
        body.put("mobilizationLead", Map.of("name", "Nguyễn Văn An", "position", "Phó Chủ tịch UBND xã"));
        body.put("validFrom", "2025-07-01");

        String id = api().body(body).post("/api/v1/organizations").then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", matchesPattern(".*/api/v1/organizations/[0-9a-f-]{36}$"))
                .body("officialCode", equalTo(code))
                .body("level", equalTo("COMMUNE"))
                .body("parentId", equalTo(province))
                .body("mobilizationLead.name", equalTo("Nguyễn Văn An"))
                .body("active", equalTo(true))
                .body("demo", equalTo(false))
                .body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .extract().path("id");

        api().get("/api/v1/organizations/" + id).then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo("Ủy ban nhân dân xã Tịnh Khê"))
                .body("validFrom", equalTo("2025-07-01"));
    }

    /** Seed 004, item 5: a leader and a specialist in charge of dân vận, both on the unit, both in its history. */
    @Test
    void aUnitShowsItsLeadAndItsSpecialistInChargeOfMobilization() {
        String province = createProvince(unique("UBND tỉnh"));
        Map<String, Object> body = new HashMap<>();
        body.put("name", unique("Ủy ban nhân dân xã"));
        body.put("type", "COMMUNE_PEOPLES_COMMITTEE");
        body.put("parentId", province);
        body.put("mobilizationLead", Map.of("name", "Nguyễn Văn An", "position", "Phó Chủ tịch UBND xã"));
        body.put("mobilizationSpecialist", Map.of("name", "Lê Thị Thu", "position", "Công chức Văn phòng - Thống kê",
                "phone", "0255 3843 125"));
        String id = api().body(body).post("/api/v1/organizations").then().statusCode(201)
                .body("mobilizationSpecialist.name", equalTo("Lê Thị Thu"))
                .body("mobilizationSpecialist.phone", equalTo("0255 3843 125"))
                .extract().path("id");
        String officer = tokenFor("OFFICER", id);
        as(officer).get("/api/v1/organizations/" + id).then().statusCode(200)
                .body("mobilizationLead.name", equalTo("Nguyễn Văn An"))
                .body("mobilizationSpecialist.position", equalTo("Công chức Văn phòng - Thống kê"));

        body.remove("parentId");
        body.put("mobilizationSpecialist", Map.of("name", "Phạm Văn Hùng", "position", "Công chức Văn hóa - Xã hội"));
        api().header("If-Match", "\"0\"").body(body).put("/api/v1/organizations/" + id).then().statusCode(200)
                .body("mobilizationSpecialist.name", equalTo("Phạm Văn Hùng"))
                .body("mobilizationSpecialist", not(hasKey("phone")));
        api().get("/api/v1/organizations/" + id + "/history").then().statusCode(200)
                .body("items[0].changes.field", hasItems("mobilizationSpecialist.name", "mobilizationSpecialist.position",
                        "mobilizationSpecialist.phone"))
                .body("items[0].changes.find { it.field == 'mobilizationSpecialist.name' }.oldValue", equalTo("Lê Thị Thu"));

        body.put("mobilizationSpecialist", Map.of("name", "", "phone", "không có"));
        invalidRequest().header("If-Match", "\"1\"").body(body).put("/api/v1/organizations/" + id).then().statusCode(400)
                .body("errors.field", hasItems("mobilizationSpecialist.name", "mobilizationSpecialist.phone"));
        body.remove("mobilizationSpecialist");
        api().header("If-Match", "\"1\"").body(body).put("/api/v1/organizations/" + id).then().statusCode(200)
                .body("$", not(hasKey("mobilizationSpecialist")));
    }

    @Test
    void departmentTakesTheLevelOfItsParent() {
        String province = createProvince(unique("UBND tỉnh"));
        String commune = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        String front = createChild(commune, unique("Ủy ban MTTQ xã"), "FATHERLAND_FRONT_COMMITTEE");
        String department = createChild(province, unique("Sở Nội vụ"), "DEPARTMENT");
        api().get("/api/v1/organizations/" + front).then().body("level", equalTo("COMMUNE"));
        api().get("/api/v1/organizations/" + department).then().body("level", equalTo("PROVINCIAL"));
    }

    @Test
    void clientChosenIdIsKeptAndCannotBeUsedTwice() {
        String province = createProvince(unique("UBND tỉnh"));
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("id", id, "name", unique("Phòng"), "type", "OFFICE_DIVISION", "parentId", province);
        api().body(body).post("/api/v1/organizations").then().statusCode(201).body("id", equalTo(id));
        api().body(body).post("/api/v1/organizations").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:danvan:problem:duplicate-id"));
    }

    @Test
    void unknownOrganizationIsA404ProblemInVietnameseOrEnglish() {
        String id = UUID.randomUUID().toString();
        api().get("/api/v1/organizations/" + id).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:danvan:problem:not-found"))
                .body("title", equalTo("Không tìm thấy"))
                .body("detail", containsString(id))
                .body("instance", equalTo("/api/v1/organizations/" + id));
        api().header("Accept-Language", "en").get("/api/v1/organizations/" + id).then()
                .statusCode(404)
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("No organization " + id + "."));
    }

    @Test
    void duplicateActiveCodeIsRefusedWith409AndCreatesNothing() {
        String province = createProvince(unique("UBND tỉnh"));
        String code = numericCode(5);
        createOrganization(Map.of("officialCode", code, "name", "UBND xã A", "type", "COMMUNE_PEOPLES_COMMITTEE",
                "parentId", province));
        api().body(Map.of("officialCode", code, "name", "UBND xã B", "type", "COMMUNE_PEOPLES_COMMITTEE",
                        "parentId", province))
                .post("/api/v1/organizations").then()
                .statusCode(409)
                .body("type", equalTo("urn:danvan:problem:duplicate-official-code"))
                .body("detail", containsString(code));
        api().queryParam("parentId", province).get("/api/v1/organizations").then()
                .body("items", hasSize(1))
                .body("items[0].name", equalTo("UBND xã A"));
    }

    @Test
    void invalidFieldsAreEachNamedInTheProblem() {
        String province = createProvince(unique("UBND tỉnh"));
        Map<String, Object> body = new HashMap<>();
        body.put("name", "");
        body.put("type", "COMMUNE_PEOPLES_COMMITTEE");
        body.put("parentId", province);
        body.put("email", "not-an-email");
        body.put("shortName", "x".repeat(101));
        invalidRequest().body(body).post("/api/v1/organizations").then()
                .statusCode(400)
                .body("type", equalTo("urn:danvan:problem:validation-failed"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("shortName"))
                .body("errors.find { it.field == 'shortName' }.code", equalTo("Size"));
        api().queryParam("parentId", province).get("/api/v1/organizations").then().body("items", hasSize(0));
    }

    @Test
    void unknownTypeIsA400ListingTheAllowedValues() {
        String province = createProvince(unique("UBND tỉnh"));
        invalidRequest().body(Map.of("name", "X", "type", "DISTRICT_PARTY", "parentId", province))
                .post("/api/v1/organizations").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].code", equalTo("InvalidValue"))
                .body("errors[0].message", containsString("COMMUNE_PEOPLES_COMMITTEE"));
    }

    @Test
    void serverManagedFieldsCannotBeSet() {
        String province = createProvince(unique("UBND tỉnh"));
        invalidRequest().body(Map.of("name", "X", "type", "DEPARTMENT", "parentId", province, "version", 7))
                .post("/api/v1/organizations").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("version"))
                .body("errors[0].code", equalTo("Unknown"));
        invalidRequest().body(Map.of("name", "X", "type", "DEPARTMENT", "parentId", province, "level", "COMMUNE"))
                .post("/api/v1/organizations").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("level"));
    }

    @Test
    void malformedJsonAndImpossibleDatesAreClear400s() {
        String province = createProvince(unique("UBND tỉnh"));
        invalidRequest().body("{\"name\": \"X\", ").post("/api/v1/organizations").then()
                .statusCode(400)
                .body("type", equalTo("urn:danvan:problem:malformed-request"));
        invalidRequest().body(Map.of("name", "X", "type", "DEPARTMENT", "parentId", province, "validFrom", "2025-02-31"))
                .post("/api/v1/organizations").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("validFrom"))
                .body("errors[0].code", equalTo("InvalidFormat"));
        invalidRequest().body(Map.of("name", List_of("X"), "type", "DEPARTMENT", "parentId", province))
                .post("/api/v1/organizations").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("name"));
    }

    private static Object List_of(String value) {
        return java.util.List.of(value);
    }

    @Test
    void treeRulesOnRootsParentsAndCodes() {
        String province = createProvince(unique("UBND tỉnh"));
        api().body(Map.of("name", "UBND tỉnh khác", "type", "PROVINCIAL_PEOPLES_COMMITTEE", "parentId", province))
                .post("/api/v1/organizations").then()
                .statusCode(400).body("errors[0].field", equalTo("parentId"));
        api().body(Map.of("name", "UBND xã mồ côi", "type", "COMMUNE_PEOPLES_COMMITTEE"))
                .post("/api/v1/organizations").then()
                .statusCode(400).body("errors[0].field", equalTo("parentId"));
        api().body(Map.of("name", "UBND xã", "type", "COMMUNE_PEOPLES_COMMITTEE", "parentId", province,
                        "officialCode", "123"))
                .post("/api/v1/organizations").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("officialCode"))
                .body("errors[0].code", equalTo("CodeFormat"));
        api().body(Map.of("name", "UBND xã", "type", "COMMUNE_PEOPLES_COMMITTEE",
                        "parentId", UUID.randomUUID().toString()))
                .post("/api/v1/organizations").then()
                .statusCode(400).body("errors[0].code", equalTo("NotFound"));
    }

    @Test
    void bodiesOverTheLimitAre413AndOtherMediaTypes415() {
        String huge = "{\"name\": \"" + "x".repeat(300_000) + "\", \"type\": \"DEPARTMENT\"}";
        invalidRequest().body(huge).post("/api/v1/organizations").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:danvan:problem:payload-too-large"));
        invalidRequest().contentType(ContentType.XML).body("<organization/>").post("/api/v1/organizations").then()
                .statusCode(415)
                .body("type", equalTo("urn:danvan:problem:unsupported-media-type"));
    }

    @Test
    void updateNeedsTheCurrentEtag() {
        String province = createProvince(unique("UBND tỉnh"));
        String id = createChild(province, "Sở Nội vụ", "DEPARTMENT");
        Map<String, Object> change = Map.of("name", "Sở Nội vụ tỉnh", "type", "DEPARTMENT",
                "mobilizationLead", Map.of("name", "Lê Văn Cường", "position", "Phó Giám đốc"));

        invalidRequest().body(change).put("/api/v1/organizations/" + id).then()
                .statusCode(428)
                .body("type", equalTo("urn:danvan:problem:precondition-required"));
        api().header("If-Match", "\"5\"").body(change).put("/api/v1/organizations/" + id).then()
                .statusCode(412)
                .body("type", equalTo("urn:danvan:problem:precondition-failed"));
        api().get("/api/v1/organizations/" + id).then().body("name", equalTo("Sở Nội vụ")).body("version", equalTo(0));

        api().header("If-Match", "\"0\"").body(change).put("/api/v1/organizations/" + id).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Sở Nội vụ tỉnh"))
                .body("mobilizationLead.position", equalTo("Phó Giám đốc"))
                .body("version", equalTo(1));
        api().header("If-Match", "\"0\"").body(change).put("/api/v1/organizations/" + id).then().statusCode(412);
    }

    @Test
    void updateCannotTakeACodeHeldByAnotherUnit() {
        String province = createProvince(unique("UBND tỉnh"));
        String code = numericCode(5);
        createOrganization(Map.of("officialCode", code, "name", "UBND xã A", "type", "COMMUNE_PEOPLES_COMMITTEE",
                "parentId", province));
        String other = createChild(province, "UBND xã B", "COMMUNE_PEOPLES_COMMITTEE");
        api().header("If-Match", "\"0\"")
                .body(Map.of("name", "UBND xã B", "type", "COMMUNE_PEOPLES_COMMITTEE", "officialCode", code))
                .put("/api/v1/organizations/" + other).then()
                .statusCode(409)
                .body("type", equalTo("urn:danvan:problem:duplicate-official-code"));
        api().get("/api/v1/organizations/" + other).then().body("officialCode", nullValue());
    }

    @Test
    void deletingALeafLeavesNothingVisibleAndFreesTheCode() {
        String province = createProvince(unique("UBND tỉnh"));
        String code = numericCode(5);
        String id = createOrganization(Map.of("officialCode", code, "name", "Nhập nhầm", "type",
                "COMMUNE_PEOPLES_COMMITTEE", "parentId", province));
        invalidRequest().delete("/api/v1/organizations/" + id).then().statusCode(428);
        api().header("If-Match", "\"0\"").delete("/api/v1/organizations/" + id).then().statusCode(204);
        api().get("/api/v1/organizations/" + id).then().statusCode(404);
        api().queryParam("parentId", province).get("/api/v1/organizations").then()
                .body("items.id", not(hasItem(id)));
        createOrganization(Map.of("officialCode", code, "name", "Nhập lại", "type", "COMMUNE_PEOPLES_COMMITTEE",
                "parentId", province));
    }

    @Test
    void unitsWithChildrenOrSuccessorRolesCannotBeDeleted() {
        String province = createProvince(unique("UBND tỉnh"));
        String district = createChild(province, "UBND huyện Sơn Tịnh", "DISTRICT_PEOPLES_COMMITTEE");
        createChild(district, "UBND xã Tịnh Hà", "COMMUNE_PEOPLES_COMMITTEE");
        api().header("If-Match", "\"0\"").delete("/api/v1/organizations/" + district).then()
                .statusCode(409)
                .body("type", equalTo("urn:danvan:problem:has-dependents"));

        String heir = createChild(province, "UBND xã Trường Giang", "COMMUNE_PEOPLES_COMMITTEE");
        String old = createChild(province, "UBND xã Tịnh Giang", "COMMUNE_PEOPLES_COMMITTEE");
        api().body(Map.of("validTo", "2025-06-30", "successorId", heir))
                .post("/api/v1/organizations/" + old + "/dissolution").then().statusCode(200);
        api().header("If-Match", "\"0\"").delete("/api/v1/organizations/" + heir).then()
                .statusCode(409)
                .body("detail", containsString("kế thừa"));
        api().get("/api/v1/organizations/" + heir).then().statusCode(200);
    }
}
