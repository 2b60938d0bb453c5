package vn.danvan.report;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.ContractValidationFilter;
import vn.danvan.support.MariaDbTestResource;
import vn.danvan.support.Parallel;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The requesting organisation's own narrative of a consolidated report: written with If-Match, read, exported. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class ConsolidationNarrativeTest extends ApiTest {

    private static final Map<String, Object> NARRATIVE = Map.of(
            "results", "2/2 xã nộp báo cáo đúng hạn; tổ chức 12 buổi tiếp công dân định kỳ.",
            "limitations", "Một số xã chưa cập nhật đầy đủ sổ tiếp công dân.",
            "nextTasks", "Tiếp tục triển khai Năm dân vận chính quyền.");

    @Test
    void theRequesterWritesItsNarrativeWhichIsReadBackAndPrintedInTheConsolidatedDocument() throws Exception {
        String province = createProvince(unique("UBND tỉnh Quảng Ngãi"));
        String commune = createChild(province, unique("UBND xã Tịnh Khê"), "COMMUNE_PEOPLES_COMMITTEE");
        createChild(province, unique("UBND xã Nghĩa Hành"), "COMMUNE_PEOPLES_COMMITTEE");
        String coordinator = tokenFor("COORDINATOR", province);
        String requestId = as(coordinator).body(ReportFlowTest.adHocRequest(province, province))
                .post("/api/v1/report-requests").then().statusCode(201).extract().path("id");
        String consolidation = "/api/v1/report-requests/" + requestId + "/consolidation";
        String narrative = consolidation + "/narrative";

        as(coordinator).get(consolidation).then().statusCode(200).header("ETag", "\"0\"")
                .body("narrative", nullValue()).body("version", equalTo(0));
        // Without If-Match: 428. A commune's coordinator sees the province's request (a coordinator's scope is the
        // province) but is not the requester: 403; another province's coordinator: 404 (outside its scope).
        as(coordinator).header(ContractValidationFilter.INVALID_REQUEST, "true").body(NARRATIVE).put(narrative)
                .then().statusCode(428);
        as(tokenFor("COORDINATOR", commune)).header("If-Match", "\"0\"").body(NARRATIVE).put(narrative)
                .then().statusCode(403);
        String other = createProvince(unique("UBND tỉnh Gia Lai"));
        as(tokenFor("COORDINATOR", other)).header("If-Match", "\"0\"").body(NARRATIVE).put(narrative)
                .then().statusCode(404);
        // An officer of the province may not write it (role).
        as(tokenFor("OFFICER", province)).header("If-Match", "\"0\"").body(NARRATIVE).put(narrative)
                .then().statusCode(403);
        as(coordinator).get(consolidation).then().body("narrative", nullValue()).body("version", equalTo(0));

        // Two writers on the same version at once: one wins, the other is told its copy is stale.
        List<Integer> statuses = Parallel.run(2, i -> as(coordinator).header("If-Match", "\"0\"").body(NARRATIVE)
                .put(narrative).statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertTrue(statuses.contains(412) || statuses.contains(409), statuses.toString());

        as(coordinator).get(consolidation).then().statusCode(200).header("ETag", "\"1\"")
                .body("narrative.results", equalTo(NARRATIVE.get("results")))
                .body("narrative.limitations", equalTo(NARRATIVE.get("limitations")))
                .body("narrative.lessons", nullValue())
                .body("narrative.nextTasks", equalTo(NARRATIVE.get("nextTasks")));
        // A stale If-Match: 412 and the text unchanged.
        as(coordinator).header("If-Match", "\"0\"").body(Map.of("results", "Ghi đè")).put(narrative)
                .then().statusCode(412);
        // The request's ETag is the same version.
        as(coordinator).get("/api/v1/report-requests/" + requestId).then().statusCode(200).header("ETag", "\"1\"");
        as(coordinator).header("If-Match", "\"1\"").body(Map.of("results", NARRATIVE.get("results"),
                        "limitations", NARRATIVE.get("limitations"), "proposals", "Đề nghị Ban Dân vận Tỉnh ủy tập huấn."))
                .put(narrative).then().statusCode(200).header("ETag", "\"2\"")
                .body("narrative.proposals", equalTo("Đề nghị Ban Dân vận Tỉnh ủy tập huấn."))
                .body("narrative.nextTasks", nullValue()).body("rows.size()", equalTo(2));

        byte[] docx = as(coordinator).get(consolidation + "/document").then().statusCode(200).extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertTrue(text.contains("I. KẾT QUẢ ĐẠT ĐƯỢC\n" + NARRATIVE.get("results")), text);
            assertTrue(text.contains("II. HẠN CHẾ, NGUYÊN NHÂN\n" + NARRATIVE.get("limitations")), text);
            assertTrue(text.contains("IV. NHIỆM VỤ TRỌNG TÂM KỲ TỚI\n(Không có)"), text);
            assertTrue(text.contains("V. ĐỀ XUẤT, KIẾN NGHỊ\nĐề nghị Ban Dân vận Tỉnh ủy tập huấn."), text);
            assertTrue(text.indexOf("V. ĐỀ XUẤT, KIẾN NGHỊ") < text.indexOf("VII. SỐ LIỆU TỔNG HỢP"), text);
        }
    }
}
