package vn.danvan.report;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danvan.report.ReportFlowTest.FROM;
import static vn.danvan.report.ReportFlowTest.TO;
import static vn.danvan.report.ReportFlowTest.TODAY;
import static vn.danvan.report.ReportFlowTest.reception;
import static vn.danvan.support.StatisticsFigures.figure;

/**
 * The statistics of many units computed together (one query per section's figure query, grouped by unit) are those
 * of each unit computed alone: the per-unit breakdown, the consolidation and open data against GET /statistics.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class StatisticsBatchTest extends ApiTest {

    private static void receive(String org, String kind, int people) {
        as(tokenFor("OFFICER", org)).body(reception(org, kind, people)).post("/api/v1/receptions").then().statusCode(201);
    }

    @Test
    void figuresOfManyUnitsAtOnceEqualEachUnitsOwnIncludingAMergedUnit() {
        String province = createProvince(unique("UBND tỉnh Quảng Ngãi"));
        String a = createChild(province, unique("UBND xã Tịnh Ấn Đông"), "COMMUNE_PEOPLES_COMMITTEE");
        String b = createChild(province, unique("UBND xã Tịnh Ấn Tây"), "COMMUNE_PEOPLES_COMMITTEE");
        String merged = createChild(province, unique("UBND xã Tịnh Ấn"), "COMMUNE_PEOPLES_COMMITTEE");
        String c = createChild(province, unique("UBND xã Nghĩa Hành"), "COMMUNE_PEOPLES_COMMITTEE");
        String department = createChild(province, unique("Sở Nội vụ"), "DEPARTMENT");
        String quiet = createChild(province, unique("UBND xã Ba Tơ"), "COMMUNE_PEOPLES_COMMITTEE");
        receive(a, "COMPLAINT", 1);
        receive(a, "PETITION", 6);
        receive(b, "DENUNCIATION", 2);
        receive(merged, "FEEDBACK", 1);
        receive(merged, "FEEDBACK", 1);
        receive(c, "COMPLAINT", 7);
        receive(c, "COMPLAINT", 1);
        receive(department, "PETITION", 1);
        for (String old : List.of(a, b)) {
            api().body(Map.of("validTo", TODAY.minusDays(2).toString(), "successorId", merged,
                    "note", "Sáp nhập theo Nghị quyết của UBTVQH")).post("/api/v1/organizations/" + old + "/dissolution")
                    .then().statusCode(200);
        }
        String coordinator = tokenFor("COORDINATOR", province);

        // The units below the province, computed together, against each one's own statistics.
        Response breakdown = as(coordinator).queryParam("organizationId", province).queryParam("from", FROM)
                .queryParam("to", TO).get("/api/v1/statistics/by-organization").then().statusCode(200)
                .body("rows", hasSize(4)).extract().response();
        for (String unit : List.of(merged, c, department, quiet)) {
            int row = breakdown.jsonPath().getList("rows.organizationId").indexOf(unit);
            Response alone = as(coordinator).queryParam("organizationId", unit).queryParam("from", FROM)
                    .queryParam("to", TO).get("/api/v1/statistics").then().statusCode(200).extract().response();
            assertEquals(alone.jsonPath().getList("sections"), breakdown.jsonPath().getList("rows[" + row + "].sections"),
                    "unit " + unit);
        }
        int mergedRow = breakdown.jsonPath().getList("rows.organizationId").indexOf(merged);
        assertEquals(5, figure(breakdown, "rows[" + mergedRow + "].sections", "receptions", "total"));
        assertEquals(1, figure(breakdown, "rows[" + mergedRow + "].sections", "receptions", "kind.DENUNCIATION"));
        assertEquals(1 + 6 + 2 + 1 + 1, figure(breakdown, "rows[" + mergedRow + "].sections", "receptions", "people"));

        // A consolidation of the units asked (nobody submitted: all figures live) against each unit's own.
        Map<String, Object> request = ReportFlowTest.adHocRequest(province, province);
        String requestId = as(coordinator).body(request).post("/api/v1/report-requests").then().statusCode(201)
                .extract().path("id");
        Response consolidation = as(coordinator).get("/api/v1/report-requests/" + requestId + "/consolidation")
                .then().statusCode(200).body("rows", hasSize(4)).extract().response();
        for (int i = 0; i < 4; i++) {
            String unit = consolidation.path("rows[" + i + "].organizationId");
            int row = breakdown.jsonPath().getList("rows.organizationId").indexOf(unit);
            assertEquals(breakdown.jsonPath().getList("rows[" + row + "].sections"),
                    consolidation.jsonPath().getList("rows[" + i + "].sections"), "unit " + unit);
        }
        assertEquals(figure(breakdown, "total.sections", "receptions", "total"),
                figure(consolidation, "totals", "receptions", "total"));

        // Open data's communes, computed together, against each commune's own year.
        int year = TODAY.minusDays(3).getYear();
        Response open = anonymous().queryParam("provinceId", province).queryParam("year", year)
                .get("/api/v1/public/statistics").then().statusCode(200).extract().response();
        List<String> communes = open.jsonPath().getList("communes.organizationId");
        assertTrue(communes.containsAll(List.of(merged, c, quiet)) && !communes.contains(a), communes.toString());
        Response provinceYear = as(coordinator).queryParam("organizationId", province)
                .queryParam("from", year + "-01-01").queryParam("to", year + "-12-31").get("/api/v1/statistics")
                .then().statusCode(200).extract().response();
        assertEquals(8, figure(provinceYear, "sections", "receptions", "total"));
        assertEquals(8, ((Number) open.path("province.receptions.count")).longValue());
        assertEquals(5, ((Number) open.path("communes.find { it.organizationId == '" + merged + "' }.receptions.count"))
                .longValue());
        for (int i = 0; i < communes.size(); i++) {
            Response alone = as(coordinator).queryParam("organizationId", communes.get(i))
                    .queryParam("from", year + "-01-01").queryParam("to", year + "-12-31").get("/api/v1/statistics")
                    .then().statusCode(200).extract().response();
            long total = figure(alone, "sections", "receptions", "total");
            Object shown = open.path("communes[" + i + "].receptions.count");
            if (total == 0 || total >= 5) {
                assertEquals(total, ((Number) shown).longValue(), communes.get(i));
            } else {
                assertEquals(null, shown, communes.get(i));
            }
        }
    }
}
