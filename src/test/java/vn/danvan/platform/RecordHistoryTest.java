package vn.danvan.platform;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lịch sử thay đổi of every kind of record, through the one history mechanism: a change shows up with who made it and
 * the old and new values; the history is scoped like the record (404 for another unit's official), refused without a
 * token or with a role that may not read the record, and personal data is masked exactly as in the record's reads.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class RecordHistoryTest extends ApiTest {

    private static final String PHONE = "0905111222";
    private static final String NEW_PHONE = "0914333444";
    private static final String ADDRESS = "Thôn Trường Thọ, xã Tịnh Khê";
    private static final String ID_NUMBER = "051090001234";

    static String province;
    static String commune;
    static String otherCommune;
    static String otherProvince;
    static String coordinator;
    static String officer;
    static String otherOfficer;
    static String provinceViewer;
    static String foreignCoordinator;
    static String portal;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void organisations() {
        if (province != null) {
            return;
        }
        province = createProvince(unique("UBND tỉnh"));
        commune = createChild(province, unique("UBND xã Tịnh Khê"), "COMMUNE_PEOPLES_COMMITTEE");
        otherCommune = createChild(province, unique("UBND xã An Phú"), "COMMUNE_PEOPLES_COMMITTEE");
        otherProvince = createProvince(unique("UBND tỉnh khác"));
        coordinator = tokenFor("COORDINATOR", province);
        officer = tokenFor("OFFICER", commune);
        otherOfficer = tokenFor("OFFICER", otherCommune);
        provinceViewer = tokenFor("VIEWER", province);
        foreignCoordinator = tokenFor("COORDINATOR", otherProvince);
        portal = tokenFor("PORTAL_CLIENT", province);
    }

    private static String username(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return payload.replaceAll(".*\"upn\":\"([^\"]+)\".*", "$1");
    }

    private static JsonPath history(String token, String path) {
        return as(token).get(path + "/history").then().statusCode(200).extract().jsonPath();
    }

    /** The newest entry: made by the caller's account, with the field's old and new value. */
    private static void newestChange(JsonPath history, String token, String field, String oldValue, String newValue) {
        assertEquals("UPDATED", history.getString("items[0].action"));
        assertEquals(username(token), history.getString("items[0].actor.name"));
        assertEquals("test-suite", history.getString("items[0].clientId"));
        assertNotNull(history.getString("items[0].sourceIp"));
        Map<String, String> change = history.getMap("items[0].changes.find { it.field == '" + field + "' }");
        assertNotNull(change, "no change of " + field + " in " + history.prettify());
        assertEquals(oldValue, change.get("oldValue"));
        assertEquals(newValue, change.get("newValue"));
        assertEquals("CREATED", history.getString("items[-1].action"));
    }

    private static void refusedOutsideScopeAndWithoutRights(String path, String outsider) {
        as(outsider).get(path + "/history").then().statusCode(404)
                .contentType("application/problem+json");
        anonymous().get(path + "/history").then().statusCode(401);
        as(portal).get(path + "/history").then().statusCode(403);
        as(outsider).get("/api/v1/" + path.split("/")[3] + "/" + UUID.randomUUID() + "/history").then().statusCode(404);
    }

    @Test
    void aDirectiveIssuedShowsWhoIssuedItAndIsHiddenFromAnotherProvince() {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "OFFICIAL_LETTER");
        body.put("issuerOrganizationId", province);
        body.put("numberSymbol", numericCode(4) + "/UBND-NC");
        body.put("issueDate", "2025-09-05");
        body.put("subject", "V/v tiếp tục đẩy mạnh công tác dân vận chính quyền");
        body.put("recipientOrganizationIds", List.of(commune));
        String id = as(coordinator).body(body).post("/api/v1/directives").then().statusCode(201).extract().path("id");
        as(coordinator).post("/api/v1/directives/" + id + "/issuance").then().statusCode(200);

        String path = "/api/v1/directives/" + id;
        JsonPath history = history(coordinator, path);
        newestChange(history, coordinator, "status", "DRAFT", "ISSUED");
        assertEquals(2, history.getList("items").size(), "created, issued");
        assertEquals("V/v tiếp tục đẩy mạnh công tác dân vận chính quyền",
                history.getString("items[1].changes.find { it.field == 'subject' }.newValue"));
        // The commune that received it reads its history as it reads the directive.
        history(officer, path);
        refusedOutsideScopeAndWithoutRights(path, foreignCoordinator);
    }

    @Test
    void aTaskAcknowledgedByTheCommuneShowsTheOfficerAndIsHiddenFromAnotherCommune() {
        String directive = as(coordinator).body(Map.of("type", "OFFICIAL_LETTER", "issuerOrganizationId", province,
                        "numberSymbol", numericCode(4) + "/UBND-NC", "issueDate", "2025-09-05",
                        "subject", "V/v giải phóng mặt bằng", "recipientOrganizationIds", List.of(commune)))
                .post("/api/v1/directives").then().statusCode(201).extract().path("id");
        as(coordinator).post("/api/v1/directives/" + directive + "/issuance").then().statusCode(200);
        String task = as(coordinator).body(Map.of("directiveId", directive, "itemNumber", "3",
                        "title", "Tổ chức đối thoại với Nhân dân", "assigningOrganizationId", province,
                        "leadOrganizationId", commune, "startDate", "2026-01-15", "dueDate", "2026-12-31"))
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");
        as(officer).post("/api/v1/tasks/" + task + "/acknowledgement").then().statusCode(200);

        String path = "/api/v1/tasks/" + task;
        JsonPath history = history(officer, path);
        newestChange(history, officer, "status", "ASSIGNED", "ACKNOWLEDGED");
        assertEquals(username(coordinator), history.getString("items[-1].actor.name"));
        assertEquals("2026-12-31", history.getString("items[-1].changes.find { it.field == 'dueDate' }.newValue"));
        refusedOutsideScopeAndWithoutRights(path, otherOfficer);
    }

    @Test
    void aModelRegisteredShowsItsStatusChangeAndIsHiddenFromAnotherProvince() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "COLLECTIVE_MODEL");
        body.put("field", "ECONOMY");
        body.put("level", "GRASSROOTS");
        body.put("organizationId", commune);
        body.put("phase", "PHASE_2026_2030");
        body.put("registrationYear", LocalDate.now().getYear());
        body.put("title", "Dân vận khéo trong xây dựng nông thôn mới");
        body.put("placeName", "Thôn Mỹ Lai");
        body.put("personInCharge", Map.of("name", "Nguyễn Văn An", "position", "Phó Chủ tịch UBND xã",
                "phone", "0905123456"));
        String model = as(officer).body(body).post("/api/v1/mobilization-models").then().statusCode(201)
                .extract().path("id");
        body.put("title", "Dân vận khéo trong xây dựng nông thôn mới nâng cao");
        as(officer).header("If-Match", "\"0\"").body(body).put("/api/v1/mobilization-models/" + model).then()
                .statusCode(200);

        String path = "/api/v1/mobilization-models/" + model;
        JsonPath history = history(officer, path);
        newestChange(history, officer, "title", "Dân vận khéo trong xây dựng nông thôn mới",
                "Dân vận khéo trong xây dựng nông thôn mới nâng cao");
        assertEquals("Nguyễn Văn An", history.getString("items[-1].changes.find { it.field == 'personInCharge.name' }.newValue"));
        refusedOutsideScopeAndWithoutRights(path, foreignCoordinator);
    }

    @Test
    void aRegistrationWindowAndACriterionShowTheirChangesAndAreHiddenFromAnotherProvince() {
        int year = LocalDate.now().getYear();
        String window = as(coordinator).body(Map.of("provinceId", province, "phase", "PHASE_2026_2030", "year", year,
                        "opensOn", year + "-01-01", "closesOn", year + "-03-31", "reportDueOn", year + "-09-20"))
                .post("/api/v1/mobilization-registration-windows").then().log().ifValidationFails().statusCode(201)
                .extract().path("id");
        as(coordinator).header("If-Match", "\"0\"").body(Map.of("opensOn", year + "-01-01", "closesOn", year + "-04-15",
                        "reportDueOn", year + "-09-20"))
                .put("/api/v1/mobilization-registration-windows/" + window).then().log().ifValidationFails()
                .statusCode(200);
        String windowPath = "/api/v1/mobilization-registration-windows/" + window;
        newestChange(history(coordinator, windowPath), coordinator, "closesOn", year + "-03-31", year + "-04-15");
        history(officer, windowPath);
        refusedOutsideScopeAndWithoutRights(windowPath, foreignCoordinator);

        String criterion = as(coordinator).body(Map.of("provinceId", province, "phase", "PHASE_2026_2030",
                        "code", "SPREAD", "name", "Lan tỏa", "minScore", 0, "maxScore", 10))
                .post("/api/v1/mobilization-appraisal-criteria").then().statusCode(201).extract().path("id");
        as(coordinator).header("If-Match", "\"0\"").body(Map.of("name", "Sức lan tỏa", "minScore", 0, "maxScore", 15))
                .put("/api/v1/mobilization-appraisal-criteria/" + criterion).then().statusCode(200);
        String criterionPath = "/api/v1/mobilization-appraisal-criteria/" + criterion;
        JsonPath history = history(coordinator, criterionPath);
        newestChange(history, coordinator, "maxScore", "10", "15");
        assertEquals("Sức lan tỏa", history.getString("items[0].changes.find { it.field == 'name' }.newValue"));
        refusedOutsideScopeAndWithoutRights(criterionPath, foreignCoordinator);
    }

    private static Map<String, Object> reception(String phone) {
        Map<String, Object> citizen = new HashMap<>(Map.of("fullName", "Huỳnh Thị Lan", "address", ADDRESS,
                "phone", phone, "idType", "CCCD", "idNumber", ID_NUMBER, "representative", false));
        Map<String, Object> body = new HashMap<>();
        body.put("receivedOn", LocalDate.now().minusDays(20).toString());
        body.put("receptionType", "REGULAR");
        body.put("channel", "IN_PERSON");
        body.put("kind", "COMPLAINT");
        body.put("domain", "LAND");
        body.put("peopleCount", 1);
        body.put("citizens", List.of(citizen));
        body.put("content", "Khiếu nại việc thu hồi đất nông nghiệp thôn Trường Thọ");
        body.put("handling", "ACCEPTED");
        body.put("concernedCommuneId", commune);
        body.put("receivingOfficials", List.of("Võ Minh Tâm"));
        return body;
    }

    private String correctedReception() {
        Map<String, Object> create = reception(PHONE);
        create.put("organizationId", commune);
        String id = as(officer).body(create).post("/api/v1/receptions").then().statusCode(201).extract().path("id");
        Map<String, Object> update = reception(NEW_PHONE);
        update.put("notes", "Công dân đổi số điện thoại");
        as(officer).header("If-Match", "\"0\"").body(update).put("/api/v1/receptions/" + id).then().statusCode(200);
        return id;
    }

    private int readsLogged(String receptionId) {
        return as(coordinator).get("/api/v1/receptions/" + receptionId + "/personal-data-reads").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    @Test
    void aReceptionCorrectedShowsItsCitizensChangeInClearOnlyToThoseWhoReadItInClearAndLogsThatRead() {
        String id = correctedReception();
        String path = "/api/v1/receptions/" + id;
        int before = readsLogged(id);

        // The receiving commune's officer reads personal data in clear, in the history as in the record: a logged read.
        JsonPath clear = history(officer, path);
        newestChange(clear, officer, "citizens.phone", PHONE, NEW_PHONE);
        assertEquals("Công dân đổi số điện thoại", clear.getString("items[0].changes.find { it.field == 'notes' }.newValue"));
        assertEquals(ADDRESS, clear.getString("items[-1].changes.find { it.field == 'citizens.address' }.newValue"));
        assertEquals(ID_NUMBER, clear.getString("items[-1].changes.find { it.field == 'citizens.idNumber' }.newValue"));
        assertEquals(before + 1, readsLogged(id));
        as(coordinator).get(path + "/personal-data-reads").then()
                .body("items[0].actorName", equalTo(username(officer))).body("items[0].purpose", equalTo("READ"));

        // A viewer of the province reads the record masked: so is its history, and nothing of it is logged.
        String masked = as(provinceViewer).get(path + "/history").then().statusCode(200).extract().asString();
        for (String personal : List.of(PHONE, NEW_PHONE, ADDRESS, ID_NUMBER, "Trường Thọ, xã")) {
            assertFalse(masked.contains(personal), personal + " shown in clear: " + masked);
        }
        JsonPath maskedJson = JsonPath.from(masked);
        assertEquals("*******222", maskedJson.getString("items[0].changes.find { it.field == 'citizens.phone' }.oldValue"));
        assertEquals("*******444", maskedJson.getString("items[0].changes.find { it.field == 'citizens.phone' }.newValue"));
        assertEquals("*********234", maskedJson.getString("items[-1].changes.find { it.field == 'citizens.idNumber' }.newValue"));
        assertEquals("Huỳnh Thị Lan", maskedJson.getString("items[-1].changes.find { it.field == 'citizens.fullName' }.newValue"));
        assertEquals(before + 1, readsLogged(id));

        refusedOutsideScopeAndWithoutRights(path, otherOfficer);
    }

    @Test
    void theAuditTrailKeepsACitizensContactsEncryptedAsTheRecordDoes() {
        String id = correctedReception();
        List<byte[]> stored = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT address_enc, phone_enc, id_number_enc FROM reception_citizen_aud WHERE reception_id = ?")) {
            statement.setBytes(1, UuidBytes.of(UUID.fromString(id)));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    for (int column = 1; column <= 3; column++) {
                        stored.add(rs.getBytes(column));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertEquals(6, stored.size(), "two revisions of one citizen");
        for (byte[] value : stored) {
            assertNotNull(value);
            String text = new String(value, StandardCharsets.ISO_8859_1);
            for (String personal : List.of(PHONE, NEW_PHONE, ID_NUMBER, "Tr")) {
                assertFalse(text.contains(personal), "clear personal data in the audit trail");
            }
        }
    }

    @Test
    void aCaseMovedShowsItsStatusChangeAndNoPersonalDataAndIsHiddenFromAnotherCommune() {
        String reception = correctedReception();
        String accepted = LocalDate.now().minusDays(5).toString();
        String caseId = as(officer).body(Map.of("receptionId", reception, "instance", "FIRST", "complex", false,
                        "acceptedOn", accepted))
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
        as(officer).body(Map.of("status", "VERIFYING", "changedOn", accepted))
                .post("/api/v1/cases/" + caseId + "/transitions").then().statusCode(200);

        String path = "/api/v1/cases/" + caseId;
        newestChange(history(officer, path), officer, "status", "ACCEPTED", "VERIFYING");
        for (String token : List.of(officer, provinceViewer, coordinator)) {
            String body = as(token).get(path + "/history").then().statusCode(200).extract().asString();
            for (String personal : List.of(PHONE, NEW_PHONE, ADDRESS, ID_NUMBER)) {
                assertFalse(body.contains(personal), personal + " in a case's history");
            }
        }
        refusedOutsideScopeAndWithoutRights(path, otherOfficer);
    }

    @Test
    void aReceptionSessionHeldShowsItsOutcomeAndIsHiddenFromAnotherCommune() {
        String session = as(officer).body(Map.of("organizationId", commune, "sessionType", "PERIODIC_HEAD",
                        "sessionDate", LocalDate.now().minusDays(1).toString(), "startTime", "07:30", "endTime", "11:00",
                        "place", "Trụ sở UBND xã", "hostName", "Nguyễn Văn An", "hostPosition", "Chủ tịch",
                        "delegated", false, "published", true))
                .post("/api/v1/reception-schedules").then().statusCode(201).extract().path("id");
        as(officer).body(Map.of("outcome", "HELD")).post("/api/v1/reception-schedules/" + session + "/outcome")
                .then().statusCode(200);

        String path = "/api/v1/reception-schedules/" + session;
        newestChange(history(officer, path), officer, "outcome", "SCHEDULED", "HELD");
        refusedOutsideScopeAndWithoutRights(path, otherOfficer);
    }

    @Test
    void aDeadlineRuleEndedByItsSuccessorShowsWhoEndedIt() {
        String admin = adminToken();
        int year = 2090 + Integer.parseInt(numericCode(1));
        Map<String, Object> rule = new HashMap<>(Map.of("kind", "DENUNCIATION", "instance", "SECOND", "complex", true,
                "remoteArea", true, "days", 15, "effectiveFrom", year + "-01-01", "legalBasis", "Quy định thử"));
        String first = as(coordinator).body(rule).post("/api/v1/deadline-rules").then().statusCode(201).extract().path("id");
        rule.put("effectiveFrom", (year + 1) + "-01-01");
        rule.put("days", 20);
        as(admin).body(rule).post("/api/v1/deadline-rules").then().statusCode(201);

        String path = "/api/v1/deadline-rules/" + first;
        JsonPath history = history(officer, path);
        newestChange(history, admin, "effectiveTo", null, year + "-12-31");
        assertEquals(username(coordinator), history.getString("items[-1].actor.name"));
        as(officer).get("/api/v1/deadline-rules/" + UUID.randomUUID() + "/history").then().statusCode(404);
        anonymous().get(path + "/history").then().statusCode(401);
        as(portal).get(path + "/history").then().statusCode(403);
    }

    @Test
    void aReceptionRuleSeededWithTheSchemaStartsWithTheStateTheMigrationRecorded() {
        String rule = as(officer).get("/api/v1/reception-rules").then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.code == 'ACCEPTANCE_LIMIT_DAYS' }.id");
        JsonPath history = history(officer, "/api/v1/reception-rules/" + rule);
        assertEquals("CREATED", history.getString("items[-1].action"));
        assertEquals("system", history.getString("items[-1].actor.id"));
        assertEquals("migration-records", history.getString("items[-1].clientId"));
        assertEquals("10", history.getString("items[-1].changes.find { it.field == 'parameter' }.newValue"));
        assertNull(history.getString("items[-1].sourceIp"));
        as(officer).get("/api/v1/reception-rules/" + UUID.randomUUID() + "/history").then().statusCode(404);
        anonymous().get("/api/v1/reception-rules/" + rule + "/history").then().statusCode(401);
        as(portal).get("/api/v1/reception-rules/" + rule + "/history").then().statusCode(403);
    }

    @Test
    void aLongHistoryIsPagedNewestFirstWithoutGapsOrRepeats() {
        String id = correctedReception();
        for (int i = 1; i <= 3; i++) {
            Map<String, Object> update = reception(NEW_PHONE);
            update.put("notes", "Lần sửa " + i);
            as(officer).header("If-Match", "\"" + i + "\"").body(update).put("/api/v1/receptions/" + id).then().statusCode(200);
        }
        List<Long> revisions = new ArrayList<>();
        String token = null;
        do {
            var request = as(officer).queryParam("pageSize", 2);
            if (token != null) {
                request.queryParam("pageToken", token);
            }
            JsonPath page = request.get("/api/v1/receptions/" + id + "/history").then().statusCode(200).extract().jsonPath();
            assertTrue(page.getList("items").size() <= 2);
            page.getList("items.revision", Long.class).forEach(revisions::add);
            token = page.getString("nextPageToken");
        } while (token != null);
        assertEquals(5, revisions.size(), "created, corrected, three notes: " + revisions);
        List<Long> sorted = new ArrayList<>(revisions);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, revisions);
        assertEquals(revisions.size(), revisions.stream().distinct().count());
    }
}
