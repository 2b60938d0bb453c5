package vn.danvan.mobilization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A commune official's phone holds its province's appraisal criteria and registration windows, not another's. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class SettingsSyncTest extends ApiTest {

    @Test
    void aCommuneSyncsItsProvincesSettingsOnly() {
        String province = createProvince(unique("UBND tỉnh"));
        String commune = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        String elsewhere = createChild(createProvince(unique("UBND tỉnh khác")), unique("UBND xã"),
                "COMMUNE_PEOPLES_COMMITTEE");
        String criterion = api().body(Map.of("provinceId", province, "phase", "PHASE_2026_2030", "code", "EFFECTIVENESS",
                        "name", "Hiệu quả", "minScore", 0, "maxScore", 20, "sortOrder", 0))
                .post("/api/v1/mobilization-appraisal-criteria").then().statusCode(201).extract().path("id");
        String window = api().body(Map.of("provinceId", province, "phase", "PHASE_2026_2030", "year", 2027,
                        "opensOn", "2027-03-01", "closesOn", "2027-04-30", "reportDueOn", "2027-09-20"))
                .post("/api/v1/mobilization-registration-windows").then().statusCode(201).extract().path("id");

        String official = tokenFor("OFFICER", commune);
        JsonPath criteria = as(official).get("/api/v1/mobilization-appraisal-criteria/delta").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(criterion), criteria.getList("changed.id"));
        JsonPath windows = as(official).get("/api/v1/mobilization-registration-windows/delta").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(window), windows.getList("changed.id"));
        assertNotNull(windows.getString("deltaToken"));

        String stranger = tokenFor("OFFICER", elsewhere);
        assertEquals(List.of(), as(stranger).get("/api/v1/mobilization-appraisal-criteria/delta").then()
                .statusCode(200).extract().jsonPath().getList("changed"));
        assertEquals(List.of(), as(stranger).get("/api/v1/mobilization-registration-windows/delta").then()
                .statusCode(200).extract().jsonPath().getList("changed"));
    }
}
