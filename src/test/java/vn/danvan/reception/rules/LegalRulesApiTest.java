package vn.danvan.reception.rules;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.danvan.platform.time.AppClock;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;
import vn.danvan.support.Parallel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules kept as data, through the API: the seeded values give today's behaviour; a system administrator's new
 * value from a date changes the records of that date and not the earlier ones; everyone else is refused; bad input
 * changes nothing; two administrators writing at once leave one history without overlaps. Each test that changes a
 * rule uses its own code or its own dates (a new value only one day long, then the seeded value again), so that the
 * rest of the suite, which shares the database, still sees today's values.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class LegalRulesApiTest extends ApiTest {

    static String province;
    static String commune;
    static String officer;
    static String coordinator;

    /** Today in Asia/Ho_Chi_Minh, as the service counts it (the test machine's own date may be a day behind). */
    @Inject
    AppClock clock;

    @BeforeEach
    void organisations() {
        if (province != null) {
            return;
        }
        province = createProvince(unique("UBND tỉnh"));
        commune = createChild(province, unique("UBND xã Tịnh Khê"), "COMMUNE_PEOPLES_COMMITTEE");
        officer = tokenFor("OFFICER", commune);
        coordinator = tokenFor("COORDINATOR", province);
    }

    private static Map<String, Object> citizen(String name, boolean representative) {
        return new HashMap<>(Map.of("fullName", name, "address", "Thôn Mỹ Lai", "representative", representative));
    }

    private static Map<String, Object> reception(LocalDate receivedOn, int people, int citizens, String concernedCommune) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", commune);
        body.put("receivedOn", receivedOn.toString());
        body.put("receptionType", "REGULAR");
        body.put("channel", "IN_PERSON");
        body.put("kind", "COMPLAINT");
        body.put("domain", "LAND");
        body.put("peopleCount", people);
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < citizens; i++) {
            list.add(citizen("Người đại diện " + (i + 1), citizens > 1));
        }
        body.put("citizens", list);
        body.put("content", "Khiếu nại việc thu hồi đất nông nghiệp");
        body.put("handling", "ACCEPTED");
        body.put("concernedCommuneId", concernedCommune);
        body.put("receivingOfficials", List.of("Võ Minh Tâm"));
        return body;
    }

    private static Map<String, Object> rule(String code, Integer parameter, String from) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "effectiveFrom", from,
                "legalBasis", "Quyết định của UBND tỉnh (thử nghiệm)"));
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        return body;
    }

    private static List<Map<String, Object>> rows(String code) {
        return api().queryParam("code", code).get("/api/v1/legal-rules").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    /**
     * The first day from {@code earliest} on that is later than every row of the code: the suite shares one database,
     * so a test that records a value in the past starts after whatever another test recorded.
     */
    private LocalDate firstFreeDay(String code, LocalDate earliest) {
        LocalDate day = earliest;
        for (Map<String, Object> row : rows(code)) {
            LocalDate from = LocalDate.parse((String) row.get("effectiveFrom"));
            if (!from.isBefore(day)) {
                day = from.plusDays(1);
            }
        }
        assertTrue(day.isBefore(clock.today().minusDays(1)), code + " has a row too late for this test: " + rows(code));
        return day;
    }

    // ---- the values in force today ----------------------------------------------------------------------------

    @Test
    void theSeededValuesAreTodaysRulesAndGiveTodaysBehaviour() {
        JsonPath inForce = as(officer).queryParam("asOf", clock.today().toString()).get("/api/v1/legal-rules")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Integer> values = new HashMap<>();
        for (Map<String, Object> row : inForce.<Map<String, Object>>getList("items")) {
            values.put((String) row.get("code"), (Integer) row.get("parameter"));
        }
        assertEquals(5, values.get("MASS_MIN_PEOPLE"));
        assertEquals(5, values.get("MAX_REPRESENTATIVES"));
        assertEquals(10, values.get("ACCEPTANCE_LIMIT_DAYS"));
        assertEquals(1, values.get("COMMUNE_HEAD_RECEPTION_DAYS_PER_WEEK"));
        assertEquals(1, values.get("PROVINCE_HEAD_RECEPTION_DAYS_PER_MONTH"));
        assertEquals(14, values.get("REPORT_DATA_CUTOFF_DAY"));
        assertTrue(values.containsKey("HEAD_RECEIVES_IN_PERSON"));
        assertNull(values.get("HEAD_RECEIVES_IN_PERSON"));

        LocalDate day = clock.today().minusDays(2);
        as(officer).body(reception(day, 5, 2, commune)).post("/api/v1/receptions").then().statusCode(201)
                .body("flags.mass", equalTo(true));
        as(officer).body(reception(day, 4, 1, commune)).post("/api/v1/receptions").then().statusCode(201)
                .body("flags.mass", equalTo(false));
        as(officer).body(reception(day, 12, 5, commune)).post("/api/v1/receptions").then().statusCode(201);
        // The deprecated list still answers only its own two codes.
        as(officer).get("/api/v1/reception-rules").then().statusCode(200)
                .body("items.code", not(hasItem("MASS_MIN_PEOPLE")))
                .body("items.code", hasItems("HEAD_RECEIVES_IN_PERSON", "ACCEPTANCE_LIMIT_DAYS"));
    }

    // ---- a new value from a date ------------------------------------------------------------------------------

    @Test
    void aNewMassThresholdAppliesToRecordsFromItsDateAndNotBefore() {
        LocalDate from = firstFreeDay("MASS_MIN_PEOPLE", LocalDate.of(2020, 3, 2));
        api().body(rule("MASS_MIN_PEOPLE", 3, from.toString())).post("/api/v1/legal-rules").then().statusCode(201)
                .body("code", equalTo("MASS_MIN_PEOPLE")).body("parameter", equalTo(3))
                .body("effectiveFrom", equalTo(from.toString())).body("effectiveTo", nullValue());
        // The seeded value again from the next day: the rest of the suite keeps today's rule.
        api().body(rule("MASS_MIN_PEOPLE", 5, from.plusDays(1).toString())).post("/api/v1/legal-rules").then()
                .statusCode(201);

        as(officer).body(reception(from, 3, 1, commune)).post("/api/v1/receptions").then().statusCode(201)
                .body("flags.mass", equalTo(true));
        as(officer).body(reception(from.minusDays(1), 3, 1, commune)).post("/api/v1/receptions").then().statusCode(201)
                .body("flags.mass", equalTo(false));
        as(officer).body(reception(from.plusDays(1), 3, 1, commune)).post("/api/v1/receptions").then().statusCode(201)
                .body("flags.mass", equalTo(false));
        // Representatives follow the same threshold: three people choose two on that day, not the day before.
        as(officer).body(reception(from, 3, 2, commune)).post("/api/v1/receptions").then().statusCode(201);
        as(officer).body(reception(from.minusDays(1), 3, 2, commune)).post("/api/v1/receptions").then().statusCode(400)
                .body("errors.field", hasItem("citizens"));

        // The history: every value with the days it applied.
        List<Map<String, Object>> history = rows("MASS_MIN_PEOPLE");
        Map<String, Object> before = history.get(history.size() - 3);
        Map<String, Object> oneDay = history.get(history.size() - 2);
        Map<String, Object> after = history.get(history.size() - 1);
        assertEquals("2014-07-01", history.get(0).get("effectiveFrom"));
        assertEquals(from.minusDays(1).toString(), before.get("effectiveTo"));
        assertEquals(List.of(from.toString(), from.toString(), 3),
                List.of(oneDay.get("effectiveFrom"), oneDay.get("effectiveTo"), oneDay.get("parameter")));
        assertEquals(List.of(from.plusDays(1).toString(), 5), List.of(after.get("effectiveFrom"), after.get("parameter")));
        assertNull(after.get("effectiveTo"));
    }

    @Test
    void aLowerLimitOfRepresentativesAppliesFromItsDate() {
        LocalDate from = firstFreeDay("MAX_REPRESENTATIVES", LocalDate.of(2020, 5, 4));
        api().body(rule("MAX_REPRESENTATIVES", 2, from.toString())).post("/api/v1/legal-rules").then().statusCode(201);
        api().body(rule("MAX_REPRESENTATIVES", 5, from.plusDays(1).toString())).post("/api/v1/legal-rules").then()
                .statusCode(201);

        as(officer).body(reception(from, 8, 3, commune)).post("/api/v1/receptions").then().statusCode(400)
                .body("errors.field", hasItem("citizens"));
        as(officer).body(reception(from, 8, 2, commune)).post("/api/v1/receptions").then().statusCode(201);
        as(officer).body(reception(from.minusDays(1), 8, 3, commune)).post("/api/v1/receptions").then().statusCode(201);
        as(officer).body(reception(from.plusDays(1), 8, 3, commune)).post("/api/v1/receptions").then().statusCode(201);
    }

    @Test
    void aNewReportCutoffDrawsTheWindowsOfThePeriodsEndingFromItsDate() {
        api().body(rule("REPORT_DATA_CUTOFF_DAY", 31, "2041-01-01")).post("/api/v1/legal-rules").then().statusCode(201);
        Map<String, Object> series = new HashMap<>(Map.of("title", "Báo cáo công tác dân vận chính quyền hằng tháng",
                "assigningOrganizationId", province, "leadOrganizationId", commune,
                "recurrence", Map.of("frequency", "MONTHLY", "dueDay", 20, "fromDate", "2040-11-01",
                        "untilDate", "2041-02-28")));
        as(coordinator).body(series).post("/api/v1/tasks/recurring").then().statusCode(201)
                .body("items.periodLabel", equalTo(List.of("2040-11", "2040-12", "2041-01", "2041-02")))
                .body("items.periodStart", equalTo(List.of("2040-10-15", "2040-11-15", "2041-01-01", "2041-02-01")))
                .body("items.periodEnd", equalTo(List.of("2040-11-14", "2040-12-14", "2041-01-31", "2041-02-28")));
    }

    @Test
    void aSixMonthAndYearlySeriesGivesThe6MonthReportAndTheYearlyReportWhileHalfYearlyKeepsItsMeaning() {
        Map<String, Object> series = new HashMap<>(Map.of("title", "Báo cáo công tác dân vận chính quyền định kỳ 6 tháng, năm",
                "assigningOrganizationId", province, "leadOrganizationId", commune,
                "recurrence", Map.of("frequency", "SIX_MONTHS_AND_YEAR", "dueDay", 20, "fromDate", "2026-03-01",
                        "untilDate", "2027-12-31")));
        as(coordinator).body(series).post("/api/v1/tasks/recurring").then().statusCode(201)
                .body("items.periodLabel", equalTo(List.of("2026-6M", "2026", "2027-6M", "2027")))
                .body("items.periodStart", equalTo(List.of("2025-12-15", "2025-12-15", "2026-12-15", "2026-12-15")))
                .body("items.periodEnd", equalTo(List.of("2026-06-14", "2026-12-14", "2027-06-14", "2027-12-14")))
                .body("items.dueDate", equalTo(List.of("2026-06-20", "2026-12-20", "2027-06-20", "2027-12-20")));
        // The deprecated value still answers as a 0.3.0 client expects.
        series.put("recurrence", Map.of("frequency", "HALF_YEARLY", "dueDay", 20, "fromDate", "2026-03-01",
                "untilDate", "2026-12-31"));
        as(coordinator).body(series).post("/api/v1/tasks/recurring").then().statusCode(201)
                .body("items.periodLabel", equalTo(List.of("2026-H1", "2026-H2")))
                .body("items.periodStart", equalTo(List.of("2025-12-15", "2026-06-15")));
    }

    // ---- who may change a rule, and bad input -----------------------------------------------------------------

    @Test
    void onlySystemAdministratorsChangeRulesAndEveryoneSignedInReadsThem() {
        int before = rows("PROVINCE_HEAD_RECEPTION_DAYS_PER_MONTH").size();
        for (String token : List.of(coordinator, officer, tokenFor("ORG_ADMIN", province), tokenFor("VIEWER", province))) {
            as(token).body(rule("PROVINCE_HEAD_RECEPTION_DAYS_PER_MONTH", 2, "2035-01-01")).post("/api/v1/legal-rules")
                    .then().statusCode(403).contentType("application/problem+json");
            as(token).get("/api/v1/legal-rules").then().statusCode(200);
        }
        anonymous().get("/api/v1/legal-rules").then().statusCode(401);
        assertEquals(before, rows("PROVINCE_HEAD_RECEPTION_DAYS_PER_MONTH").size());
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        List<Map<String, Object>> before = rows("MASS_MIN_PEOPLE");
        // A negative threshold breaks the contract; one below the code's range is the service's to refuse.
        invalidRequest().body(rule("MASS_MIN_PEOPLE", -5, "2036-01-01")).post("/api/v1/legal-rules").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("parameter"));
        api().body(rule("MASS_MIN_PEOPLE", 1, "2036-01-01")).post("/api/v1/legal-rules").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("parameter"));
        api().body(rule("MASS_MIN_PEOPLE", null, "2036-01-01")).post("/api/v1/legal-rules").then()
                .statusCode(400).body("errors.field", hasItem("parameter"));
        api().body(rule("HEAD_RECEIVES_IN_PERSON", 1, "2036-01-01")).post("/api/v1/legal-rules").then()
                .statusCode(400).body("errors.field", hasItem("parameter"));
        // Overlapping effective dates: a value from a day some row already starts on or after.
        api().body(rule("MASS_MIN_PEOPLE", 6, "2014-07-01")).post("/api/v1/legal-rules").then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:danvan:problem:conflict"));
        // Junk: an unknown code, an impossible date, unknown fields, not JSON.
        invalidRequest().body(rule("MASS_THRESHOLD", 6, "2036-01-01")).post("/api/v1/legal-rules").then()
                .statusCode(400).contentType("application/problem+json");
        invalidRequest().body(rule("MASS_MIN_PEOPLE", 6, "2036-02-30")).post("/api/v1/legal-rules").then()
                .statusCode(400).contentType("application/problem+json");
        Map<String, Object> extra = rule("MASS_MIN_PEOPLE", 6, "2036-01-01");
        extra.put("effectiveTo", "2036-12-31");
        invalidRequest().body(extra).post("/api/v1/legal-rules").then().statusCode(400)
                .contentType("application/problem+json");
        invalidRequest().body("{\"code\": \"MASS_MIN_PEOPLE\", ").post("/api/v1/legal-rules").then().statusCode(400)
                .contentType("application/problem+json");
        invalidRequest().queryParam("code", "NO_SUCH_RULE").get("/api/v1/legal-rules").then().statusCode(400);

        assertEquals(before, rows("MASS_MIN_PEOPLE"));
    }

    // ---- two administrators at once ---------------------------------------------------------------------------

    @Test
    void administratorsWritingAtOnceLeaveOneHistoryWithoutOverlaps() {
        String otherAdmin = tokenFor("SYSTEM_ADMIN", null);
        String code = "COMMUNE_HEAD_RECEPTION_DAYS_PER_WEEK";
        // The same day from eight requests at once: one is the new value, the others conflict with it.
        List<Integer> sameDay = Parallel.run(8, i -> as(i % 2 == 0 ? adminToken() : otherAdmin)
                .body(rule(code, 1, "2030-01-01")).post("/api/v1/legal-rules").then().extract().statusCode());
        assertEquals(1, sameDay.stream().filter(s -> s == 201).count(), sameDay.toString());
        assertEquals(7, sameDay.stream().filter(s -> s == 409).count(), sameDay.toString());
        // Eight different days at once: applied one after the other; a day earlier than one already applied conflicts.
        List<Integer> days = Parallel.run(8, i -> as(i % 2 == 0 ? adminToken() : otherAdmin)
                .body(rule(code, 1, "2031-01-0" + (i + 1))).post("/api/v1/legal-rules").then().extract().statusCode());
        assertTrue(days.stream().allMatch(s -> s == 201 || s == 409), days.toString());
        assertTrue(days.contains(201), days.toString());

        List<Map<String, Object>> history = rows(code);
        assertEquals(1, history.stream().filter(r -> r.get("effectiveTo") == null).count(), history.toString());
        for (int i = 0; i + 1 < history.size(); i++) {
            LocalDate nextFrom = LocalDate.parse((String) history.get(i + 1).get("effectiveFrom"));
            assertEquals(nextFrom.minusDays(1).toString(), history.get(i).get("effectiveTo"), history.toString());
        }
        assertEquals(2 + days.stream().filter(s -> s == 201).count(), history.size(), history.toString());
    }

    @Test
    void deadlinesWrittenAtOnceLeaveOneHistoryWithoutOverlaps() {
        String otherAdmin = tokenFor("SYSTEM_ADMIN", null);
        // A key of its own (complaints at second instance, complex, remote), far in the future: today's limits stay.
        List<Integer> days = Parallel.run(8, i -> as(i % 2 == 0 ? adminToken() : otherAdmin)
                .body(Map.of("kind", "COMPLAINT", "instance", "SECOND", "complex", true, "remoteArea", true,
                        "days", 60 + i, "effectiveFrom", "2300-01-0" + (i + 1), "legalBasis", "Quy định thử"))
                .post("/api/v1/deadline-rules").then().extract().statusCode());
        assertTrue(days.stream().allMatch(s -> s == 201 || s == 409), days.toString());
        assertTrue(days.contains(201), days.toString());

        List<Map<String, Object>> history = as(officer).queryParam("kind", "COMPLAINT").get("/api/v1/deadline-rules")
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(r -> "SECOND".equals(r.get("instance")) && Boolean.TRUE.equals(r.get("complex"))
                        && Boolean.TRUE.equals(r.get("remoteArea")))
                .sorted(java.util.Comparator.comparing(r -> (String) r.get("effectiveFrom"))).toList();
        assertEquals(1, history.stream().filter(r -> r.get("effectiveTo") == null).count(), history.toString());
        for (int i = 0; i + 1 < history.size(); i++) {
            LocalDate nextFrom = LocalDate.parse((String) history.get(i + 1).get("effectiveFrom"));
            assertEquals(nextFrom.minusDays(1).toString(), history.get(i).get("effectiveTo"), history.toString());
        }
        assertEquals(days.stream().filter(s -> s == 201).count(),
                history.stream().filter(r -> ((String) r.get("effectiveFrom")).startsWith("2300-")).count(), history.toString());
    }

    // ---- overdue for acceptance -------------------------------------------------------------------------------

    @Test
    void aCaseNotAcceptedWithinTheLimitInForceOnItsReceiptIsOverdueInListsAndHotSpots() {
        String place = createChild(province, unique("UBND xã Nghĩa Hà"), "COMMUNE_PEOPLES_COMMITTEE");
        LocalDate today = clock.today();
        String late = openCase(reception(today.minusDays(11), 6, 2, place), null);
        String inTime = openCase(reception(today.minusDays(10), 6, 2, place), null);
        String accepted = openCase(reception(today.minusDays(30), 6, 2, place), today.minusDays(25).toString());

        as(officer).get("/api/v1/cases/" + late).then().statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("acceptanceDue", equalTo(today.minusDays(1).toString()))
                .body("acceptanceOverdue", equalTo(true))
                .body("lateAcceptance", equalTo(false));
        as(officer).get("/api/v1/cases/" + inTime).then().body("acceptanceDue", equalTo(today.toString()))
                .body("acceptanceOverdue", equalTo(false));
        as(officer).get("/api/v1/cases/" + accepted).then().body("acceptanceOverdue", equalTo(false));

        List<String> overdue = as(coordinator).queryParam("organizationId", commune).queryParam("acceptanceOverdue", true)
                .queryParam("pageSize", 200).get("/api/v1/cases").then().statusCode(200).extract().path("items.id");
        assertTrue(overdue.contains(late) && !overdue.contains(inTime) && !overdue.contains(accepted), overdue.toString());
        List<String> others = as(coordinator).queryParam("organizationId", commune).queryParam("acceptanceOverdue", false)
                .queryParam("pageSize", 200).get("/api/v1/cases").then().statusCode(200).extract().path("items.id");
        assertTrue(!others.contains(late) && others.contains(inTime) && others.contains(accepted), others.toString());

        // The hot spot of that place and subject counts it.
        JsonPath hotspots = as(coordinator).queryParam("organizationId", commune).queryParam("minFlagged", 1)
                .get("/api/v1/hotspots").then().statusCode(200).extract().jsonPath();
        assertEquals(1, hotspots.getInt("items.find { it.communeId == '" + place + "' }.acceptanceOverdueCount"));

        // Refused in time is no longer waiting: the flag goes.
        as(officer).body(Map.of("status", "REFUSED", "changedOn", today.toString(), "note", "Không đủ điều kiện thụ lý"))
                .post("/api/v1/cases/" + late + "/transitions").then().statusCode(200)
                .body("acceptanceOverdue", equalTo(false));
    }

    @Test
    void theAcceptanceLimitIsTheOneInForceOnTheDayOfReceipt() {
        LocalDate from = firstFreeDay("ACCEPTANCE_LIMIT_DAYS", LocalDate.of(2019, 1, 10));
        api().body(rule("ACCEPTANCE_LIMIT_DAYS", 20, from.toString())).post("/api/v1/legal-rules").then().statusCode(201);
        api().body(rule("ACCEPTANCE_LIMIT_DAYS", 10, from.plusDays(1).toString())).post("/api/v1/legal-rules").then()
                .statusCode(201);

        String longer = openCase(reception(from, 1, 1, commune), from.plusDays(15).toString());
        String before = openCase(reception(from.minusDays(1), 1, 1, commune), from.plusDays(14).toString());
        as(officer).get("/api/v1/cases/" + longer).then().body("acceptanceDue", equalTo(from.plusDays(20).toString()))
                .body("lateAcceptance", equalTo(false));
        as(officer).get("/api/v1/cases/" + before).then().body("acceptanceDue", equalTo(from.plusDays(9).toString()))
                .body("lateAcceptance", equalTo(true));
    }

    private static String openCase(Map<String, Object> reception, String acceptedOn) {
        String receptionId = as(officer).body(reception).post("/api/v1/receptions").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> body = new HashMap<>(Map.of("receptionId", receptionId, "instance", "FIRST"));
        if (acceptedOn != null) {
            body.put("acceptedOn", acceptedOn);
        }
        return as(officer).body(body).post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }
}
