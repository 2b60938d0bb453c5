package vn.danvan.report;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;
import static vn.danvan.support.StatisticsFigures.figure;
import vn.danvan.support.Parallel;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class ReportFlowTest extends ApiTest {

    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    static final String FROM = TODAY.minusDays(30).toString();
    static final String TO = TODAY.minusDays(1).toString();

    static Map<String, Object> reception(String org, String kind, int people) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", org);
        body.put("receivedOn", TODAY.minusDays(3).toString());
        body.put("receptionType", "REGULAR");
        body.put("channel", "IN_PERSON");
        body.put("kind", kind);
        body.put("domain", "LAND");
        body.put("peopleCount", people);
        body.put("citizens", List.of(Map.of("fullName", "Trần Văn Bình", "address", "Thôn Mỹ Lai",
                "representative", people >= 5)));
        body.put("content", "Khiếu nại việc thu hồi đất nông nghiệp thôn Mỹ Lai");
        body.put("handling", "ACCEPTED");
        body.put("concernedCommuneId", org);
        body.put("receivingOfficials", List.of("Võ Minh Tâm"));
        return body;
    }

    static void receive(String org) {
        as(tokenFor("OFFICER", org)).body(reception(org, "COMPLAINT", 1)).post("/api/v1/receptions").then().statusCode(201);
    }

    static Map<String, Object> adHocRequest(String requester, String subtree) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Báo cáo kết quả công tác dân vận chính quyền tháng này");
        body.put("requestingOrganizationId", requester);
        body.put("period", "AD_HOC");
        body.put("from", FROM);
        body.put("to", TO);
        body.put("deadline", TODAY.plusDays(5).toString());
        body.put("subtreeOfOrganizationId", subtree);
        return body;
    }

    private static String reportOf(Response request, String organizationId) {
        return request.jsonPath().getString("reports.find { it.organizationId == '" + organizationId + "' }.reportId");
    }

    @Test
    void aSubmittedReportKeepsItsSnapshotWhileTheDataChanges() throws Exception {
        String province = createProvince(unique("UBND tỉnh Quảng Ngãi"));
        String a = createChild(province, unique("UBND xã Tịnh Khê"), "COMMUNE_PEOPLES_COMMITTEE");
        String b = createChild(province, unique("UBND xã Nghĩa Hành"), "COMMUNE_PEOPLES_COMMITTEE");
        String coordinator = tokenFor("COORDINATOR", province);
        String officerA = tokenFor("OFFICER", a);
        String officerB = tokenFor("OFFICER", b);
        receive(a);

        Response request = as(coordinator).body(adHocRequest(province, province)).post("/api/v1/report-requests")
                .then().statusCode(201).body("reports", hasSize(2)).body("missing", equalTo(0))
                .body("reports.delivery", hasItem("PENDING")).extract().response();
        String report = reportOf(request, a);
        String requestId = request.path("id");

        Response draft = as(officerA).get("/api/v1/reports/" + report).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("frozen", equalTo(false)).extract().response();
        assertEquals(1, figure(draft, "statistics", "receptions", "total"));
        // Another commune's official does not see it, nor export it: 404 as if absent.
        as(officerB).get("/api/v1/reports/" + report).then().statusCode(404);
        as(officerB).get("/api/v1/reports/" + report + "/document").then().statusCode(404);

        // A correction without a reason is refused and changes nothing.
        Map<String, Object> noReason = Map.of("results", "Đã tiếp 1 lượt công dân.",
                "corrections", List.of(Map.of("figure", "receptions.people", "value", 3, "reason", " ")));
        as(officerA).header("If-Match", "\"0\"").body(noReason).put("/api/v1/reports/" + report).then().statusCode(400)
                .body("errors[0].field", equalTo("corrections[0].reason"));
        as(officerA).get("/api/v1/reports/" + report).then().body("version", equalTo(0)).body("results", equalTo(null));

        Map<String, Object> corrected = Map.of("results", "Đã tiếp 1 lượt công dân.",
                "corrections", List.of(Map.of("figure", "receptions.people", "value", 3, "reason",
                        "Sổ ghi thiếu hai người đi cùng")));
        as(officerA).header("If-Match", "\"0\"").body(corrected).put("/api/v1/reports/" + report).then().statusCode(200)
                .body("statistics.find { it.key == 'receptions' }.figures.find { it.key == 'people' }.value", equalTo(3))
                .body("statistics.find { it.key == 'receptions' }.figures.find { it.key == 'people' }.computedValue", equalTo(1))
                .body("statistics.find { it.key == 'receptions' }.figures.find { it.key == 'people' }.correctionReason",
                        equalTo("Sổ ghi thiếu hai người đi cùng"));

        // Two submissions at once: one wins, the other is refused.
        List<Integer> statuses = Parallel.run(2, i -> as(officerA).header("If-Match", "\"1\"")
                .post("/api/v1/reports/" + report + "/submission").statusCode());
        assertTrue(statuses.contains(200), statuses.toString());
        assertTrue(statuses.stream().filter(s -> s == 200).count() == 1
                && statuses.stream().anyMatch(s -> s == 409 || s == 412), statuses.toString());

        // The data changes after submission: the report does not.
        receive(a);
        Response submitted = as(officerA).get("/api/v1/reports/" + report).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("frozen", equalTo(true))
                .body("delivery", equalTo("SUBMITTED_ON_TIME")).extract().response();
        assertEquals(1, figure(submitted, "statistics", "receptions", "total"));
        assertEquals(3, figure(submitted, "statistics", "receptions", "people"));
        Response live = as(officerA).queryParam("from", FROM).queryParam("to", TO).get("/api/v1/statistics")
                .then().statusCode(200).extract().response();
        assertEquals(2, figure(live, "sections", "receptions", "total"));

        // Editing a submitted report: 409, nothing changed.
        int version = submitted.path("version");
        as(officerA).header("If-Match", "\"" + version + "\"").body(corrected).put("/api/v1/reports/" + report)
                .then().statusCode(409);
        // Only the requester returns; a reason is required.
        as(officerA).header("If-Match", "\"" + version + "\"").body(Map.of("reason", "x"))
                .post("/api/v1/reports/" + report + "/return").then().statusCode(403);
        as(coordinator).header("If-Match", "\"" + version + "\"").body(Map.of("reason", " "))
                .post("/api/v1/reports/" + report + "/return").then().statusCode(400);
        as(coordinator).header("If-Match", "\"" + version + "\"").body(Map.of("reason", "Đề nghị cập nhật số liệu"))
                .post("/api/v1/reports/" + report + "/return").then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("returnReason", equalTo("Đề nghị cập nhật số liệu"))
                .body("frozen", equalTo(false));
        Response again = as(officerA).header("If-Match", "\"" + (version + 1) + "\"")
                .post("/api/v1/reports/" + report + "/submission").then().statusCode(200).extract().response();
        // The new snapshot and the dashboard agree for the same window (one query layer).
        Response sameWindow = as(officerA).queryParam("from", FROM).queryParam("to", TO).get("/api/v1/statistics")
                .then().extract().response();
        assertEquals(2, figure(again, "statistics", "receptions", "total"));
        List<Map<String, Object>> snapshot = again.jsonPath().getList("statistics");
        List<Map<String, Object>> dashboard = sameWindow.jsonPath().getList("sections");
        assertEquals(withoutCorrections(dashboard), withoutCorrections(snapshot));
        as(coordinator).header("If-Match", "\"" + again.path("version") + "\"")
                .post("/api/v1/reports/" + report + "/acceptance").then().statusCode(200).body("status", equalTo("ACCEPTED"));

        as(coordinator).get("/api/v1/report-requests/" + requestId).then().statusCode(200)
                .body("submitted", equalTo(1)).body("reports.find { it.organizationId == '" + a + "' }.status", equalTo("ACCEPTED"))
                .body("reports.find { it.organizationId == '" + b + "' }.delivery", equalTo("PENDING"));
        // Reminders go to the commune that has not submitted, once a day.
        as(coordinator).post("/api/v1/report-requests/" + requestId + "/reminders").then().statusCode(200)
                .body("reminded", equalTo(1));
        as(coordinator).post("/api/v1/report-requests/" + requestId + "/reminders").then().statusCode(200)
                .body("reminded", equalTo(0));
        as(officerB).get("/api/v1/notifications").then().statusCode(200).body("items.kind", hasItem("DUE_SOON"))
                .body("items.title", hasItem(containsString("Nhắc nộp báo cáo")));
        // The commune's official cannot read the province's request.
        as(officerB).get("/api/v1/report-requests/" + requestId).then().statusCode(404);

        // The Word export opens, with the layout's heading, the sections and the figures.
        byte[] docx = as(officerA).get("/api/v1/reports/" + report + "/document").then().statusCode(200)
                .contentType(containsString("wordprocessingml")).extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String heading = document.getTables().get(0).getText();
            assertTrue(heading.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), heading);
            assertTrue(heading.contains("UBND XÃ TỊNH KHÊ"), heading);
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertTrue(text.contains("BÁO CÁO"), text);
            assertTrue(text.contains("I. KẾT QUẢ ĐẠT ĐƯỢC\nĐã tiếp 1 lượt công dân."), text);
            assertTrue(text.contains("VI. SỐ LIỆU THỐNG KÊ"), text);
            XWPFTable receptions = document.getTables().stream()
                    .filter(t -> t.getText().contains("Lượt tiếp công dân")).findFirst().orElseThrow();
            assertEquals("2", receptions.getRows().stream().filter(r -> r.getCell(0).getText().equals("Lượt tiếp công dân"))
                    .findFirst().orElseThrow().getCell(1).getText());
            assertTrue(receptions.getText().contains("Lý do điều chỉnh: Sổ ghi thiếu hai người đi cùng"));
        }
    }

    /** The computed values of sections (a snapshot shows corrected values with the computed one beside). */
    private static List<String> withoutCorrections(List<Map<String, Object>> sections) {
        List<String> values = new ArrayList<>();
        for (Map<String, Object> section : sections) {
            for (Object f : (List<?>) section.get("figures")) {
                Map<?, ?> figure = (Map<?, ?>) f;
                Object value = figure.containsKey("computedValue") ? figure.get("computedValue") : figure.get("value");
                values.add(section.get("key") + "." + figure.get("key") + "=" + value);
            }
        }
        return values;
    }

    @Test
    void twoCommunesMergedDuringThePeriodAreConsolidatedUnderTheirSuccessorOnce() throws Exception {
        String province = createProvince(unique("UBND tỉnh Quảng Ngãi"));
        String a = createChild(province, unique("UBND xã Tịnh Ấn Đông"), "COMMUNE_PEOPLES_COMMITTEE");
        String b = createChild(province, unique("UBND xã Tịnh Ấn Tây"), "COMMUNE_PEOPLES_COMMITTEE");
        String merged = createChild(province, unique("UBND xã Tịnh Ấn"), "COMMUNE_PEOPLES_COMMITTEE");
        receive(a);
        receive(b);
        receive(b);
        for (String old : List.of(a, b)) {
            api().body(Map.of("validTo", TODAY.minusDays(2).toString(), "successorId", merged,
                    "note", "Sáp nhập theo Nghị quyết của UBTVQH")).post("/api/v1/organizations/" + old + "/dissolution")
                    .then().statusCode(200);
        }
        String coordinator = tokenFor("COORDINATOR", province);
        Response request = as(coordinator).body(adHocRequest(province, province)).post("/api/v1/report-requests")
                .then().statusCode(201).body("reports", hasSize(1))
                .body("reports[0].organizationId", equalTo(merged)).extract().response();
        String requestId = request.path("id");

        Response consolidation = as(coordinator).get("/api/v1/report-requests/" + requestId + "/consolidation")
                .then().statusCode(200).body("rows", hasSize(1)).body("rows[0].counted", equalTo(true)).extract().response();
        assertEquals(3, figure(consolidation, "rows[0].sections", "receptions", "total"));
        assertEquals(3, figure(consolidation, "totals", "receptions", "total"));
        // The province's own statistics count the three once too.
        Response provinceStatistics = as(coordinator).queryParam("organizationId", province).queryParam("from", FROM)
                .queryParam("to", TO).get("/api/v1/statistics/by-organization").then().statusCode(200)
                .body("rows", hasSize(1)).body("rows[0].organizationId", equalTo(merged)).extract().response();
        assertEquals(3, figure(provinceStatistics, "total.sections", "receptions", "total"));

        byte[] docx = as(coordinator).get("/api/v1/report-requests/" + requestId + "/consolidation/document")
                .then().statusCode(200).extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertTrue(text.contains("VII. SỐ LIỆU TỔNG HỢP"), text);
            XWPFTable totals = document.getTables().stream().filter(t -> t.getRow(0).getCell(1) != null
                    && t.getRow(0).getCell(1).getText().equals("Tổng hợp") && t.getText().contains("Lượt tiếp công dân"))
                    .findFirst().orElseThrow();
            assertEquals("3", totals.getRows().stream().filter(r -> r.getCell(0).getText().equals("Lượt tiếp công dân"))
                    .findFirst().orElseThrow().getCell(1).getText());
        }
        // The workbook has the province's sheet and one per commune in force.
        byte[] xlsx = as(coordinator).queryParam("organizationId", province).queryParam("from", FROM).queryParam("to", TO)
                .get("/api/v1/statistics/workbook").then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheets = workbook.getSheets().toList();
            assertEquals(2, sheets.size());
            List<Row> rows = sheets.get(0).read();
            assertTrue(rows.stream().anyMatch(r -> "Chỉ tiêu".equals(r.getCellText(1)) && "Số liệu".equals(r.getCellText(3))));
            Row total = rows.stream().filter(r -> "receptions.total".equals(r.getCellText(2))).findFirst().orElseThrow();
            assertEquals("3", total.getCellText(3));
        }
        // Month by month, the months add up to the window.
        Response series = as(coordinator).queryParam("organizationId", province).queryParam("from", FROM).queryParam("to", TO)
                .get("/api/v1/statistics/monthly").then().statusCode(200).body("months[0].from", equalTo(FROM))
                .extract().response();
        int months = series.jsonPath().getList("months").size();
        long sum = 0;
        for (int i = 0; i < months; i++) {
            sum += figure(series, "months[" + i + "].sections", "receptions", "total");
        }
        assertEquals(3, sum);
    }

    @Test
    void badRequestsAreRefusedAndCreateNothing() {
        String province = createProvince(unique("UBND tỉnh Quảng Ngãi"));
        createChild(province, unique("UBND xã Tịnh Khê"), "COMMUNE_PEOPLES_COMMITTEE");
        String coordinator = tokenFor("COORDINATOR", province);
        Map<String, Object> impossible = adHocRequest(province, province);
        impossible.put("from", TO);
        impossible.put("to", FROM);
        as(coordinator).body(impossible).post("/api/v1/report-requests").then().statusCode(400)
                .body("errors.field", hasItem("to"));
        Map<String, Object> early = adHocRequest(province, province);
        early.put("deadline", TODAY.minusDays(2).toString());
        as(coordinator).body(early).post("/api/v1/report-requests").then().statusCode(400)
                .body("errors[0].field", equalTo("deadline")).body("errors[0].code", equalTo("BeforeWindowEnd"));
        Map<String, Object> yearly = new HashMap<>(Map.of("title", "Báo cáo năm", "requestingOrganizationId", province,
                "period", "YEARLY", "year", 2026, "deadline", "2026-12-10", "subtreeOfOrganizationId", province));
        as(coordinator).body(yearly).post("/api/v1/report-requests").then().statusCode(400)
                .body("errors[0].field", equalTo("deadline"));
        yearly.put("deadline", "2026-12-20");
        as(coordinator).body(yearly).post("/api/v1/report-requests").then().statusCode(201)
                .body("from", equalTo("2025-12-15")).body("to", equalTo("2026-12-14"));
        as(coordinator).queryParam("from", TO).queryParam("to", FROM).get("/api/v1/statistics").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        String other = createProvince(unique("UBND tỉnh Gia Lai"));
        as(coordinator).queryParam("organizationId", other).queryParam("from", FROM).queryParam("to", TO)
                .get("/api/v1/statistics").then().statusCode(400).body("errors[0].field", equalTo("organizationId"));
        as(coordinator).body(adHocRequest(other, other)).post("/api/v1/report-requests").then().statusCode(400);
    }

    @Test
    void openDataIsAnonymousCacheableAndWithholdsSmallCounts() {
        String province = createProvince(unique("UBND tỉnh Quảng Ngãi"));
        String commune = createChild(province, unique("UBND xã Tịnh Khê"), "COMMUNE_PEOPLES_COMMITTEE");
        receive(commune);
        int year = TODAY.minusDays(3).getYear();
        Response answer = anonymous().queryParam("provinceId", province).queryParam("year", year)
                .get("/api/v1/public/statistics").then().statusCode(200)
                .header("ETag", notNullValue()).header("Cache-Control", containsString("public"))
                .body("suppressionThreshold", equalTo(5))
                .body("communes", hasSize(1))
                .body("communes[0].receptions.suppressed", equalTo(true))
                .body("communes[0].receptions.count", equalTo(null))
                .body("communes[0].receptionsByKind.find { it.key == 'COMPLAINT' }.suppressed", equalTo(true))
                .body("communes[0].receptionsByKind.find { it.key == 'PETITION' }.count", equalTo(0))
                .extract().response();
        String body = answer.asString();
        assertTrue(!body.contains("Trần Văn Bình") && !body.contains("Mỹ Lai"), body);
        anonymous().header("If-None-Match", answer.header("ETag")).queryParam("provinceId", province)
                .queryParam("year", year).get("/api/v1/public/statistics").then().statusCode(304);
        String csv = anonymous().accept("text/csv").queryParam("provinceId", province).queryParam("year", year)
                .get("/api/v1/public/statistics").then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asString();
        assertTrue(csv.startsWith("year,organizationId,organizationName,measure,key,count,suppressed"), csv);
        assertTrue(csv.contains(",receptions,TOTAL,,true"), csv);
        anonymous().queryParam("provinceId", java.util.UUID.randomUUID()).queryParam("year", year)
                .get("/api/v1/public/statistics").then().statusCode(404);
    }
}
