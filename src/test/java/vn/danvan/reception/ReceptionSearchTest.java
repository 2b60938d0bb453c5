package vn.danvan.reception;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.ContractValidationFilter;
import vn.danvan.support.MariaDbTestResource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The accent- and case-insensitive {@code q} of the lists of cases, reception schedules (the unit's and the published
 * one) and published case results: what each searches, that encrypted personal data is never searched, that the
 * public lists search only what they publish, and that {@code q} is a declared parameter (an undeclared one is 400).
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class ReceptionSearchTest extends ApiTest {

    static String province;
    static String commune;
    static String otherCommune;
    static String officer;
    static String otherOfficer;
    static String viewer;

    @BeforeEach
    void organisations() {
        if (province != null) {
            return;
        }
        province = createProvince(unique("UBND tỉnh"));
        commune = createChild(province, unique("UBND xã Tịnh Khê"), "COMMUNE_PEOPLES_COMMITTEE");
        otherCommune = createChild(province, unique("UBND xã An Phú"), "COMMUNE_PEOPLES_COMMITTEE");
        officer = tokenFor("OFFICER", commune);
        otherOfficer = tokenFor("OFFICER", otherCommune);
        viewer = tokenFor("VIEWER", commune);
    }

    /** A short marker that no other test writes: searches are confined to this test's records by it. */
    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String caseOf(String name, String idNumber, String address, String content) {
        Map<String, Object> citizen = new HashMap<>(Map.of("fullName", name, "address", address,
                "phone", "0912345678", "idType", "CCCD", "idNumber", idNumber, "representative", false));
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", commune);
        body.put("receivedOn", LocalDate.now().minusDays(10).toString());
        body.put("receptionType", "REGULAR");
        body.put("channel", "IN_PERSON");
        body.put("kind", "COMPLAINT");
        body.put("domain", "LAND");
        body.put("peopleCount", 1);
        body.put("citizens", List.of(citizen));
        body.put("content", content);
        body.put("handling", "ACCEPTED");
        body.put("receivingOfficials", List.of("Võ Minh Tâm"));
        String reception = as(officer).body(body).post("/api/v1/receptions").then().statusCode(201).extract().path("id");
        return as(officer).body(Map.of("receptionId", reception, "instance", "FIRST", "complex", false,
                        "acceptedOn", LocalDate.now().minusDays(8).toString()))
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }

    private static List<String> cases(String token, String q) {
        return as(token).queryParam("q", q).queryParam("pageSize", 200).get("/api/v1/cases").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
    }

    @Test
    void casesAreFoundByTheirDecisionAndTheirReceptionIgnoringDiacriticsButNeverByEncryptedData() {
        String m = marker();
        String land = caseOf("Đặng Thị Ngọc Ánh " + m, "051195001122", "Tổ dân phố Phú Thọ " + m,
                "Khiếu nại việc thu hồi đất ở thôn Mỹ Lai " + m);
        String other = caseOf("Trần Văn Bình " + m, "051089003344", "Thôn Trường Thọ " + m,
                "Khiếu nại về giá bồi thường cây trồng " + m);
        as(officer).body(Map.of("number", "245/QĐ-UBND-" + m, "decidedOn", LocalDate.now().toString(),
                        "summary", "Công nhận một phần khiếu nại về đơn giá bồi thường", "publishResult", true,
                        "publicSummary", "Khiếu nại về đơn giá bồi thường tại xã đúng một phần " + m))
                .post("/api/v1/cases/" + other + "/decision").then().statusCode(200);

        // The citizen's name, without diacritics and in another case (đ is d).
        org.junit.jupiter.api.Assertions.assertEquals(List.of(land), cases(officer, "DANG THI NGOC ANH " + m));
        // The reception's content.
        org.junit.jupiter.api.Assertions.assertEquals(List.of(land), cases(officer, "thu hoi dat o thon my lai " + m));
        // The decision: its number and its summary.
        org.junit.jupiter.api.Assertions.assertEquals(List.of(other), cases(officer, "245/qđ-ubnd-" + m));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(other), cases(viewer, "don gia boi thuong tai xa dung mot phan " + m));
        // Both by the marker in their contents, and the other filters still apply.
        as(officer).queryParam("q", m).queryParam("status", "DECIDED").get("/api/v1/cases").then().statusCode(200)
                .body("items.id", equalTo(List.of(other)));
        // Addresses, phones and ID numbers are stored encrypted: never searched, so never found.
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), cases(officer, "051195001122"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), cases(officer, "To dan pho Phu Tho " + m));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), cases(officer, "0912345678"));
        // Another commune's officer finds nothing of this commune, whatever the text.
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), cases(otherOfficer, m));
        // The user's wildcards are never wildcards: like every symbol they only separate words.
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), cases(officer, "%"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), cases(officer, m + "%zq"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(other), cases(officer, "%" + m + "_245"));
        // q is declared: a misspelt parameter is refused, not silently ignored.
        as(officer).header(ContractValidationFilter.INVALID_REQUEST, "true").queryParam("query", m)
                .get("/api/v1/cases").then().statusCode(400).body("errors.field", hasItem("query"));
    }

    @Test
    void publishedResultsAreSearchedOnlyInWhatIsPublished() {
        String m = marker();
        String decided = caseOf("Lê Thị Hồng Nhung " + m, "051195005566", "Thôn Mỹ Lai", "Khiếu nại về ranh giới thửa đất " + m);
        as(officer).body(Map.of("number", "17/QĐ-UBND-" + m, "decidedOn", LocalDate.now().toString(),
                        "summary", "Không công nhận khiếu nại về ranh giới " + m, "publishResult", true,
                        "publicSummary", "Khiếu nại về ranh giới đất ở được giải quyết, giữ nguyên hiện trạng " + m))
                .post("/api/v1/cases/" + decided + "/decision").then().statusCode(200);
        String results = "/api/v1/public/case-results";
        anonymous().queryParam("organizationId", commune).queryParam("q", "GIU NGUYEN HIEN TRANG " + m).get(results)
                .then().statusCode(200).body("items.caseId", equalTo(List.of(decided)));
        anonymous().queryParam("q", "17/qđ-ubnd-" + m).get(results)
                .then().statusCode(200).body("items.caseId", equalTo(List.of(decided)));
        // Not what is kept inside: the citizen's name, the reception's content, the unpublished decision summary.
        anonymous().queryParam("q", "le thi hong nhung " + m).get(results).then().statusCode(200).body("items", empty());
        anonymous().queryParam("q", "ranh gioi thua dat " + m).get(results).then().statusCode(200).body("items", empty());
        anonymous().queryParam("q", "khong cong nhan " + m).get(results).then().statusCode(200).body("items", empty());
        // The officer finds the same case by all of them.
        org.junit.jupiter.api.Assertions.assertEquals(List.of(decided), cases(officer, "le thi hong nhung " + m));
    }

    @Test
    void schedulesAreFoundByPlaceAndHostAndThePublishedOnesByWhatIsPublished() {
        String m = marker();
        LocalDate day = LocalDate.now().plusDays(5);
        Map<String, Object> session = new HashMap<>(Map.of("organizationId", commune, "sessionType", "REGULAR",
                "sessionDate", day.toString(), "startTime", "07:30", "endTime", "11:00",
                "place", "Nhà văn hóa thôn Mỹ Lai " + m, "hostName", "Nguyễn Văn Đức", "hostPosition",
                "Công chức Văn phòng " + m, "delegated", false, "published", true));
        String published = as(officer).body(session).post("/api/v1/reception-schedules").then().statusCode(201)
                .extract().path("id");
        session.put("place", "Trụ sở UBND xã " + m);
        session.put("hostName", "Phạm Thị Đào " + m);
        session.put("published", false);
        String internal = as(officer).body(session).post("/api/v1/reception-schedules").then().statusCode(201)
                .extract().path("id");

        as(viewer).queryParam("q", "NHA VAN HOA THON MY LAI " + m).get("/api/v1/reception-schedules").then()
                .statusCode(200).body("items.id", equalTo(List.of(published)));
        as(viewer).queryParam("q", "pham thi dao " + m).get("/api/v1/reception-schedules").then()
                .statusCode(200).body("items.id", equalTo(List.of(internal)));
        as(viewer).queryParam("q", "cong chuc van phong " + m).get("/api/v1/reception-schedules").then()
                .statusCode(200).body("items.id", containsInAnyOrder(published, internal));
        as(otherOfficer).queryParam("q", m).get("/api/v1/reception-schedules").then()
                .statusCode(200).body("items", empty());
        // The public schedule: published sessions only, searched by place and host.
        String pub = "/api/v1/public/reception-schedules";
        anonymous().queryParam("from", LocalDate.now().toString()).queryParam("q", "nguyen van duc").get(pub).then()
                .statusCode(200).body("items.id", hasItem(published));
        anonymous().queryParam("from", LocalDate.now().toString()).queryParam("q", "cong chuc van phong " + m).get(pub)
                .then().statusCode(200).body("items.id", equalTo(List.of(published)));
        anonymous().queryParam("from", LocalDate.now().toString()).queryParam("q", "pham thi dao " + m).get(pub)
                .then().statusCode(200).body("items", empty());
    }

    private static String receptionOf(String name, String content) {
        Map<String, Object> citizen = new HashMap<>(Map.of("fullName", name, "address", "Thôn Mỹ Lai",
                "phone", "0912345678", "idType", "CCCD", "idNumber", "0" + (long) (Math.random() * 1e11),
                "representative", false));
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", commune);
        body.put("receivedOn", LocalDate.now().minusDays(2).toString());
        body.put("receptionType", "REGULAR");
        body.put("channel", "IN_PERSON");
        body.put("kind", "PETITION");
        body.put("domain", "LAND");
        body.put("peopleCount", 1);
        body.put("citizens", List.of(citizen));
        body.put("content", content);
        body.put("handling", "ACCEPTED");
        body.put("receivingOfficials", List.of("Võ Minh Tâm"));
        return as(officer).body(body).post("/api/v1/receptions").then().statusCode(201).extract().path("id");
    }

    private static List<String> receptions(String token, String q) {
        return as(token).queryParam("q", q).queryParam("pageSize", 200).get("/api/v1/receptions").then()
                .statusCode(200).extract().path("items.id");
    }

    @Test
    void theReceptionBookFindsEveryWordInAnyOrderAndOperatorsOnlySeparateWords() {
        String m = marker();
        String land = receptionOf("Đặng Văn Đức", "Đề nghị cấp giấy chứng nhận quyền sử dụng đất " + m);
        String road = receptionOf("Nguyễn Thị Lan", "Phản ánh đường giao thông thôn hư hỏng " + m);
        // Accents and đ folded, words in any order, the last one a prefix, in the content or a citizen's name.
        org.junit.jupiter.api.Assertions.assertEquals(List.of(land), receptions(officer, m + " dat su dung"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(land), receptions(officer, "duc dang " + m));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(road), receptions(officer, m + " giao th"));
        // Every word must be there: a word of each record finds neither.
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), receptions(officer, m + " dat giao"));
        // Operators are separators: "-dat" excludes nothing, "*" widens nothing, a text of symbols finds nothing.
        org.junit.jupiter.api.Assertions.assertEquals(List.of(land), receptions(officer, "+" + m + " -dat"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), receptions(officer, "+-\"*()~<>@"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), receptions(officer, m + " x*"));
        // Another commune's officer never finds them.
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), receptions(otherOfficer, m));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), receptions(otherOfficer, "duc dang " + m));
    }
}
