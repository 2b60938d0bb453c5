package vn.danvan.democracy;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.danvan.platform.http.RateLimiter;
import vn.danvan.support.ApiTest;
import vn.danvan.support.ContractValidationFilter;
import vn.danvan.support.MariaDbTestResource;
import vn.danvan.support.StatisticsFigures;
import vn.danvan.support.Parallel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Grassroots democracy at the commune, through the API: the catalogue, disclosures, consultations, comments, findings. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class GrassrootsDemocracyTest extends ApiTest {

    static final String DUTIES = "/api/v1/grassroots-duties";
    static final String DISCLOSURES = "/api/v1/grassroots-disclosures";
    static final String CONSULTATIONS = "/api/v1/grassroots-consultations";
    static final String FINDINGS = "/api/v1/grassroots-findings";
    static final String COMPLIANCE = "/api/v1/grassroots-democracy/compliance";

    @Inject
    RateLimiter limiter;

    @Inject
    GrassrootsDemoData demoData;

    @Inject
    vn.danvan.platform.security.CurrentCaller caller;

    record Place(String province, String commune, String otherCommune, String officer, String otherOfficer,
                 String coordinator) {
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    static Place place() {
        String province = createProvince(unique("UBND tỉnh Quảng Ngãi"));
        String commune = createChild(province, unique("UBND xã Tịnh Khê"), "COMMUNE_PEOPLES_COMMITTEE");
        String other = createChild(province, unique("UBND xã Minh Long"), "COMMUNE_PEOPLES_COMMITTEE");
        String department = createChild(province, unique("Sở Nội vụ"), "DEPARTMENT");
        return new Place(province, commune, other, tokenFor("OFFICER", commune), tokenFor("OFFICER", other),
                tokenFor("COORDINATOR", department));
    }

    @BeforeEach
    void forgetThrottles() {
        limiter.reset(PublicGrassrootsResource.COMMENT_KEY + "127.0.0.1");
    }

    static Map<String, Object> disclosure(String commune, LocalDate starts, LocalDate ends) {
        Map<String, Object> body = new HashMap<>(Map.of("organizationId", commune, "dutyCode", "LAND_USE_PLAN",
                "title", "Công khai kế hoạch sử dụng đất năm 2027",
                "content", "Kế hoạch sử dụng đất năm 2027 của xã: chuyển 2,5 ha đất lúa sang đất giao thông.",
                "forms", List.of("NOTICE_BOARD", "PORTAL"), "approvedOn", starts.toString(), "startsOn", starts.toString(),
                "endsOn", ends.toString()));
        return body;
    }

    static Map<String, Object> consultation(String commune) {
        return new HashMap<>(Map.of("organizationId", commune, "dutyCode", "PUBLIC_WORKS_CONTRIBUTION",
                "question", "Mỗi hộ đóng góp 500.000 đồng để bê tông hóa đường liên thôn?",
                "options", List.of("Đồng ý", "Không đồng ý"),
                "opensOn", today().minusDays(5).toString(), "closesOn", today().plusDays(10).toString()));
    }

    static Map<String, Object> hamlet(String name, int households, int takingPart, int yes, int no) {
        return Map.of("hamlet", name, "heldOn", today().minusDays(1).toString(), "method", "MEETING",
                "households", households, "householdsTakingPart", takingPart, "votes", List.of(yes, no));
    }

    static long count(String token, String path, String organizationId) {
        return as(token).queryParam("organizationId", organizationId).queryParam("pageSize", 200).get(path).then()
                .statusCode(200).extract().jsonPath().getList("items").size();
    }

    @Test
    void theCatalogueHoldsTheLawsDutiesWithFormsPeriodsAndHistory() {
        as(tokenFor("VIEWER", createProvince(unique("UBND tỉnh")))).queryParam("asOf", today().toString())
                .queryParam("code", "BUDGET_ESTIMATE").get(DUTIES).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].kind", equalTo("DISCLOSURE"))
                .body("items[0].minPostingDays", equalTo(30))
                .body("items[0].discloseWithinDays", equalTo(30))
                .body("items[0].annualDueOn", equalTo("01-31"))
                .body("items[0].forms", hasItem("NOTICE_BOARD"))
                .body("items[0].legalBasis", containsString("Điều 11"));
        api().queryParam("kind", "DISCUSSION_DECISION").get(DUTIES).then().statusCode(200)
                .body("items.code", hasItem("VILLAGE_RULES")).body("items.kind", everyItem(equalTo("DISCUSSION_DECISION")));

        String code = "TEST_DUTY_" + numericCode(6);
        Map<String, Object> row = new HashMap<>(Map.of("code", code, "kind", "DISCLOSURE", "title", "Nội dung thử",
                "forms", List.of("NOTICE_BOARD"), "minPostingDays", 30, "effectiveFrom", "2024-01-01",
                "legalBasis", "Quyết định của UBND tỉnh — ví dụ"));
        api().body(row).post(DUTIES).then().statusCode(201).body("effectiveTo", nullValue());
        row.put("minPostingDays", 45);
        row.put("effectiveFrom", "2025-07-01");
        api().body(row).post(DUTIES).then().statusCode(201).body("minPostingDays", equalTo(45));
        api().queryParam("code", code).get(DUTIES).then().statusCode(200)
                .body("items.effectiveTo", equalTo(java.util.Arrays.asList("2025-06-30", null)))
                .body("items.minPostingDays", equalTo(List.of(30, 45)));
        // History is never rewritten: a row before the latest is a conflict; only administrators change the law.
        row.put("effectiveFrom", "2025-01-01");
        api().body(row).post(DUTIES).then().statusCode(409).contentType("application/problem+json");
        row.put("effectiveFrom", "2027-01-01");
        as(place().coordinator()).body(row).post(DUTIES).then().statusCode(403);
        api().queryParam("code", code).get(DUTIES).then().body("items", hasSize(2));
    }

    @Test
    void aDisclosureIsRecordedAgainstTheLawsPeriodAndAShorterOneIsRefused() {
        Place p = place();
        LocalDate start = today().minusDays(3);
        String id = as(p.officer()).body(disclosure(p.commune(), start, start.plusDays(29))).post(DISCLOSURES).then()
                .statusCode(201).header("ETag", notNullValue())
                .body("late", equalTo(false)).body("current", equalTo(true))
                .body("forms", hasItem("PORTAL")).extract().path("id");
        as(p.officer()).get(DISCLOSURES + "/" + id).then().statusCode(200).body("dutyCode", equalTo("LAND_USE_PLAN"));

        // 29 days posted, the law asks at least 30: refused, naming endsOn and the law; nothing recorded.
        as(p.officer()).body(disclosure(p.commune(), start, start.plusDays(28))).post(DISCLOSURES).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("endsOn")).body("errors[0].code", equalTo("MinPostingDays"))
                .body("errors[0].message", containsString("30"));
        as(p.officer()).header("Accept-Language", "en").body(disclosure(p.commune(), start, start.plusDays(28)))
                .post(DISCLOSURES).then().statusCode(400).body("errors[0].message", containsString("fewer than the 30 days"));
        // A form the duty does not use, and a duty that is not a disclosure.
        Map<String, Object> loudspeaker = disclosure(p.commune(), start, start.plusDays(40));
        loudspeaker.put("forms", List.of("LOUDSPEAKER"));
        as(p.officer()).body(loudspeaker).post(DISCLOSURES).then().statusCode(400)
                .body("errors[0].field", equalTo("forms"));
        Map<String, Object> wrongKind = disclosure(p.commune(), start, start.plusDays(40));
        wrongKind.put("dutyCode", "VILLAGE_RULES");
        as(p.officer()).body(wrongKind).post(DISCLOSURES).then().statusCode(400).body("errors[0].field", equalTo("dutyCode"));
        // A yearly duty needs its year; one disclosed later than 30 days after approval is recorded as late.
        Map<String, Object> budget = disclosure(p.commune(), start, start.plusDays(40));
        budget.put("dutyCode", "BUDGET_ESTIMATE");
        as(p.officer()).body(budget).post(DISCLOSURES).then().statusCode(400).body("errors[0].field", equalTo("periodYear"));
        budget.put("periodYear", today().getYear());
        budget.put("approvedOn", start.minusDays(45).toString());
        as(p.officer()).body(budget).post(DISCLOSURES).then().statusCode(201).body("late", equalTo(true));
        assertEquals(2, count(p.officer(), DISCLOSURES, p.commune()));
    }

    @Test
    void personalDataInAPublicTextIsRefused() {
        Place p = place();
        LocalDate start = today();
        Map<String, Object> withPhone = disclosure(p.commune(), start, start.plusDays(30));
        withPhone.put("content", "Danh sách hộ nghèo: ông A, điện thoại 0912 345 678, CCCD 051095001234.");
        as(p.officer()).body(withPhone).post(DISCLOSURES).then().statusCode(400)
                .body("errors.field", everyItem(equalTo("content")))
                .body("errors.code", everyItem(equalTo("PersonalData"))).body("errors", hasSize(2));
        Map<String, Object> question = consultation(p.commune());
        question.put("question", "Ý kiến về đề xuất của ông Lê Văn Tám (lvt@example.vn)?");
        as(p.officer()).body(question).post(CONSULTATIONS).then().statusCode(400).body("errors[0].field", equalTo("question"));
        assertEquals(0, count(p.officer(), DISCLOSURES, p.commune()));
        assertEquals(0, count(p.officer(), CONSULTATIONS, p.commune()));
    }

    @Test
    void anOfficialOfAnotherCommuneNeitherReadsNorChangesTheCommunesRecords() {
        Place p = place();
        String disclosure = as(p.officer()).body(disclosure(p.commune(), today(), today().plusDays(30))).post(DISCLOSURES)
                .then().statusCode(201).extract().path("id");
        String consultation = as(p.officer()).body(consultation(p.commune())).post(CONSULTATIONS).then().statusCode(201)
                .extract().path("id");
        String finding = as(p.officer()).body(Map.of("organizationId", p.commune(), "foundOn", today().toString(),
                "subject", "Quỹ đường giao thông", "finding", "Chưa công khai quyết toán.")).post(FINDINGS).then()
                .statusCode(201).extract().path("id");

        as(p.otherOfficer()).get(DISCLOSURES + "/" + disclosure).then().statusCode(404).contentType("application/problem+json");
        as(p.otherOfficer()).get(CONSULTATIONS + "/" + consultation).then().statusCode(404);
        as(p.otherOfficer()).get(FINDINGS + "/" + finding).then().statusCode(404);
        as(p.otherOfficer()).get(CONSULTATIONS + "/" + consultation + "/comments").then().statusCode(404);
        as(p.otherOfficer()).header("If-Match", "\"0\"").body(hamlet("Thôn 1", 100, 80, 60, 20))
                .post(CONSULTATIONS + "/" + consultation + "/hamlet-results").then().statusCode(404);
        as(p.otherOfficer()).header("If-Match", "\"0\"").body(Map.of("handling", "x", "handledOn", today().toString()))
                .post(FINDINGS + "/" + finding + "/handling").then().statusCode(404);
        as(p.otherOfficer()).body(disclosure(p.commune(), today(), today().plusDays(30))).post(DISCLOSURES).then()
                .statusCode(400).body("errors[0].field", equalTo("organizationId"));
        as(p.otherOfficer()).get(DISCLOSURES).then().statusCode(200).body("items.id", not(hasItem(disclosure)));
        as(p.otherOfficer()).queryParam("organizationId", p.commune()).get(FINDINGS).then().statusCode(400);
        // The province's coordinator sees them; a viewer of the commune reads but may not change.
        as(p.coordinator()).get(DISCLOSURES + "/" + disclosure).then().statusCode(200);
        as(tokenFor("VIEWER", p.commune())).body(disclosure(p.commune(), today(), today().plusDays(30))).post(DISCLOSURES)
                .then().statusCode(403);
        as(p.officer()).get(CONSULTATIONS + "/" + consultation).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void aConsultationCollectsTheHamletsResultsAndClosesOnlyWithAResult() {
        Place p = place();
        String id = as(p.officer()).body(consultation(p.commune())).post(CONSULTATIONS).then().statusCode(201)
                .body("status", equalTo("OPEN")).body("kind", equalTo("DISCUSSION_DECISION")).extract().path("id");
        String path = CONSULTATIONS + "/" + id;
        Map<String, Object> closing = Map.of("decision", "Thông qua mức đóng góp 500.000 đồng/hộ.", "decidedOn",
                today().toString());
        // Closing without any result is refused, and changes nothing.
        as(p.officer()).header("If-Match", "\"0\"").body(closing).post(path + "/closing").then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("invalid-state"))
                .body("detail", containsString("Chưa có kết quả"));
        as(p.officer()).get(path).then().body("status", equalTo("OPEN")).body("version", equalTo(0));
        // If-Match is required on a state change, and must be current.
        as(p.officer()).header(ContractValidationFilter.INVALID_REQUEST, "true").body(hamlet("Thôn Mỹ Lai", 320, 251, 210, 41))
                .post(path + "/hamlet-results").then().statusCode(428);
        as(p.officer()).header("If-Match", "\"7\"").body(hamlet("Thôn Mỹ Lai", 320, 251, 210, 41))
                .post(path + "/hamlet-results").then().statusCode(412);
        as(p.officer()).header("If-Match", "\"0\"").body(hamlet("Thôn Mỹ Lai", 320, 251, 210, 41))
                .post(path + "/hamlet-results").then().statusCode(200).header("ETag", "\"1\"")
                .body("hamletResults", hasSize(1)).body("totals.turnout", equalTo(0.784f));
        // Bad results: more votes than households taking part; one number per option; the same hamlet twice.
        as(p.officer()).header("If-Match", "\"1\"").body(hamlet("Thôn Cổ Lũy", 100, 50, 40, 20))
                .post(path + "/hamlet-results").then().statusCode(400).body("errors[0].field", equalTo("votes"));
        as(p.officer()).header("If-Match", "\"1\"").body(hamlet("Thôn Mỹ Lai", 320, 251, 210, 41))
                .post(path + "/hamlet-results").then().statusCode(400).body("errors[0].field", equalTo("hamlet"));
        as(p.officer()).header("If-Match", "\"1\"").body(hamlet("Thôn Cổ Lũy", 180, 150, 120, 30))
                .post(path + "/hamlet-results").then().statusCode(200)
                .body("totals.households", equalTo(500)).body("totals.votes", equalTo(List.of(330, 71)));

        as(p.officer()).header("If-Match", "\"2\"").body(closing).post(path + "/closing").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("outcome", equalTo("ADOPTED")).body("adoptedOption", equalTo(0))
                .body("decision", equalTo(closing.get("decision")));
        // A closed consultation takes no more results nor a second closing.
        as(p.officer()).header("If-Match", "\"3\"").body(hamlet("Thôn An Kỳ", 100, 90, 80, 10))
                .post(path + "/hamlet-results").then().statusCode(409);
        as(p.officer()).header("If-Match", "\"3\"").body(closing).post(path + "/closing").then().statusCode(409);
    }

    @Test
    void twoClosingsSentAtOnceCloseTheConsultationOnce() {
        Place p = place();
        String id = as(p.officer()).body(consultation(p.commune())).post(CONSULTATIONS).then().statusCode(201)
                .extract().path("id");
        String path = CONSULTATIONS + "/" + id;
        as(p.officer()).header("If-Match", "\"0\"").body(hamlet("Thôn 1", 100, 90, 30, 60))
                .post(path + "/hamlet-results").then().statusCode(200);
        List<Integer> statuses = Parallel.run(4, i -> as(p.officer()).header("If-Match", "\"1\"")
                .body(Map.of("decision", "Quyết định số " + i, "decidedOn", today().toString()))
                .post(path + "/closing").then().extract().statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertTrue(statuses.stream().filter(s -> s != 200).allMatch(s -> s == 412 || s == 409), statuses.toString());
        String decision = as(p.officer()).get(path).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("outcome", equalTo("ADOPTED")).body("adoptedOption", equalTo(1)).body("version", equalTo(2))
                .extract().path("decision");
        assertTrue(decision.startsWith("Quyết định số "), decision);
    }

    @Test
    void citizensCommentThroughThePortalWithATrackingCodeAndReadTheAnswer() {
        Place p = place();
        String id = as(p.officer()).body(consultation(p.commune())).post(CONSULTATIONS).then().statusCode(201)
                .extract().path("id");
        // The portal lists it, anonymously and cacheable, without personal data.
        anonymous().queryParam("organizationId", p.province()).get("/api/v1/public/grassroots-consultations").then()
                .statusCode(200).header("Cache-Control", containsString("public"))
                .body("items.id", hasItem(id)).body("items[0]", not(hasKey("hamletResults")));

        Response receipt = anonymous().body(Map.of("content", "Đề nghị miễn đóng góp cho hộ nghèo.",
                        "authorName", "Nguyễn Văn An", "authorPhone", "0912345678"))
                .post("/api/v1/public/grassroots-consultations/" + id + "/comments");
        receipt.then().statusCode(201).body("trackingCode", containsString("GY-")).body("secret", notNullValue());
        String code = receipt.path("trackingCode");
        String secret = receipt.path("secret");
        anonymous().header("X-Comment-Secret", secret).get("/api/v1/public/grassroots-comments/" + code).then()
                .statusCode(200).body("answered", equalTo(false)).body("$", not(hasKey("authorName")));
        anonymous().header("X-Comment-Secret", "AAAA-BBBB-CCCC").get("/api/v1/public/grassroots-comments/" + code).then()
                .statusCode(404);

        // The commune's officer sees the author; a viewer does not.
        Response listed = as(p.officer()).get(CONSULTATIONS + "/" + id + "/comments");
        listed.then().statusCode(200).body("items[0].authorName", equalTo("Nguyễn Văn An"))
                .body("items[0].authorPhone", equalTo("0912345678")).body("items[0].channel", equalTo("PORTAL"));
        as(tokenFor("VIEWER", p.commune())).get(CONSULTATIONS + "/" + id + "/comments").then().statusCode(200)
                .body("items[0]", not(hasKey("authorName"))).body("items[0]", not(hasKey("authorPhone")));
        String comment = listed.path("items[0].id");
        // An answer naming the citizen is refused; a clean one is kept and read with the code.
        as(p.officer()).header("If-Match", "\"0\"").body(Map.of("answer", "Trả lời ông Nguyễn Văn An: đã tiếp thu.",
                        "answeredOn", today().toString())).post("/api/v1/grassroots-comments/" + comment + "/answer").then()
                .statusCode(400).body("errors[0].field", equalTo("answer")).body("errors[0].code", equalTo("PersonalData"));
        as(p.officer()).header("If-Match", "\"0\"").body(Map.of("answer", "Hộ nghèo được miễn đóng góp theo nghị quyết hội nghị thôn.",
                "answeredOn", today().toString())).post("/api/v1/grassroots-comments/" + comment + "/answer").then()
                .statusCode(200).header("ETag", "\"1\"");
        as(p.officer()).header("If-Match", "\"1\"").body(Map.of("answer", "Lần hai", "answeredOn", today().toString()))
                .post("/api/v1/grassroots-comments/" + comment + "/answer").then().statusCode(409);
        anonymous().header("X-Comment-Secret", secret).get("/api/v1/public/grassroots-comments/" + code).then()
                .statusCode(200).body("answered", equalTo(true)).body("answer", containsString("miễn đóng góp"));
    }

    @Test
    void aCommentOnAClosedConsultationIsRefused() {
        Place p = place();
        String id = as(p.officer()).body(consultation(p.commune())).post(CONSULTATIONS).then().statusCode(201)
                .extract().path("id");
        String path = CONSULTATIONS + "/" + id;
        as(p.officer()).header("If-Match", "\"0\"").body(hamlet("Thôn 1", 100, 90, 70, 20))
                .post(path + "/hamlet-results").then().statusCode(200);
        as(p.officer()).header("If-Match", "\"1\"").body(Map.of("decision", "Thông qua.", "decidedOn", today().toString()))
                .post(path + "/closing").then().statusCode(200);
        anonymous().body(Map.of("content", "Tôi góp ý muộn.")).post("/api/v1/public/grassroots-consultations/" + id + "/comments")
                .then().statusCode(409).contentType("application/problem+json").body("type", containsString("invalid-state"));
        as(p.officer()).body(Map.of("channel", "MEETING", "content", "Ý kiến tại hội nghị", "receivedOn", today().toString()))
                .post(path + "/comments").then().statusCode(409);
        as(p.officer()).get(path + "/comments").then().statusCode(200).body("items", hasSize(0));
        anonymous().queryParam("organizationId", p.commune()).get("/api/v1/public/grassroots-consultations").then()
                .statusCode(200).body("items.id", not(hasItem(id)));
        anonymous().body(Map.of("content", "x")).post("/api/v1/public/grassroots-consultations/"
                + java.util.UUID.randomUUID() + "/comments").then().statusCode(404);
    }

    @Test
    void thePortalShowsTheCurrentDisclosuresOnly() {
        Place p = place();
        String current = as(p.officer()).body(disclosure(p.commune(), today().minusDays(2), today().plusDays(30)))
                .post(DISCLOSURES).then().statusCode(201).extract().path("id");
        String past = as(p.officer()).body(disclosure(p.commune(), today().minusDays(90), today().minusDays(10)))
                .post(DISCLOSURES).then().statusCode(201).extract().path("id");
        anonymous().queryParam("organizationId", p.commune()).get("/api/v1/public/grassroots-disclosures").then()
                .statusCode(200).header("Cache-Control", containsString("max-age"))
                .body("items.id", hasItem(current)).body("items.id", not(hasItem(past)))
                .body("items[0].dutyTitle", containsString("sử dụng đất"))
                .body("items[0]", not(hasKey("approvedOn"))).body("items[0]", not(hasKey("version")));
        as(p.officer()).queryParam("activeOn", today().minusDays(20).toString()).queryParam("organizationId", p.commune())
                .get(DISCLOSURES).then().statusCode(200).body("items.id", equalTo(List.of(past)));
    }

    @Test
    void findingsOfTheInspectionBoardAreHandledOnce() {
        Place p = place();
        String id = as(p.officer()).body(Map.of("organizationId", p.commune(), "foundOn", today().minusDays(10).toString(),
                        "subject", "Thu, chi quỹ nhà văn hóa", "finding", "Chưa công khai quyết toán quỹ.",
                        "recommendation", "Niêm yết quyết toán trong tháng.")).post(FINDINGS).then().statusCode(201)
                .body("status", equalTo("OPEN")).extract().path("id");
        Map<String, Object> handling = Map.of("handling", "Đã niêm yết quyết toán.", "handledOn", today().toString());
        as(p.officer()).header(ContractValidationFilter.INVALID_REQUEST, "true").body(handling)
                .post(FINDINGS + "/" + id + "/handling").then().statusCode(428);
        as(p.officer()).header("If-Match", "\"0\"").body(Map.of("handling", "Sớm", "handledOn",
                today().minusDays(20).toString())).post(FINDINGS + "/" + id + "/handling").then().statusCode(400)
                .body("errors[0].field", equalTo("handledOn"));
        as(p.officer()).header("If-Match", "\"0\"").body(handling).post(FINDINGS + "/" + id + "/handling").then()
                .statusCode(200).body("status", equalTo("HANDLED")).body("handledOn", equalTo(today().toString()));
        as(p.officer()).header("If-Match", "\"1\"").body(handling).post(FINDINGS + "/" + id + "/handling").then()
                .statusCode(409);
        as(p.coordinator()).queryParam("status", "HANDLED").queryParam("organizationId", p.province()).get(FINDINGS).then()
                .statusCode(200).body("items.id", equalTo(List.of(id)));
    }

    @Test
    void disclosuresAndFindingsAreCountedInTheStatisticsOfTheirCommuneAndProvince() {
        Place p = place();
        as(p.officer()).body(disclosure(p.commune(), today().minusDays(2), today().plusDays(40))).post(DISCLOSURES).then()
                .statusCode(201);
        String finding = as(p.officer()).body(Map.of("organizationId", p.commune(), "foundOn", today().minusDays(3).toString(),
                        "subject", "Thu, chi quỹ nhà văn hóa", "finding", "Chưa công khai quyết toán quỹ.",
                        "recommendation", "Niêm yết quyết toán trong tháng.")).post(FINDINGS).then().statusCode(201)
                .extract().path("id");
        as(p.officer()).header("If-Match", "\"0\"").body(Map.of("handling", "Đã niêm yết quyết toán.", "handledOn",
                today().toString())).post(FINDINGS + "/" + finding + "/handling").then().statusCode(200);
        as(p.otherOfficer()).body(disclosure(p.otherCommune(), today().minusDays(1), today().plusDays(40))).post(DISCLOSURES)
                .then().statusCode(201);

        Response commune = statistics(p.officer(), p.commune());
        assertEquals(1L, StatisticsFigures.figure(commune, "sections", "grassrootsDemocracy", "disclosures"));
        assertEquals(1L, StatisticsFigures.figure(commune, "sections", "grassrootsDemocracy", "inspectionFindings"));
        assertEquals(1L, StatisticsFigures.figure(commune, "sections", "grassrootsDemocracy", "inspectionFindingsHandled"));
        assertEquals(2L, StatisticsFigures.figure(statistics(p.coordinator(), p.province()), "sections",
                "grassrootsDemocracy", "disclosures"));
    }

    /** GET /statistics of the last five days (the layer that reports and dashboards read). */
    static Response statistics(String token, String organizationId) {
        return as(token).queryParam("organizationId", organizationId).queryParam("from", today().minusDays(5).toString())
                .queryParam("to", today().toString()).get("/api/v1/statistics").then().statusCode(200).extract().response();
    }

    @Test
    void theCoordinatorSeesWhatEachCommuneHasNotDisclosedOrAnswered() {
        Place p = place();
        int year = today().getYear();
        LocalDate from = LocalDate.of(year, 1, 1);
        // One commune disclosed its budget estimate for the year before the due date (31 January); the other did not.
        Map<String, Object> budget = disclosure(p.commune(), LocalDate.of(year, 1, 5), LocalDate.of(year, 3, 5));
        budget.put("dutyCode", "BUDGET_ESTIMATE");
        budget.put("approvedOn", LocalDate.of(year, 1, 2).toString());
        budget.put("periodYear", year);
        as(p.officer()).body(budget).post(DISCLOSURES).then().statusCode(201).body("late", equalTo(false));
        as(p.otherOfficer()).body(Map.of("organizationId", p.otherCommune(), "foundOn", today().toString(),
                "subject", "Chợ", "finding", "Chưa niêm yết phí chợ.")).post(FINDINGS).then().statusCode(201);
        Map<String, Object> overdue = consultation(p.otherCommune());
        overdue.put("opensOn", today().minusDays(30).toString());
        overdue.put("closesOn", today().minusDays(2).toString());
        as(p.otherOfficer()).body(overdue).post(CONSULTATIONS).then().statusCode(201).body("overdue", equalTo(true));

        var summary = as(p.coordinator()).queryParam("organizationId", p.province())
                .queryParam("from", from.toString()).queryParam("to", LocalDate.of(year, 12, 31).toString())
                .get(COMPLIANCE).then().statusCode(200).body("unitCount", equalTo(2)).extract().jsonPath();
        Map<String, Object> diligent = summary.getMap("rows.find { it.organizationId == '" + p.commune() + "' }");
        Map<String, Object> lagging = summary.getMap("rows.find { it.organizationId == '" + p.otherCommune() + "' }");
        List<String> diligentMissing = summary.getList("rows.find { it.organizationId == '" + p.commune() + "' }.missing.dutyCode");
        List<String> laggingMissing = summary.getList("rows.find { it.organizationId == '" + p.otherCommune() + "' }.missing.dutyCode");
        assertFalse(diligentMissing.contains("BUDGET_ESTIMATE"), diligentMissing.toString());
        assertTrue(laggingMissing.contains("BUDGET_ESTIMATE") && laggingMissing.contains("SOCIO_ECONOMIC_PLAN"),
                laggingMissing.toString());
        assertEquals(1, lagging.get("openFindings"));
        assertEquals(1, lagging.get("overdueConsultations"));
        assertEquals(0, diligent.get("openFindings"));
        // The commune with most to do comes first; the totals add the rows up.
        assertEquals(p.otherCommune(), summary.getString("rows[0].organizationId"));
        assertEquals((int) lagging.get("missingDisclosures") + (int) diligent.get("missingDisclosures"),
                summary.getInt("totals.missingDisclosures"));

        // An official of one commune sees only that commune; another commune's subtree is out of reach.
        as(p.officer()).get(COMPLIANCE).then().statusCode(200).body("unitCount", equalTo(1))
                .body("rows[0].organizationId", equalTo(p.commune()));
        as(p.officer()).queryParam("organizationId", p.otherCommune()).get(COMPLIANCE).then().statusCode(400);
        as(p.coordinator()).queryParam("from", "2026-01-01").queryParam("to", "2027-06-30").get(COMPLIANCE).then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
    }

    @Test
    void junkIsRefusedWithAProblemAndChangesNothing() {
        Place p = place();
        var bad = as(p.officer()).header(ContractValidationFilter.INVALID_REQUEST, "true");
        Map<String, Object> unknownForm = disclosure(p.commune(), today(), today().plusDays(30));
        unknownForm.put("forms", List.of("PIGEON_POST"));
        bad.body(unknownForm).post(DISCLOSURES).then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> impossibleDate = disclosure(p.commune(), today(), today().plusDays(30));
        impossibleDate.put("endsOn", "2026-02-30");
        as(p.officer()).header(ContractValidationFilter.INVALID_REQUEST, "true").body(impossibleDate).post(DISCLOSURES)
                .then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> longQuestion = consultation(p.commune());
        longQuestion.put("question", "x".repeat(1001));
        as(p.officer()).header(ContractValidationFilter.INVALID_REQUEST, "true").body(longQuestion).post(CONSULTATIONS)
                .then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> oneOption = consultation(p.commune());
        oneOption.put("options", List.of("Đồng ý"));
        as(p.officer()).body(oneOption).post(CONSULTATIONS).then().statusCode(400).body("errors[0].field", equalTo("options"));
        Map<String, Object> backwards = consultation(p.commune());
        backwards.put("closesOn", today().minusDays(10).toString());
        as(p.officer()).body(backwards).post(CONSULTATIONS).then().statusCode(400).body("errors[0].field", equalTo("closesOn"));
        as(p.officer()).header(ContractValidationFilter.INVALID_REQUEST, "true").contentType("application/json")
                .body("{\"organizationId\": ").post(FINDINGS).then().statusCode(400).contentType("application/problem+json");
        as(p.officer()).header(ContractValidationFilter.INVALID_REQUEST, "true").queryParam("kind", "WHATEVER")
                .get(DUTIES).then().statusCode(400);
        anonymous().header(ContractValidationFilter.INVALID_REQUEST, "true").body(Map.of("content", ""))
                .post("/api/v1/public/grassroots-consultations/" + java.util.UUID.randomUUID() + "/comments").then()
                .statusCode(400);
        assertEquals(0, count(p.officer(), DISCLOSURES, p.commune()));
        assertEquals(0, count(p.officer(), CONSULTATIONS, p.commune()));
        assertEquals(0, count(p.officer(), FINDINGS, p.commune()));
    }

    @Test
    void theDemoDataShowEveryPartForACommune() {
        Place p = place();
        caller.actingAs(vn.danvan.platform.security.CurrentCaller.DEMO_DATA, () -> io.quarkus.narayana.jta.QuarkusTransaction
                .requiringNew().call(() -> {
                    demoData.loadInto(java.util.UUID.fromString(p.commune()));
                    return null;
                }));
        as(p.coordinator()).queryParam("organizationId", p.commune()).get(DISCLOSURES).then().statusCode(200)
                .body("items", hasSize(3)).body("items.late", everyItem(equalTo(false)));
        as(p.coordinator()).queryParam("organizationId", p.commune()).queryParam("status", "CLOSED").get(CONSULTATIONS).then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].outcome", equalTo("ADOPTED"))
                .body("items[0].hamletResults", hasSize(3));
        String road = as(p.coordinator()).queryParam("organizationId", p.commune()).queryParam("status", "CLOSED")
                .get(CONSULTATIONS).then().extract().path("items[0].id");
        as(p.officer()).get(CONSULTATIONS + "/" + road + "/comments").then().statusCode(200)
                .body("items[0].answer", notNullValue()).body("items[0].authorName", equalTo("Huỳnh Văn Sơn"));
        as(p.coordinator()).queryParam("organizationId", p.commune()).get(FINDINGS).then().statusCode(200)
                .body("items.status", equalTo(List.of("OPEN", "HANDLED")));
        anonymous().queryParam("organizationId", p.commune()).get("/api/v1/public/grassroots-consultations").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].question", containsString("hương ước"));
        anonymous().queryParam("organizationId", p.commune()).get("/api/v1/public/grassroots-disclosures").then()
                .statusCode(200).body("items.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
        as(p.coordinator()).queryParam("organizationId", p.province()).get(COMPLIANCE).then().statusCode(200)
                .body("rows.find { it.organizationId == '" + p.commune() + "' }.openFindings", equalTo(1));
    }

    @Test
    void aMatterPutToCommentClosesWithTheCommentsAndPortalCommentsAreRateLimited() {
        Place p = place();
        Map<String, Object> plan = new HashMap<>(Map.of("organizationId", p.commune(), "dutyCode", "COMMENT_LAND_USE_PLAN",
                "question", "Góp ý dự thảo kế hoạch sử dụng đất năm 2027 của xã?", "opensOn", today().minusDays(2).toString(),
                "closesOn", today().plusDays(20).toString()));
        String id = as(p.officer()).body(plan).post(CONSULTATIONS).then().statusCode(201).body("kind", equalTo("COMMENT"))
                .body("options", hasSize(0)).extract().path("id");
        String path = CONSULTATIONS + "/" + id;
        Map<String, Object> closing = Map.of("decision", "Tiếp thu, hoàn thiện dự thảo trình HĐND xã.", "decidedOn",
                today().toString());
        as(p.officer()).header("If-Match", "\"0\"").body(closing).post(path + "/closing").then().statusCode(409);
        for (int i = 0; i < 5; i++) {
            anonymous().body(Map.of("content", "Góp ý số " + i)).post("/api/v1/public/grassroots-consultations/" + id
                    + "/comments").then().statusCode(201);
        }
        anonymous().body(Map.of("content", "Góp ý thứ sáu")).post("/api/v1/public/grassroots-consultations/" + id + "/comments")
                .then().statusCode(429).header("Retry-After", notNullValue()).contentType("application/problem+json");
        as(p.officer()).get(path + "/comments").then().statusCode(200).body("items", hasSize(5));
        as(p.officer()).header("If-Match", "\"0\"").body(closing).post(path + "/closing").then().statusCode(200)
                .body("outcome", equalTo("COMMENTS_SUMMARIZED")).body("status", equalTo("CLOSED"));
    }
}
