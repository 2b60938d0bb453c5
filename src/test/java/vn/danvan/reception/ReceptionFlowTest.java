package vn.danvan.reception;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.danvan.platform.http.RateLimiter;
import vn.danvan.platform.persistence.UuidBytes;
import vn.danvan.platform.personaldata.PersonalDataAccessLog;
import vn.danvan.platform.time.AppClock;
import vn.danvan.support.ApiTest;
import vn.danvan.support.ContractValidationFilter;
import vn.danvan.support.MariaDbTestResource;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reception book, cases, masking, export, hot spots and the portal, through the API. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class ReceptionFlowTest extends ApiTest {

    static String province;
    static String commune;
    static String otherCommune;
    static String officer;
    static String otherOfficer;
    static String coordinator;
    static String viewer;

    @Inject
    AppClock clock;

    @Inject
    RateLimiter limiter;

    @Inject
    DataSource dataSource;

    @Inject
    PersonalDataAccessLog accessLog;

    @org.junit.jupiter.api.BeforeEach
    void organisations() {
        if (province != null) {
            return;
        }
        province = createProvince(unique("UBND tỉnh"));
        commune = createChild(province, unique("UBND xã Tịnh Khê"), "COMMUNE_PEOPLES_COMMITTEE");
        otherCommune = createChild(province, unique("UBND xã An Phú"), "COMMUNE_PEOPLES_COMMITTEE");
        officer = tokenFor("OFFICER", commune);
        otherOfficer = tokenFor("OFFICER", otherCommune);
        coordinator = tokenFor("COORDINATOR", province);
        viewer = tokenFor("VIEWER", province);
    }

    static Map<String, Object> citizen(String name, String idNumber, boolean representative) {
        Map<String, Object> c = new HashMap<>(Map.of("fullName", name, "address", "Thôn Mỹ Lai, xã Tịnh Khê",
                "phone", "0905123456", "idType", "CCCD", "idNumber", idNumber, "representative", representative));
        return c;
    }

    static Map<String, Object> reception(String org, String kind, int people, List<Map<String, Object>> citizens) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", org);
        body.put("receivedOn", LocalDate.now().minusDays(3).toString());
        body.put("receptionType", "REGULAR");
        body.put("channel", "IN_PERSON");
        body.put("kind", kind);
        body.put("domain", "LAND");
        body.put("peopleCount", people);
        body.put("citizens", citizens);
        body.put("content", "Khiếu nại việc thu hồi đất nông nghiệp thôn Mỹ Lai");
        body.put("handling", "ACCEPTED");
        body.put("concernedCommuneId", commune);
        body.put("receivingOfficials", List.of("Võ Minh Tâm"));
        return body;
    }

    private static long count(String token) {
        return as(token).get("/api/v1/receptions?pageSize=200").then().statusCode(200).extract()
                .jsonPath().getList("items").size();
    }

    @Test
    void officerRecordsAMassCaseAndSeesPersonalDataWhileOthersSeeItMasked() {
        Map<String, Object> body = reception(commune, "COMPLAINT", 7, List.of(citizen("Trần Văn Bình", "051089001234", true),
                citizen("Lê Thị Cúc", "051190004321", true)));
        String id = as(officer).body(body).post("/api/v1/receptions").then().statusCode(201)
                .body("flags.mass", equalTo(true))
                .body("personalDataMasked", equalTo(false))
                .body("citizens[0].idNumber", equalTo("051089001234"))
                .body("citizens[0].phone", equalTo("0905123456"))
                .extract().path("id");
        as(viewer).get("/api/v1/receptions/" + id).then().statusCode(200)
                .body("personalDataMasked", equalTo(true))
                .body("citizens[0].idNumber", equalTo("*********234"))
                .body("citizens[0].address", equalTo("***"))
                .body("citizens[0].phone", equalTo("*******456"))
                .body("citizens[0].fullName", equalTo("Trần Văn Bình"));
        as(coordinator).get("/api/v1/receptions/" + id).then().statusCode(200)
                .body("citizens[1].idNumber", equalTo("051190004321"));
        // Another commune's officer is out of scope: 404 like a missing record.
        as(otherOfficer).get("/api/v1/receptions/" + id).then().statusCode(404);
        // Found by exact ID number through the keyed hash, the number kept out of the URL.
        String listed = "items.find { it.id == '" + id + "' }";
        as(coordinator).body(Map.of("idNumber", "051190004321")).post("/api/v1/receptions/id-number-search").then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body(listed + ".citizens.fullName", contains("Trần Văn Bình", "Lê Thị Cúc"))
                .body(listed + ".citizens[1].idNumber", equalTo("051190004321"))
                .body(listed + ".citizens[0].representative", equalTo(true));
        // The list masks as the record does.
        as(viewer).queryParam("organizationId", commune).get("/api/v1/receptions").then().statusCode(200)
                .body(listed + ".citizens.fullName", contains("Trần Văn Bình", "Lê Thị Cúc"))
                .body(listed + ".citizens[1].idNumber", equalTo("*********321"))
                .body(listed + ".citizens[0].address", equalTo("***"));
        // Every unmasked read was logged (the coordinator's and the officer's), the viewer's masked read not.
        List<String> readers = api().get("/api/v1/receptions/" + id + "/personal-data-reads").then().statusCode(200)
                .extract().jsonPath().getList("items.purpose");
        assertTrue(readers.size() >= 3, "reads logged: " + readers);
        assertTrue(readers.contains("SEARCH"));
    }

    @Test
    void aRepeatIsSuggestedFromTheSameIdNumber() {
        String first = as(officer).body(reception(commune, "PETITION", 1, List.of(citizen("Phạm Văn Đông", "051077001111", false))))
                .post("/api/v1/receptions").then().statusCode(201).extract().path("id");
        as(officer).body(reception(commune, "PETITION", 1, List.of(citizen("Phạm Văn Đông", "051077001111", false))))
                .post("/api/v1/receptions").then().statusCode(201)
                .body("repeatSuggestion.earlierReceptionId", equalTo(first))
                .body("repeatSuggestion.matchedOn", equalTo("ID_NUMBER"));
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        long before = count(coordinator);
        // Malformed ID number.
        as(officer).body(reception(commune, "COMPLAINT", 1, List.of(citizen("A", "12345", false))))
                .post("/api/v1/receptions").then().statusCode(400)
                .body("errors.field", hasItem("citizens[0].idNumber"));
        // Zero people (the contract forbids it: sent on purpose).
        invalidRequest().auth().oauth2(officer).body(reception(commune, "COMPLAINT", 0, List.of(citizen("A", "051089001234", false))))
                .post("/api/v1/receptions").then().statusCode(400).body("errors.field", hasItem("peopleCount"));
        // More than five representatives.
        List<Map<String, Object>> six = List.of(citizen("A", "051089000001", true), citizen("B", "051089000002", true),
                citizen("C", "051089000003", true), citizen("D", "051089000004", true), citizen("E", "051089000005", true),
                citizen("F", "051089000006", true));
        invalidRequest().auth().oauth2(officer).body(reception(commune, "COMPLAINT", 40, six))
                .post("/api/v1/receptions").then().statusCode(400).body("errors.field", hasItem("citizens"));
        // A date in the future.
        Map<String, Object> future = reception(commune, "COMPLAINT", 1, List.of(citizen("A", "051089001234", false)));
        future.put("receivedOn", LocalDate.now().plusDays(5).toString());
        as(officer).body(future).post("/api/v1/receptions").then().statusCode(400).body("errors.field", hasItem("receivedOn"));
        // Unknown kind and unknown domain.
        Map<String, Object> unknownKind = reception(commune, "GRUMBLE", 1, List.of(citizen("A", "051089001234", false)));
        invalidRequest().auth().oauth2(officer).body(unknownKind).post("/api/v1/receptions").then().statusCode(400);
        Map<String, Object> unknownDomain = reception(commune, "COMPLAINT", 1, List.of(citizen("A", "051089001234", false)));
        unknownDomain.put("domain", "WEATHER");
        invalidRequest().auth().oauth2(officer).body(unknownDomain).post("/api/v1/receptions").then().statusCode(400);
        // A transfer to the receiving organisation itself.
        Map<String, Object> self = reception(commune, "PETITION", 1, List.of(citizen("A", "051089001234", false)));
        self.put("handling", "TRANSFERRED");
        self.put("transferredToOrganizationId", commune);
        as(officer).body(self).post("/api/v1/receptions").then().statusCode(400)
                .body("errors.field", hasItem("transferredToOrganizationId"));
        assertEquals(before, count(coordinator));
    }

    @Test
    void aComplaintCaseGetsItsDeadlineFromTheRulesAndTheDecisionIsWrittenBack() {
        Map<String, Object> body = reception(commune, "COMPLAINT", 1, List.of(citizen("Nguyễn Thị Hoa", "051195007788", false)));
        body.put("receivedOn", LocalDate.now().minusDays(20).toString());
        String receptionId = as(officer).body(body).post("/api/v1/receptions").then().statusCode(201).extract().path("id");
        LocalDate accepted = LocalDate.now().minusDays(5);
        String caseId = as(officer).body(Map.of("receptionId", receptionId, "instance", "FIRST", "complex", true,
                        "acceptedOn", accepted.toString()))
                .post("/api/v1/cases").then().statusCode(201)
                .body("status", equalTo("ACCEPTED"))
                .body("deadline", equalTo(accepted.plusDays(45).toString()))
                .body("lateAcceptance", equalTo(true))
                .body("overdue", equalTo(false))
                .extract().path("id");
        // A decision before acceptance is refused and changes nothing.
        as(officer).body(Map.of("number", "1/QĐ-UBND", "decidedOn", accepted.minusDays(1).toString(), "summary", "x"))
                .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(400)
                .body("errors.field", hasItem("decidedOn"));
        as(officer).get("/api/v1/cases/" + caseId).then().body("status", equalTo("ACCEPTED"));
        // A complaint cannot be extended.
        as(officer).body(Map.of("decisionNumber", "2/QĐ", "decidedOn", accepted.toString(), "reason", "phức tạp"))
                .post("/api/v1/cases/" + caseId + "/extensions").then().statusCode(409);
        as(officer).body(Map.of("status", "VERIFYING", "changedOn", accepted.toString()))
                .post("/api/v1/cases/" + caseId + "/transitions").then().statusCode(200).body("status", equalTo("VERIFYING"));
        as(officer).body(Map.of("number", "245/QĐ-UBND", "decidedOn", LocalDate.now().toString(),
                        "summary", "Công nhận một phần khiếu nại", "publishResult", true,
                        "publicSummary", "Khiếu nại về đất tại xã đúng một phần"))
                .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(200).body("status", equalTo("DECIDED"));
        as(officer).get("/api/v1/receptions/" + receptionId).then()
                .body("followUp", containsString("245/QĐ-UBND"))
                .body("caseId", equalTo(caseId));
        // Published without personal data.
        String published = anonymous().get("/api/v1/public/case-results?organizationId=" + commune).then().statusCode(200)
                .body("items.caseId", hasItem(caseId)).extract().asString();
        assertFalse(published.contains("051195007788") || published.contains("Nguyễn Thị Hoa") || published.contains("0905123456"));
    }

    @Test
    void aDenunciationIsExtendedAtMostTwiceAndBecomesOverdue() {
        Map<String, Object> body = reception(commune, "DENUNCIATION", 1, List.of(citizen("Đỗ Văn Hùng", "051066003333", false)));
        body.put("receivedOn", LocalDate.now().minusDays(200).toString());
        String receptionId = as(officer).body(body).post("/api/v1/receptions").then().statusCode(201).extract().path("id");
        LocalDate accepted = LocalDate.now().minusDays(195);
        String caseId = as(officer).body(Map.of("receptionId", receptionId, "instance", "FIRST", "acceptedOn", accepted.toString()))
                .post("/api/v1/cases").then().statusCode(201)
                .body("deadline", equalTo(accepted.plusDays(30).toString()))
                .body("overdue", equalTo(true)).extract().path("id");
        as(coordinator).get("/api/v1/cases?overdue=true&organizationId=" + commune).then().statusCode(200)
                .body("items.id", hasItem(caseId));
        for (int i = 1; i <= 2; i++) {
            as(officer).body(Map.of("decisionNumber", i + "/QĐ-GH", "decidedOn", accepted.plusDays(20).toString(),
                            "reason", "Vụ việc phức tạp"))
                    .post("/api/v1/cases/" + caseId + "/extensions").then().statusCode(200)
                    .body("extensions", hasSize(i))
                    .body("deadline", equalTo(accepted.plusDays(30 + 30L * i).toString()));
        }
        as(officer).body(Map.of("decisionNumber", "3/QĐ-GH", "decidedOn", accepted.plusDays(21).toString(), "reason", "x"))
                .post("/api/v1/cases/" + caseId + "/extensions").then().statusCode(409);
        as(officer).get("/api/v1/cases/" + caseId).then().body("extensions", hasSize(2));
        // Transfers keep history; a transfer to the same organisation is refused.
        as(officer).body(Map.of("toOrganizationId", commune, "transferredOn", LocalDate.now().toString(), "reason", "x"))
                .post("/api/v1/cases/" + caseId + "/transfers").then().statusCode(400);
        as(officer).body(Map.of("toOrganizationId", otherCommune, "transferredOn", LocalDate.now().toString(),
                        "reason", "Thuộc thẩm quyền xã An Phú"))
                .post("/api/v1/cases/" + caseId + "/transfers").then().statusCode(200)
                .body("organizationId", equalTo(otherCommune))
                .body("transfers[0].fromOrganizationId", equalTo(commune));
        as(otherOfficer).get("/api/v1/cases/" + caseId).then().statusCode(200).body("transfers", hasSize(1));
    }

    @Test
    void theBookExportsAsMau03WithMaskingPerRole() throws Exception {
        String exportCommune = createChild(province, unique("UBND xã Bình Sơn"), "COMMUNE_PEOPLES_COMMITTEE");
        String exportOfficer = tokenFor("OFFICER", exportCommune);
        Map<String, Object> body = reception(exportCommune, "COMPLAINT", 6, List.of(citizen("Trần Văn Bình", "051089009999", true)));
        String first = as(exportOfficer).body(body).post("/api/v1/receptions").then().statusCode(201).extract().path("id");
        String from = LocalDate.now().minusDays(30).toString();
        String to = LocalDate.now().toString();
        List<List<String>> clear = sheet(as(exportOfficer), exportCommune, from, to);
        List<List<String>> masked = sheet(as(viewer), exportCommune, from, to);
        List<String> header = clear.get(4);
        assertEquals("STT", header.get(0));
        assertEquals("Ngày tiếp", header.get(1));
        assertEquals("Họ tên - địa chỉ", header.get(2));
        assertEquals("CMND/CCCD/Hộ chiếu", header.get(3));
        assertEquals("Hướng xử lý", header.get(7));
        assertEquals("Thụ lý để giải quyết", clear.get(5).get(7));
        assertEquals("Chuyển đơn đến cơ quan có thẩm quyền", clear.get(5).get(9));
        assertEquals("Theo dõi kết quả giải quyết", header.get(10));
        assertEquals("Ghi chú", header.get(11));
        List<String> row = clear.get(7);
        assertEquals("1", row.get(0));
        assertTrue(row.get(2).startsWith("Trần Văn Bình - Thôn Mỹ Lai"));
        assertEquals("051089009999", row.get(3));
        assertEquals("Khiếu nại/6 người", row.get(5));
        assertEquals("x", row.get(7));
        assertTrue(row.get(11).contains("Đông người"));
        List<String> maskedRow = masked.get(7);
        assertEquals("*********999", maskedRow.get(3));
        assertTrue(maskedRow.get(2).contains("***") && !maskedRow.get(2).contains("Mỹ Lai"));
        // Each export in clear is logged once for every record it holds; the masked one is not logged.
        String second = as(exportOfficer).body(reception(exportCommune, "PETITION", 1,
                List.of(citizen("Lê Thị Cúc", "051190008888", false)))).post("/api/v1/receptions").then().statusCode(201)
                .extract().path("id");
        sheet(as(exportOfficer), exportCommune, from, to);
        assertEquals(2, exportsLogged(first));
        assertEquals(1, exportsLogged(second));
    }

    @Test
    void readsLoggedBeforeV34AreShownAfterTheNewOnes() throws Exception {
        String id = as(officer).body(reception(commune, "PETITION", 1, List.of(citizen("Đỗ Văn Hải", "051089007777", false))))
                .post("/api/v1/receptions").then().statusCode(201).extract().path("id");
        // A read logged by an earlier version, one wide row per record (V30), which V34 left in place.
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.PreparedStatement legacy = connection.prepareStatement("INSERT INTO personal_data_access"
                     + " (accessed_at, actor_id, actor_name, actor_roles, reception_id, purpose, source_ip)"
                     + " VALUES (?, 'legacy-reader', 'Cán bộ trước V34', 'OFFICER', ?, 'EXPORT', '10.0.0.1')")) {
            legacy.setObject(1, java.time.LocalDateTime.of(2026, 1, 5, 8, 30));
            legacy.setBytes(2, UuidBytes.of(UUID.fromString(id)));
            legacy.executeUpdate();
        }
        as(coordinator).get("/api/v1/receptions/" + id).then().statusCode(200);
        List<String> actors = api().get("/api/v1/receptions/" + id + "/personal-data-reads").then().statusCode(200)
                .body("items[0].purpose", equalTo("READ"))
                .extract().jsonPath().getList("items.actorId", String.class);
        assertEquals("legacy-reader", actors.get(actors.size() - 1), "reads: " + actors);
        assertEquals(1, actors.stream().filter("legacy-reader"::equals).count());
    }

    @Test
    void aReadOfMoreRecordsThanOneInsertTakesIsLoggedWhole() throws Exception {
        // A year's book of a busy unit: more records than one statement of the log holds, some named twice.
        List<UUID> ids = Stream.generate(UUID::randomUUID).limit(2_345).toList();
        List<UUID> named = new ArrayList<>(ids);
        named.addAll(ids.subList(0, 10));
        accessLog.record(PersonalDataAccessLog.Subject.RECEPTION, named, PersonalDataAccessLog.Purpose.EXPORT);
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.Statement count = connection.createStatement();
             java.sql.ResultSet rs = count.executeQuery("SELECT COUNT(*) FROM personal_data_read_record"
                     + " WHERE read_id = (SELECT MAX(id) FROM personal_data_read)")) {
            assertTrue(rs.next());
            assertEquals(2_345, rs.getLong(1));
        }
        for (UUID id : List.of(ids.get(0), ids.get(999), ids.get(1_000), ids.get(2_344))) {
            assertEquals(List.of("EXPORT"), accessLog.reads(PersonalDataAccessLog.Subject.RECEPTION, id).stream()
                    .map(r -> r.getPurpose().toString()).toList());
        }
    }

    @Test
    void readsLoggedBeforeOtherKindsOfRecordWereLoggedStayAReceptionsReads() throws Exception {
        // A row as the log wrote it before V81: the record's ID and the read, no kind.
        UUID reception = UUID.randomUUID();
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.PreparedStatement read = connection.prepareStatement("INSERT INTO personal_data_read (read_at,"
                     + " actor_id, actor_name, actor_roles, purpose) VALUES (NOW(6), 'before-v81', 'canbo.cu', 'OFFICER',"
                     + " 'READ')", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            read.executeUpdate();
            try (java.sql.ResultSet key = read.getGeneratedKeys();
                 java.sql.PreparedStatement record = connection.prepareStatement(
                         "INSERT INTO personal_data_read_record (subject_id, read_id) VALUES (?, ?)")) {
                assertTrue(key.next());
                record.setBytes(1, UuidBytes.of(reception));
                record.setLong(2, key.getLong(1));
                record.executeUpdate();
            }
        }
        assertEquals(List.of("canbo.cu"), accessLog.reads(PersonalDataAccessLog.Subject.RECEPTION, reception).stream()
                .map(r -> r.getActorName()).toList());
        assertEquals(List.of(), accessLog.reads(PersonalDataAccessLog.Subject.DIALOGUE, reception));
        // and a dialogue's read of the same ID is not the reception's
        accessLog.record(PersonalDataAccessLog.Subject.DIALOGUE, List.of(reception), PersonalDataAccessLog.Purpose.LIST);
        assertEquals(1, accessLog.reads(PersonalDataAccessLog.Subject.RECEPTION, reception).size());
        assertEquals(1, accessLog.reads(PersonalDataAccessLog.Subject.DIALOGUE, reception).size());
    }

    private long exportsLogged(String receptionId) {
        return api().get("/api/v1/receptions/" + receptionId + "/personal-data-reads").then().statusCode(200)
                .extract().jsonPath().getList("items.purpose", String.class).stream().filter("EXPORT"::equals).count();
    }

    private static List<List<String>> sheet(io.restassured.specification.RequestSpecification spec, String org, String from,
                                            String to) throws Exception {
        byte[] bytes = spec.accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get("/api/v1/receptions/book?organizationId=" + org + "&from=" + from + "&to=" + to)
                .then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
             var rows = workbook.getFirstSheet().openStream()) {
            Map<Integer, List<String>> byIndex = rows.collect(Collectors.toMap(r -> r.getRowNum() - 1, ReceptionFlowTest::texts));
            return java.util.stream.IntStream.rangeClosed(0, byIndex.keySet().stream().max(Integer::compare).orElse(0))
                    .mapToObj(i -> byIndex.getOrDefault(i, List.of())).toList();
        }
    }

    private static List<String> texts(Row row) {
        return java.util.stream.IntStream.range(0, 12).mapToObj(i -> row.getCellText(i)).toList();
    }

    @Test
    void thePortalSubmitsOncePerReferenceAndTheCitizenLooksUpWithTheSecret() {
        String portal = tokenFor("PORTAL_CLIENT", province);
        Map<String, Object> petition = new HashMap<>(Map.of("portalReference", unique("DVC").replace(" ", "-"),
                "organizationId", commune, "submittedOn", LocalDate.now().toString(), "kind", "PETITION",
                "domain", "ENVIRONMENT", "content", "Đề nghị xử lý ô nhiễm nguồn nước",
                "citizen", Map.of("fullName", "Đinh Thị Hoa", "idType", "CCCD", "idNumber", "051195007788")));
        Response first = as(portal).body(petition).post("/api/v1/portal/petitions");
        first.then().statusCode(201);
        String code = first.path("trackingCode");
        String secret = first.path("secret");
        as(portal).body(petition).post("/api/v1/portal/petitions").then().statusCode(200)
                .body("trackingCode", equalTo(code)).body("secret", equalTo(secret));
        petition.put("content", "Nội dung khác");
        // No Idempotency-Key was sent: the answer names the portal's reference, not a key.
        as(portal).body(petition).post("/api/v1/portal/petitions").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:danvan:problem:portal-reference-reused"))
                .body("detail", containsString((String) petition.get("portalReference")));
        limiter.reset("petition-status:127.0.0.1");
        String status = anonymous().header("X-Petition-Secret", secret).get("/api/v1/public/petitions/" + code)
                .then().statusCode(200).body("stage", equalTo("RECEIVED")).extract().asString();
        assertFalse(status.contains("Đinh Thị Hoa") || status.contains("051195007788"));
        String wrongSecret = anonymous().header("X-Petition-Secret", "AAAA-AAAA-AAAA").get("/api/v1/public/petitions/" + code)
                .then().statusCode(404).extract().path("detail");
        String unknown = anonymous().header("X-Petition-Secret", "AAAA-AAAA-AAAA").get("/api/v1/public/petitions/TCD-ZZZZZZZZ")
                .then().statusCode(404).extract().path("detail");
        assertEquals(wrongSecret.replace(code, "?"), unknown.replace("TCD-ZZZZZZZZ", "?"));
        for (int i = 0; i < 40; i++) {
            anonymous().header("X-Petition-Secret", "AAAA-AAAA-AAAA").get("/api/v1/public/petitions/" + code);
        }
        anonymous().header("X-Petition-Secret", secret).get("/api/v1/public/petitions/" + code).then().statusCode(429);
        limiter.reset("petition-status:127.0.0.1");
    }

    @Test
    void schedulesFollowTheHeadInPersonRuleAndMissedSessionsShow() {
        Map<String, Object> session = new HashMap<>(Map.of("organizationId", commune, "sessionType", "PERIODIC_HEAD",
                "sessionDate", "2026-09-15", "startTime", "07:30", "endTime", "11:00",
                "place", "Trụ sở UBND xã", "hostName", "Nguyễn Văn An", "hostPosition", "Phó Chủ tịch", "delegated", true));
        as(officer).body(session).post("/api/v1/reception-schedules").then().statusCode(400)
                .body("errors.field", hasItem("delegated"));
        session.put("sessionDate", "2026-05-15");
        String early = as(officer).body(session).post("/api/v1/reception-schedules").then().statusCode(201).extract().path("id");
        as(coordinator).get("/api/v1/reception-schedules?missed=true&organizationId=" + commune).then().statusCode(200)
                .body("items.id", hasItem(early));
        as(officer).body(Map.of("outcome", "HELD")).post("/api/v1/reception-schedules/" + early + "/outcome")
                .then().statusCode(200).body("missed", equalTo(false));
    }

    @Test
    void hotSpotsGiveCountsAndSamplesAndTheirRecordsArePagedThroughTheList() {
        String hotCommune = createChild(province, unique("UBND xã Minh Long"), "COMMUNE_PEOPLES_COMMITTEE");
        List<String> flagged = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Map<String, Object> body = reception(commune, "COMPLAINT", 8, List.of(citizen("Đại diện " + i, "0510890000" + (10 + i), true)));
            body.put("concernedCommuneId", hotCommune);
            body.put("domain", "ENVIRONMENT");
            body.put("receivedOn", LocalDate.now().minusDays(10 - i).toString());
            flagged.add(as(officer).body(body).post("/api/v1/receptions").then().statusCode(201).extract().path("id"));
        }
        // Not flagged, or of another domain: not part of the hot spot.
        Map<String, Object> plain = reception(commune, "PETITION", 1, List.of(citizen("Lê Văn Năm", "051089009999", false)));
        plain.put("concernedCommuneId", hotCommune);
        plain.put("domain", "ENVIRONMENT");
        String notFlagged = as(officer).body(plain).post("/api/v1/receptions").then().statusCode(201).extract().path("id");
        String find = "items.find { it.communeId == '" + hotCommune + "' }.";
        Response hot = as(coordinator).get("/api/v1/hotspots?organizationId=" + province);
        hot.then().statusCode(200)
                .body(find + "massCount", equalTo(7))
                .body(find + "flaggedCount", equalTo(7))
                .body(find + "peopleCount", equalTo(56))
                .body(find + "firstReceivedOn", equalTo(LocalDate.now().minusDays(10).toString()))
                .body(find + "lastReceivedOn", equalTo(LocalDate.now().minusDays(4).toString()))
                // The newest five, newest first.
                .body(find + "sampleReceptionIds", equalTo(List.of(flagged.get(6), flagged.get(5), flagged.get(4),
                        flagged.get(3), flagged.get(2))))
                .body(find + "receptionsLink", containsString("flag=PROLONGED"));
        String link = hot.jsonPath().getString(find + "receptionsLink");
        Response first = as(coordinator).get(link + "&pageSize=4");
        first.then().statusCode(200).body("items", hasSize(4)).body("items.id", not(hasItem(notFlagged)))
                .body("items[0].id", equalTo(flagged.get(6)));
        as(coordinator).get(link + "&pageSize=4&pageToken=" + first.jsonPath().getString("nextPageToken")).then().statusCode(200)
                .body("items.id", equalTo(List.of(flagged.get(2), flagged.get(1), flagged.get(0))))
                .body("nextPageToken", nullValue());
        // The province's own thresholds replace the configured ones.
        as(coordinator).get("/api/v1/hotspots?minFlagged=8&minMass=8&organizationId=" + province).then().statusCode(200)
                .body("minFlaggedRecords", equalTo(8)).body("items.communeId", not(hasItem(hotCommune)));
        as(coordinator).get("/api/v1/hotspots?minFlagged=7&minMass=100&organizationId=" + province).then().statusCode(200)
                .body("items.communeId", hasItem(hotCommune));
        // A unit outside the caller's scope is refused, naming the parameter; so are bad thresholds.
        String elsewhere = createProvince(unique("UBND tỉnh khác"));
        as(coordinator).get("/api/v1/hotspots?organizationId=" + elsewhere).then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("errors.field", hasItem("organizationId"));
        invalidRequest().auth().oauth2(coordinator).get("/api/v1/hotspots?minFlagged=0").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        as(officer).get("/api/v1/hotspots").then().statusCode(403);
    }

    @Test
    void theListFiltersOnAnyOfSeveralFlags() {
        String place = createChild(province, unique("UBND xã Sơn Hà"), "COMMUNE_PEOPLES_COMMITTEE");
        Map<String, Object> mass = reception(commune, "COMPLAINT", 6, List.of(citizen("Đại diện A", "051089003001", true)));
        mass.put("concernedCommuneId", place);
        String massId = as(officer).body(mass).post("/api/v1/receptions").then().statusCode(201).extract().path("id");
        Map<String, Object> skipping = reception(commune, "PETITION", 1, List.of(citizen("Phan Văn B", "051089003002", false)));
        skipping.put("concernedCommuneId", place);
        skipping.put("flags", Map.of("levelSkipping", true));
        String skippingId = as(officer).body(skipping).post("/api/v1/receptions").then().statusCode(201)
                .body("flags.levelSkipping", equalTo(true)).extract().path("id");
        Map<String, Object> neither = reception(commune, "PETITION", 1, List.of(citizen("Hồ Thị C", "051089003003", false)));
        neither.put("concernedCommuneId", place);
        as(officer).body(neither).post("/api/v1/receptions").then().statusCode(201);
        as(coordinator).get("/api/v1/receptions?communeId=" + place + "&flag=MASS").then().statusCode(200)
                .body("items.id", equalTo(List.of(massId)));
        as(coordinator).get("/api/v1/receptions?communeId=" + place + "&flag=MASS&flag=LEVEL_SKIPPING").then().statusCode(200)
                .body("items.id", hasSize(2)).body("items.id", hasItem(massId)).body("items.id", hasItem(skippingId));
        // Sent on purpose against the contract: an unknown flag, and more flags than there are.
        invalidRequest().auth().oauth2(coordinator).get("/api/v1/receptions?communeId=" + place + "&flag=MASS&flag=NOT_A_FLAG")
                .then().statusCode(400).contentType(containsString("application/problem+json"));
        invalidRequest().auth().oauth2(coordinator).get("/api/v1/receptions?communeId=" + place
                        + "&flag=MASS&flag=MASS&flag=REPEATED&flag=PROLONGED&flag=COMPLEX&flag=LEVEL_SKIPPING")
                .then().statusCode(400).body("errors.field", hasItem("flag"));
    }

    @Test
    void aLargeScopeListsItsOwnUnitsRecordsAndNoOtherProvincesInEveryOrder() {
        // More units than the list names in SQL: the scope is then checked by tree path (received-on order) or by the
        // list of its units (other orders); both must confine the coordinator to the province.
        String large = createProvince(unique("UBND tỉnh lớn"));
        List<String> units = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            units.add(createChild(large, unique("UBND xã " + i), "COMMUNE_PEOPLES_COMMITTEE"));
        }
        String largeCoordinator = tokenFor("COORDINATOR", large);
        String lastUnit = units.get(units.size() - 1);
        Map<String, Object> own = reception(lastUnit, "PETITION", 1, List.of(citizen("Trịnh Văn D", "051089004001", false)));
        own.put("concernedCommuneId", lastUnit);
        String ownId = as(tokenFor("OFFICER", lastUnit)).body(own).post("/api/v1/receptions").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> elsewhere = reception(commune, "PETITION", 1, List.of(citizen("Lý Thị E", "051089004002", false)));
        String elsewhereId = as(officer).body(elsewhere).post("/api/v1/receptions").then().statusCode(201)
                .extract().path("id");
        for (String sort : List.of("-receivedOn", "receivedOn", "-createdAt", "updatedAt")) {
            as(largeCoordinator).get("/api/v1/receptions?pageSize=200&sort=" + sort).then().statusCode(200)
                    .body("items.id", equalTo(List.of(ownId)))
                    .body("items[0].citizens[0].idNumber", equalTo("051089004001"));
            as(coordinator).get("/api/v1/receptions?pageSize=200&sort=" + sort).then().statusCode(200)
                    .body("items.id", hasItem(elsewhereId))
                    .body("items.id", not(hasItem(ownId)));
        }
    }

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void aPetitionScanIsAttachedAndOnlyThoseWhoSeePersonalDataDownloadIt() {
        String id = as(officer).body(reception(commune, "COMPLAINT", 1, List.of(citizen("Lê Văn Tư", "051089002222", false))))
                .post("/api/v1/receptions").then().statusCode(201).extract().path("id");
        String attachment = as(officer).contentType("application/pdf").body(PDF).queryParam("fileName", "Đơn khiếu nại.pdf")
                .post("/api/v1/receptions/" + id + "/attachments").then().statusCode(201)
                .body("contentType", equalTo("application/pdf")).extract().path("id");
        as(viewer).get("/api/v1/receptions/" + id + "/attachments").then().statusCode(200).body("items.id", hasItem(attachment));
        byte[] downloaded = as(coordinator).accept("application/pdf")
                .get("/api/v1/receptions/" + id + "/attachments/" + attachment + "/content").then().statusCode(200)
                .extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(PDF, downloaded);
        as(viewer).accept("application/pdf").get("/api/v1/receptions/" + id + "/attachments/" + attachment + "/content")
                .then().statusCode(403);
        as(viewer).contentType("application/pdf").body(PDF).queryParam("fileName", "x.pdf")
                .post("/api/v1/receptions/" + id + "/attachments").then().statusCode(403);
        as(viewer).get("/api/v1/receptions/" + id + "/attachments").then().body("items", hasSize(1));
    }
}
