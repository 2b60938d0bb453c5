package vn.danvan.mobilization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.danvan.support.MariaDbTestResource;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class StatisticsAndSettingsTest extends MobilizationFixtures {

    @Test
    void statisticsCountTheCallersScopeOnly() {
        Province p = provinceWithSettings();
        String other = createChild(p.id(), unique("UBND phường"), "WARD_PEOPLES_COMMITTEE");
        String a = recognized(p, collective(p.commune(), "A"));
        String b = create(exemplar(p.commune(), "B", false));
        action(b, "registration", null);
        action(b, "appraisal", appraisal(p.criteria(), 5));
        action(b, "rejection", Map.of("reason", "Chưa hiệu quả"));
        Map<String, Object> replication = collective(other, "C");
        replication.put("replicationOfId", a);
        replication.put("field", "CULTURE_SOCIETY");
        create(replication);

        as(tokenFor("COORDINATOR", p.id())).get(MODELS + "/statistics").then().statusCode(200)
                .body("total", equalTo(3))
                .body("recognized", equalTo(1))
                .body("notRecognized", equalTo(1))
                .body("recognitionRate", equalTo(0.5f))
                .body("replications", equalTo(1))
                .body("replicatedModels", equalTo(1))
                .body("byField.find { it.key == 'ECONOMY' }.count", equalTo(2))
                .body("byKind.find { it.key == 'INDIVIDUAL_EXEMPLAR' }.count", equalTo(1))
                .body("byStatus.find { it.key == 'DRAFT' }.count", equalTo(1))
                .body("byYear[0].key", equalTo(String.valueOf(thisYear())))
                .body("byOrganization[0].organizationId", equalTo(p.commune()))
                .body("byOrganization[0].count", equalTo(2));
        // The province-wide counts follow every change: a deleted draft no longer counts, filters apply.
        String draft = create(collective(p.commune(), "D"));
        as(tokenFor("COORDINATOR", p.id())).get(MODELS + "/statistics").then().body("total", equalTo(4))
                .body("byOrganization[0].count", equalTo(3));
        api().header("If-Match", "\"0\"").delete(MODELS + "/" + draft).then().statusCode(204);
        as(tokenFor("COORDINATOR", p.id())).queryParam("year", thisYear()).queryParam("phase", "PHASE_2026_2030")
                .get(MODELS + "/statistics").then()
                .body("total", equalTo(3)).body("replicatedModels", equalTo(1))
                .body("byOrganization[0].organizationId", equalTo(p.commune()))
                .body("byOrganization[0].count", equalTo(2))
                .body("byOrganization[0].recognized", equalTo(1));
        as(tokenFor("COORDINATOR", p.id())).queryParam("year", thisYear() + 1).get(MODELS + "/statistics").then()
                .body("total", equalTo(0)).body("byOrganization", hasSize(0));
        as(tokenFor("VIEWER", other)).get(MODELS + "/statistics").then().statusCode(200)
                .body("total", equalTo(1)).body("byOrganization", hasSize(1));
        as(tokenFor("VIEWER", other)).queryParam("organizationId", p.commune()).get(MODELS + "/statistics").then()
                .statusCode(400).body("errors[0].field", equalTo("organizationId"));
        api().queryParam("organizationId", p.commune()).get(MODELS + "/statistics").then()
                .body("total", equalTo(2));
    }

    @Test
    void settingsAreValidatedAndUniquePerProvince() {
        String province = createProvince(unique("UBND tỉnh"));
        String commune = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        String coordinator = tokenFor("COORDINATOR", province);
        Map<String, Object> window = Map.of("provinceId", province, "phase", "PHASE_2026_2030", "year", 2026,
                "opensOn", "2026-03-01", "closesOn", "2026-04-30", "reportDueOn", "2026-09-20");
        as(coordinator).body(window).post("/api/v1/mobilization-registration-windows").then().statusCode(201)
                .body("year", equalTo(2026));
        as(coordinator).body(window).post("/api/v1/mobilization-registration-windows").then().statusCode(409);
        as(coordinator).body(Map.of("provinceId", province, "phase", "PHASE_2026_2030", "year", 2031,
                        "opensOn", "2031-03-01", "closesOn", "2031-02-01", "reportDueOn", "2031-09-20"))
                .post("/api/v1/mobilization-registration-windows").then().statusCode(400)
                .body("errors.field", hasItem("year")).body("errors.field", hasItem("closesOn"));
        as(coordinator).body(Map.of("provinceId", commune, "phase", "PHASE_2026_2030", "year", 2027,
                        "opensOn", "2027-03-01", "closesOn", "2027-04-01", "reportDueOn", "2027-09-20"))
                .post("/api/v1/mobilization-registration-windows").then().statusCode(400)
                .body("errors[0].code", equalTo("NotProvince"));
        as(tokenFor("OFFICER", commune)).get("/api/v1/mobilization-registration-windows").then().statusCode(200)
                .body("items", hasSize(1));
        as(tokenFor("OFFICER", commune)).body(window).post("/api/v1/mobilization-registration-windows").then()
                .statusCode(403);

        String criterion = as(coordinator).body(Map.of("provinceId", province, "phase", "PHASE_2026_2030",
                        "code", "SPREAD", "name", "Lan tỏa", "minScore", 0, "maxScore", 10))
                .post("/api/v1/mobilization-appraisal-criteria").then().statusCode(201).extract().path("id");
        as(coordinator).body(Map.of("provinceId", province, "phase", "PHASE_2026_2030",
                        "code", "SPREAD", "name", "Lan tỏa", "minScore", 0, "maxScore", 10))
                .post("/api/v1/mobilization-appraisal-criteria").then().statusCode(409)
                .body("detail", containsString("SPREAD"));
        as(coordinator).header("If-Match", "\"0\"").body(Map.of("name", "Lan tỏa", "minScore", 5, "maxScore", 5))
                .put("/api/v1/mobilization-appraisal-criteria/" + criterion).then().statusCode(400)
                .body("errors[0].field", equalTo("maxScore"));
        as(coordinator).header("If-Match", "\"0\"").body(Map.of("name", "Sức lan tỏa", "minScore", 0, "maxScore", 15))
                .put("/api/v1/mobilization-appraisal-criteria/" + criterion).then().statusCode(200)
                .body("maxScore", equalTo(15)).header("ETag", "\"1\"");
    }
}
