package vn.danvan.reception;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.danvan.platform.http.RateLimiter;
import vn.danvan.platform.persistence.UuidBytes;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Personal data never leaves its designed, encrypted columns: not in stored replays, not in clear beside the encrypted
 * ID number, not through searches by ID number, not in public text, not in caches.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class PersonalDataProtectionTest extends ApiTest {

    private static final String ID_NUMBER = "051089009876";
    private static final String PHONE = "0905777888";
    private static final String ADDRESS = "Thôn Phú Thọ, xã Nghĩa Hành";
    private static final String NAME = "Huỳnh Văn Thạnh";

    static String province;
    static String commune;
    static String officer;
    static String provinceOfficer;
    static String coordinator;
    static String viewer;
    static String orgAdmin;

    @Inject
    DataSource dataSource;

    @Inject
    RateLimiter limiter;

    @BeforeEach
    void organisations() {
        if (province != null) {
            return;
        }
        province = createProvince(unique("UBND tỉnh"));
        commune = createChild(province, unique("UBND xã Nghĩa Hành"), "COMMUNE_PEOPLES_COMMITTEE");
        officer = tokenFor("OFFICER", commune);
        provinceOfficer = tokenFor("OFFICER", province);
        coordinator = tokenFor("COORDINATOR", province);
        viewer = tokenFor("VIEWER", commune);
        orgAdmin = tokenFor("ORG_ADMIN", commune);
    }

    @AfterEach
    void forgetSearches() {
        for (String token : List.of(officer, provinceOfficer, coordinator)) {
            limiter.reset("id-number-searches:" + subject(token));
        }
    }

    private static String subject(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return payload.replaceAll(".*\"sub\":\"([^\"]+)\".*", "$1");
    }

    private static Map<String, Object> reception(String idNumber) {
        Map<String, Object> citizen = new HashMap<>(Map.of("fullName", NAME, "address", ADDRESS, "phone", PHONE,
                "idType", "CCCD", "idNumber", idNumber, "representative", false));
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", commune);
        body.put("receivedOn", LocalDate.now().minusDays(2).toString());
        body.put("receptionType", "REGULAR");
        body.put("channel", "IN_PERSON");
        body.put("kind", "COMPLAINT");
        body.put("domain", "LAND");
        body.put("peopleCount", 1);
        body.put("citizens", List.of(citizen));
        body.put("content", "Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất");
        body.put("handling", "ACCEPTED");
        body.put("concernedCommuneId", commune);
        body.put("receivingOfficials", List.of("Võ Minh Tâm"));
        return body;
    }

    private List<byte[]> column(String sql, Object parameter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            List<byte[]> values = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getBytes(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean holds(byte[] stored, String clear) {
        return stored != null && new String(stored, StandardCharsets.ISO_8859_1)
                .contains(new String(clear.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }

    private int reads(String receptionId) {
        return api().get("/api/v1/receptions/" + receptionId + "/personal-data-reads").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    @Test
    void aReplayedCreateKeepsNoPersonalDataInClearAndIsLoggedAsARead() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = reception("051089009001");
        Response first = as(officer).header("Idempotency-Key", key).body(body).post("/api/v1/receptions");
        first.then().statusCode(201).body("citizens[0].idNumber", equalTo("051089009001"));
        String id = first.path("id");
        // The stored answer holds none of the citizen's data in clear.
        List<byte[]> stored = column("SELECT response_sealed FROM idempotency_record WHERE idem_key = ?", key);
        assertEquals(1, stored.size());
        for (String clear : List.of("051089009001", PHONE, ADDRESS, NAME)) {
            assertFalse(holds(stored.get(0), clear), "stored in clear: " + clear);
        }
        int before = reads(id);
        as(officer).header("Idempotency-Key", key).body(body).post("/api/v1/receptions").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id))
                .body("citizens[0].idNumber", equalTo("051089009001"))
                .body("citizens[0].phone", equalTo(PHONE));
        assertEquals(before + 1, reads(id), "the replay is logged as a read");
    }

    @Test
    void addressesAndPhonesAreEncryptedAtRestLikeIdNumbers() {
        String id = as(officer).body(reception("051089009002")).post("/api/v1/receptions").then().statusCode(201)
                .extract().path("id");
        byte[] receptionId = UuidBytes.of(UUID.fromString(id));
        for (String column : List.of("address_enc", "phone_enc", "id_number_enc")) {
            List<byte[]> values = column("SELECT " + column + " FROM reception_citizen WHERE reception_id = ?", receptionId);
            assertEquals(1, values.size());
            for (String clear : List.of(ADDRESS, PHONE, "051089009002", "Phú Thọ", "0905")) {
                assertFalse(holds(values.get(0), clear), column + " holds " + clear + " in clear");
            }
        }
        // Read back in clear by those who may, masked for others.
        as(officer).get("/api/v1/receptions/" + id).then().statusCode(200)
                .body("citizens[0].address", equalTo(ADDRESS)).body("citizens[0].phone", equalTo(PHONE));
        as(viewer).get("/api/v1/receptions/" + id).then().statusCode(200)
                .body("citizens[0].address", equalTo("***")).body("citizens[0].phone", equalTo("*******888"));
        as(officer).queryParam("organizationId", commune).get("/api/v1/receptions").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.citizens[0].phone", equalTo(PHONE));
    }

    @Test
    void searchingByIdNumberIsForThoseWhoSeeItInClearOnlyAndIsLoggedEvenWhenNothingIsFound() {
        String id = as(officer).body(reception(ID_NUMBER)).post("/api/v1/receptions").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> search = Map.of("idNumber", ID_NUMBER);
        // A viewer and an organisation administrator see ID numbers masked: they may not confirm one either.
        for (String token : List.of(viewer, orgAdmin)) {
            as(token).body(search).post("/api/v1/receptions/id-number-search").then().statusCode(403)
                    .body("type", equalTo("urn:danvan:problem:forbidden"));
            as(token).get("/api/v1/receptions?idNumber=" + ID_NUMBER).then().statusCode(403);
        }
        // The receiving unit's officer and the coordinator find it.
        as(officer).body(search).post("/api/v1/receptions/id-number-search").then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].citizens[0].idNumber", equalTo(ID_NUMBER));
        as(coordinator).body(Map.of("idNumber", "0510 8900 9876")).post("/api/v1/receptions/id-number-search").then()
                .statusCode(200).body("items.id", contains(id));
        // An officer of the province's own office sees the commune's records masked: the search finds nothing there.
        as(provinceOfficer).body(search).post("/api/v1/receptions/id-number-search").then().statusCode(200)
                .body("items", hasSize(0));
        // Every search is in the log with who searched, under the number's keyed hash; never the number itself.
        byte[] searched = column("SELECT subject_hash FROM personal_data_read WHERE purpose = ? AND subject_hash IS NOT NULL"
                + " ORDER BY id DESC LIMIT 1", "SEARCH").get(0);
        assertEquals(32, searched.length);
        assertEquals(3, column("SELECT id FROM personal_data_read WHERE subject_hash = ?", searched).size());
        List<String> purposes = api().get("/api/v1/receptions/" + id + "/personal-data-reads").then().statusCode(200)
                .extract().jsonPath().getList("items.purpose");
        assertThat(purposes, hasItem("SEARCH"));
    }

    @Test
    void searchesByIdNumberAreThrottledPerCaller() {
        for (int i = 0; i < 30; i++) {
            as(officer).body(Map.of("idNumber", String.format("0510890%05d", i))).post("/api/v1/receptions/id-number-search")
                    .then().statusCode(200);
        }
        as(officer).body(Map.of("idNumber", ID_NUMBER)).post("/api/v1/receptions/id-number-search").then()
                .statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("type", equalTo("urn:danvan:problem:too-many-requests"));
        // Another caller is not slowed down by it.
        as(coordinator).body(Map.of("idNumber", ID_NUMBER)).post("/api/v1/receptions/id-number-search").then()
                .statusCode(200);
    }

    private String decidedCase(String idNumber) {
        Map<String, Object> body = reception(idNumber);
        body.put("receivedOn", LocalDate.now().minusDays(20).toString());
        String receptionId = as(officer).body(body).post("/api/v1/receptions").then().statusCode(201).extract().path("id");
        return as(officer).body(Map.of("receptionId", receptionId, "instance", "FIRST", "complex", false,
                        "acceptedOn", LocalDate.now().minusDays(15).toString()))
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }

    @Test
    void personalDataInAPublicResultIsRefusedAndNothingIsPublished() {
        String caseId = decidedCase("051089009003");
        for (String leak : List.of("Ông " + NAME + " khiếu nại đúng một phần", "huynh van thanh khiếu nại đúng",
                "Người khiếu nại có CCCD 051089009003", "Liên hệ 0905.777.888 để biết thêm", "Liên hệ +84 905 777 888",
                "Gửi thư tới thanh.hv@gmail.com")) {
            as(officer).body(Map.of("number", "12/QĐ-UBND", "decidedOn", LocalDate.now().toString(),
                            "summary", "Công nhận một phần", "publishResult", true, "publicSummary", leak))
                    .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(400)
                    .body("errors.field", hasItem("publicSummary"));
        }
        as(officer).get("/api/v1/cases/" + caseId).then().body("status", equalTo("ACCEPTED"))
                .body("resultPublic", equalTo(false));
        // Sums of money and decision numbers are not personal data.
        as(officer).body(Map.of("number", "12/QĐ-UBND", "decidedOn", LocalDate.now().toString(),
                        "summary", "Công nhận một phần", "publishResult", true,
                        "publicSummary", "Khiếu nại đúng một phần; bồi thường thêm 250.000.000 đồng theo Quyết định 12/QĐ-UBND"))
                .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(200)
                .body("publicationHistory.action", contains("PUBLISHED"));
    }

    @Test
    void aCoordinatorCorrectsOrWithdrawsAPublishedResultAndTheHistoryKeepsWhoAndWhy() {
        String caseId = decidedCase("051089009004");
        var decided = as(officer).body(Map.of("number", "13/QĐ-UBND", "decidedOn", LocalDate.now().toString(),
                        "summary", "Không công nhận", "publishResult", true,
                        "publicSummary", "Khiếu nại về đất đai tại xã Nghĩa Hành không có cơ sở"))
                .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(200).extract();
        anonymous().get("/api/v1/public/case-results?organizationId=" + commune).then().statusCode(200)
                .body("items.caseId", hasItem(caseId));
        String etag = decided.header("ETag");
        // Only the coordinator takes it down.
        as(officer).header("If-Match", etag).body(Map.of("reason", "Sai nội dung"))
                .post("/api/v1/cases/" + caseId + "/published-result/withdrawal").then().statusCode(403);
        String withdrawnTag = as(coordinator).header("If-Match", etag).body(Map.of("reason", "Nêu địa danh quá cụ thể"))
                .post("/api/v1/cases/" + caseId + "/published-result/withdrawal").then().statusCode(200)
                .body("resultPublic", equalTo(false))
                .body("publicationHistory.action", contains("PUBLISHED", "WITHDRAWN"))
                .body("publicationHistory[1].reason", equalTo("Nêu địa danh quá cụ thể"))
                .extract().header("ETag");
        anonymous().get("/api/v1/public/case-results?organizationId=" + commune).then().statusCode(200)
                .body("items.caseId", not(hasItem(caseId)));
        // Withdrawing again is a conflict; a correction with personal data is refused.
        as(coordinator).header("If-Match", withdrawnTag).body(Map.of("reason", "lần nữa"))
                .post("/api/v1/cases/" + caseId + "/published-result/withdrawal").then().statusCode(409);
        as(coordinator).header("If-Match", withdrawnTag).body(Map.of("publicSummary", "Ông " + NAME + " khiếu nại sai",
                "reason", "Công khai lại")).put("/api/v1/cases/" + caseId + "/published-result").then().statusCode(400);
        as(coordinator).header(vn.danvan.support.ContractValidationFilter.INVALID_REQUEST, "true")
                .body(Map.of("publicSummary", "Khiếu nại về đất đai không có cơ sở", "reason", "Công khai lại"))
                .put("/api/v1/cases/" + caseId + "/published-result").then().statusCode(428);
        as(coordinator).header("If-Match", withdrawnTag)
                .body(Map.of("publicSummary", "Khiếu nại về đất đai không có cơ sở", "reason", "Công khai lại, đã sửa"))
                .put("/api/v1/cases/" + caseId + "/published-result").then().statusCode(200)
                .body("resultPublic", equalTo(true))
                .body("publicationHistory.action", contains("PUBLISHED", "WITHDRAWN", "PUBLISHED"));
        anonymous().get("/api/v1/public/case-results?organizationId=" + commune).then().statusCode(200)
                .body("items.find { it.caseId == '" + caseId + "' }.publicSummary",
                        equalTo("Khiếu nại về đất đai không có cơ sở"));
    }

    @Test
    void aPetitionScanIsNeverCached() {
        String id = as(officer).body(reception("051089009005")).post("/api/v1/receptions").then().statusCode(201)
                .extract().path("id");
        String attachment = as(officer).contentType("application/pdf").body(ReceptionFlowTest.PDF)
                .queryParam("fileName", "CCCD.pdf").post("/api/v1/receptions/" + id + "/attachments").then()
                .statusCode(201).extract().path("id");
        as(officer).accept("application/pdf").get("/api/v1/receptions/" + id + "/attachments/" + attachment + "/content")
                .then().statusCode(200).header("Cache-Control", "no-store");
    }

    @Test
    void thePortalSeesPublishedSessionsOnly() {
        String portal = tokenFor("PORTAL_CLIENT", province);
        Map<String, Object> session = new HashMap<>(Map.of("organizationId", commune, "sessionType", "PERIODIC_HEAD",
                "sessionDate", LocalDate.now().plusDays(9).toString(), "startTime", "07:30", "endTime", "11:00",
                "place", "Trụ sở UBND xã", "hostName", "Nguyễn Văn An", "hostPosition", "Chủ tịch", "delegated", false,
                "published", false));
        String hidden = as(officer).body(session).post("/api/v1/reception-schedules").then().statusCode(201)
                .extract().path("id");
        session.put("published", true);
        session.put("sessionDate", LocalDate.now().plusDays(16).toString());
        String shown = as(officer).body(session).post("/api/v1/reception-schedules").then().statusCode(201)
                .extract().path("id");
        as(portal).queryParam("organizationId", commune).get("/api/v1/reception-schedules").then().statusCode(200)
                .body("items.id", hasItem(shown)).body("items.id", not(hasItem(hidden)));
        as(portal).get("/api/v1/reception-schedules/" + hidden).then().statusCode(404);
        as(portal).get("/api/v1/reception-schedules/" + shown).then().statusCode(200);
        as(officer).queryParam("organizationId", commune).get("/api/v1/reception-schedules").then().statusCode(200)
                .body("items.id", hasItems(shown, hidden));
    }

    @Test
    void aPetitionsSecretAndCitizenAreNotKeptInClearBesideThePetition() {
        String portal = tokenFor("PORTAL_CLIENT", province);
        String key = UUID.randomUUID().toString();
        Map<String, Object> petition = new HashMap<>(Map.of("portalReference", unique("DVC").replace(" ", "-"),
                "organizationId", commune, "submittedOn", LocalDate.now().toString(), "kind", "PETITION",
                "domain", "ENVIRONMENT", "content", "Đề nghị xử lý ô nhiễm nguồn nước",
                "citizen", Map.of("fullName", NAME, "idType", "CCCD", "idNumber", "051089009006")));
        Response receipt = as(portal).header("Idempotency-Key", key).body(petition).post("/api/v1/portal/petitions");
        receipt.then().statusCode(201);
        String secret = receipt.path("secret");
        byte[] stored = column("SELECT response_sealed FROM idempotency_record WHERE idem_key = ?", key).get(0);
        assertFalse(holds(stored, secret), "the tracking secret is stored in clear");
        byte[] requestHash = column("SELECT request_hash FROM portal_petition WHERE tracking_code = ?",
                receipt.<String>path("trackingCode")).get(0);
        assertTrue(requestHash.length > 0);
    }
}
