package vn.danvan.reception;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * On the packaged jar: a citizen's complaint is written in the reception book, accepted as a case with its legal
 * deadline, verified and decided; the result is published on the portal without the citizen's personal data, and a
 * viewer sees the record masked.
 */
@QuarkusIntegrationTest
@WithTestResource(MariaDbTestResource.class)
class ReceptionFlowIT extends ApiTest {

    @Test
    void aComplaintIsReceivedAcceptedDecidedAndItsResultPublishedWithoutPersonalData() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String province = createProvince(unique("UBND tỉnh"));
        String commune = createChild(province, unique("UBND xã Tịnh Khê"), "COMMUNE_PEOPLES_COMMITTEE");
        String officer = tokenFor("OFFICER", commune);

        Map<String, Object> citizen = Map.of("fullName", "Nguyễn Thị Hoa", "address", "Thôn Mỹ Lai, xã Tịnh Khê",
                "phone", "0905123456", "idType", "CCCD", "idNumber", "051195007788", "representative", false);
        Map<String, Object> reception = new HashMap<>();
        reception.put("organizationId", commune);
        reception.put("receivedOn", today.minusDays(10).toString());
        reception.put("receptionType", "REGULAR");
        reception.put("channel", "IN_PERSON");
        reception.put("kind", "COMPLAINT");
        reception.put("domain", "LAND");
        reception.put("peopleCount", 1);
        reception.put("citizens", List.of(citizen));
        reception.put("content", "Khiếu nại việc thu hồi đất nông nghiệp thôn Mỹ Lai");
        reception.put("handling", "ACCEPTED");
        reception.put("concernedCommuneId", commune);
        reception.put("receivingOfficials", List.of("Võ Minh Tâm"));
        String receptionId = as(officer).body(reception).post("/api/v1/receptions").then().statusCode(201)
                .body("citizens[0].idNumber", equalTo("051195007788")).extract().path("id");
        as(tokenFor("VIEWER", province)).get("/api/v1/receptions/" + receptionId).then().statusCode(200)
                .body("citizens[0].idNumber", equalTo("*********788"));

        LocalDate accepted = today.minusDays(5);
        String caseId = as(officer).body(Map.of("receptionId", receptionId, "instance", "FIRST",
                        "acceptedOn", accepted.toString()))
                .post("/api/v1/cases").then().statusCode(201).body("status", equalTo("ACCEPTED"))
                .body("deadline", equalTo(accepted.plusDays(30).toString())).extract().path("id");
        as(officer).body(Map.of("status", "VERIFYING", "changedOn", accepted.toString()))
                .post("/api/v1/cases/" + caseId + "/transitions").then().statusCode(200)
                .body("status", equalTo("VERIFYING"));
        as(officer).body(Map.of("number", "245/QĐ-UBND", "decidedOn", today.toString(),
                        "summary", "Công nhận một phần khiếu nại", "publishResult", true,
                        "publicSummary", "Khiếu nại về đất tại xã đúng một phần"))
                .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(200).body("status", equalTo("DECIDED"));
        as(officer).get("/api/v1/receptions/" + receptionId).then().body("followUp", containsString("245/QĐ-UBND"));

        String published = anonymous().get("/api/v1/public/case-results?organizationId=" + commune).then().statusCode(200)
                .body("items.caseId", hasItem(caseId)).extract().asString();
        assertFalse(published.contains("051195007788") || published.contains("Nguyễn Thị Hoa")
                || published.contains("0905123456"), published);
    }
}
