package vn.danvan.task;

import vn.danvan.support.ApiTest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A province with a department and a commune with a village office, and an issued directive. */
abstract class TaskTestSupport extends ApiTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    String province;
    String department;
    String commune;
    String communeDivision;
    String otherCommune;
    String directive;
    String coordinator;
    String communeOfficer;
    String divisionOfficer;
    String otherCommuneOfficer;
    String provinceOfficer;

    void setUpProvince() {
        province = createProvince(unique("UBND tỉnh"));
        department = createChild(province, unique("Sở Nội vụ"), "DEPARTMENT");
        commune = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        communeDivision = createChild(commune, unique("Văn phòng HĐND và UBND xã"), "OFFICE_DIVISION");
        otherCommune = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        coordinator = tokenFor("COORDINATOR", department);
        communeOfficer = tokenFor("OFFICER", commune);
        // signed in now: tests fix the application clock afterwards, and tokens issued then would be stale
        divisionOfficer = tokenFor("OFFICER", communeDivision);
        otherCommuneOfficer = tokenFor("OFFICER", otherCommune);
        provinceOfficer = tokenFor("OFFICER", province);
        Map<String, Object> body = new HashMap<>();
        body.put("type", "OFFICIAL_LETTER");
        body.put("issuerOrganizationId", province);
        body.put("numberSymbol", "4418/UBND-NC");
        body.put("issueDate", "2025-09-05");
        body.put("subject", "V/v tiếp tục đẩy mạnh công tác dân vận chính quyền");
        body.put("recipientOrganizationIds", List.of(department, commune, otherCommune));
        directive = as(coordinator).body(body).post("/api/v1/directives").then().statusCode(201).extract().path("id");
        as(coordinator).post("/api/v1/directives/" + directive + "/issuance").then().statusCode(200);
    }

    Map<String, Object> task(String lead, String dueDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("directiveId", directive);
        body.put("itemNumber", "3");
        body.put("title", "Tổ chức đối thoại với Nhân dân về công tác giải phóng mặt bằng");
        body.put("assigningOrganizationId", province);
        body.put("leadOrganizationId", lead);
        body.put("startDate", "2026-01-15");
        body.put("dueDate", dueDate);
        return body;
    }

    String assign(String lead, String dueDate) {
        return as(coordinator).body(task(lead, dueDate)).post("/api/v1/tasks").then().statusCode(201).extract().path("id");
    }
}
