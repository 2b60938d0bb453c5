package vn.danvan.organization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * A commune dissolved a year ago into a new one: new work in its name — a child unit, a directive it issues or
 * receives, a task it leads or coordinates, a model it registers — is refused with one answer that names the
 * successor, and nothing is created. Records dated before the dissolution (history) are still accepted.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class DissolvedUnitWorkTest extends ApiTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private String province;
    private String dissolved;
    private String dissolvedName;
    private String successorName;
    private String coordinator;
    private LocalDate today;
    private LocalDate lastDay;

    @BeforeEach
    void aCommuneDissolvedAYearAgo() {
        today = LocalDate.now(VIETNAM);
        lastDay = today.minusYears(1);
        province = createProvince(unique("UBND tỉnh"));
        dissolvedName = unique("Ủy ban nhân dân xã Cũ");
        successorName = unique("Ủy ban nhân dân xã Mới");
        dissolved = createOrganization(Map.of("name", dissolvedName, "type", "COMMUNE_PEOPLES_COMMITTEE",
                "parentId", province, "validFrom", lastDay.minusYears(5).toString()));
        String successor = createChild(province, successorName, "COMMUNE_PEOPLES_COMMITTEE");
        api().body(Map.of("validTo", lastDay.toString(), "successorId", successor))
                .post("/api/v1/organizations/" + dissolved + "/dissolution").then().statusCode(200);
        coordinator = tokenFor("COORDINATOR", province);
    }

    /** The one refusal: 400, the field, code Dissolved, the unit, its last day and its successor by name. */
    private void refusedNamingTheSuccessor(ValidatableResponse response, String field) {
        String day = String.format("%02d/%02d/%d", lastDay.getDayOfMonth(), lastDay.getMonthValue(), lastDay.getYear());
        response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:danvan:problem:validation-failed"))
                .body("errors.field", contains(field))
                .body("errors[0].code", equalTo("Dissolved"))
                .body("errors[0].message", equalTo(dissolvedName + " đã hết hiệu lực sau ngày " + day
                        + " (giải thể, sáp nhập); đơn vị kế thừa: " + successorName));
    }

    @Test
    void aChildUnderItIsRefusedNamingTheSuccessor() {
        String name = unique("Ủy ban MTTQ xã");
        refusedNamingTheSuccessor(api().body(Map.of("name", name, "type", "FATHERLAND_FRONT_COMMITTEE",
                "parentId", dissolved)).post("/api/v1/organizations").then(), "parentId");
        api().queryParam("q", name).queryParam("active", "false").get("/api/v1/organizations").then()
                .body("items.name", not(hasItem(name)));
        api().queryParam("q", name).get("/api/v1/organizations").then().body("items.name", not(hasItem(name)));
    }

    private Map<String, Object> directive(String issuer, String number, LocalDate issued, List<String> recipients) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "OFFICIAL_LETTER");
        body.put("issuerOrganizationId", issuer);
        body.put("numberSymbol", number);
        body.put("issueDate", issued.toString());
        body.put("subject", "V/v tiếp tục đẩy mạnh công tác dân vận chính quyền");
        body.put("signerName", "Trần Phước Hiền");
        body.put("signerPosition", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
        body.put("recipientOrganizationIds", recipients);
        return body;
    }

    @Test
    void aDirectiveItIssuesOrReceivesTodayIsRefusedButAnOldOneOfItsOwnIsRecorded() {
        String number = numericCode(4) + "/UBND-VP";
        refusedNamingTheSuccessor(as(coordinator).body(directive(dissolved, number, today, List.of()))
                .post("/api/v1/directives").then(), "issuerOrganizationId");
        refusedNamingTheSuccessor(as(coordinator).body(directive(province, number, today, List.of(dissolved)))
                .post("/api/v1/directives").then(), "recipientOrganizationIds");
        as(coordinator).queryParam("q", number).get("/api/v1/directives").then().statusCode(200)
                .body("items.numberSymbol", not(hasItem(number)));

        // Issued while the commune still existed: history, recorded as it was.
        as(coordinator).body(directive(dissolved, number, lastDay.minusMonths(2), List.of()))
                .post("/api/v1/directives").then().statusCode(201);
    }

    @Test
    void aTaskItLeadsOrCoordinatesIsRefused() {
        String title = unique("Báo cáo kết quả dân vận khéo");
        Map<String, Object> task = new HashMap<>(Map.of("title", title, "leadOrganizationId", dissolved,
                "dueDate", today.plusMonths(1).toString()));
        refusedNamingTheSuccessor(as(coordinator).body(task).post("/api/v1/tasks").then(), "leadOrganizationId");

        String live = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        task.put("leadOrganizationId", live);
        task.put("coordinatingOrganizationIds", List.of(dissolved));
        refusedNamingTheSuccessor(as(coordinator).body(task).post("/api/v1/tasks").then(), "coordinatingOrganizationIds");

        Map<String, Object> series = new HashMap<>(Map.of("title", title, "leadOrganizationId", dissolved,
                "recurrence", Map.of("frequency", "YEARLY", "dueDay", 20, "dueMonth", 9,
                        "fromDate", today.toString(), "untilDate", today.plusYears(2).toString())));
        as(coordinator).body(series).post("/api/v1/tasks/recurring").then().statusCode(400)
                .body("errors.field", contains("leadOrganizationId")).body("errors[0].code", equalTo("Dissolved"));

        as(coordinator).queryParam("q", title).get("/api/v1/tasks").then().statusCode(200)
                .body("items.title", not(hasItem(title)));
    }

    @Test
    void aModelItRegistersIsRefused() {
        String title = unique("Dân vận khéo trong hiến đất làm đường");
        Map<String, Object> model = new HashMap<>();
        model.put("kind", "COLLECTIVE_MODEL");
        model.put("field", "ECONOMY");
        model.put("level", "GRASSROOTS");
        model.put("organizationId", dissolved);
        model.put("phase", "PHASE_2026_2030");
        model.put("registrationYear", Math.max(2026, today.getYear()));
        model.put("title", title);
        refusedNamingTheSuccessor(as(coordinator).body(model).post("/api/v1/mobilization-models").then(),
                "organizationId");
        as(coordinator).queryParam("q", title).get("/api/v1/mobilization-models").then().statusCode(200)
                .body("items.title", not(hasItem(title)));
    }

    @Test
    void aUnitNotYetInForceIsRefusedWithItsFirstDay() {
        LocalDate from = today.plusMonths(2);
        String future = createOrganization(Map.of("name", unique("Ủy ban nhân dân phường Sắp Lập"),
                "type", "WARD_PEOPLES_COMMITTEE", "parentId", province, "validFrom", from.toString()));
        as(coordinator).body(Map.of("title", unique("Nhiệm vụ"), "leadOrganizationId", future,
                        "dueDate", today.plusMonths(1).toString())).post("/api/v1/tasks").then().statusCode(400)
                .body("errors[0].code", equalTo("NotYetValid"))
                .body("errors[0].message", containsString(String.format("%02d/%02d/%d", from.getDayOfMonth(),
                        from.getMonthValue(), from.getYear())));
    }

    @Test
    void theSuccessorIsNamedInEnglishToo() {
        api().header("Accept-Language", "en").body(Map.of("name", unique("Ban"), "type", "OTHER",
                        "parentId", dissolved, "id", UUID.randomUUID().toString()))
                .post("/api/v1/organizations").then().statusCode(400)
                .body("errors[0].message", containsString("its successor is " + successorName));
    }
}
