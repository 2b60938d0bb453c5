package vn.danvan.report;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.ContractValidationFilter;
import vn.danvan.support.MariaDbTestResource;
import vn.danvan.support.Parallel;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recurring report requests: one request per occurrence of the reporting calendar, as recurring tasks. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class RecurringReportRequestTest extends ApiTest {

    private static final String RECURRING = "/api/v1/report-requests/recurring";

    @Inject
    DataSource dataSource;

    private static Map<String, Object> recurring(String requester, Map<String, Object> recurrence) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Báo cáo kết quả công tác dân vận chính quyền");
        body.put("requestingOrganizationId", requester);
        body.put("subtreeOfOrganizationId", requester);
        body.put("recurrence", recurrence);
        return body;
    }

    private static Map<String, Object> every(String frequency, int dueDay, String from, String until) {
        return new HashMap<>(Map.of("frequency", frequency, "dueDay", dueDay, "fromDate", from, "untilDate", until));
    }

    static String directive(String coordinator, String province) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "OFFICIAL_LETTER");
        body.put("issuerOrganizationId", province);
        body.put("numberSymbol", "4418/UBND-NC");
        body.put("issueDate", "2026-09-05");
        body.put("subject", "V/v báo cáo kết quả công tác dân vận chính quyền định kỳ");
        body.put("signerName", "Trần Phước Hiền");
        body.put("signerPosition", "CHỦ TỊCH");
        body.put("recipientOrganizationIds", List.of());
        return as(coordinator).body(body).post("/api/v1/directives").then().statusCode(201).extract().path("id");
    }

    /** How many of these requests the coordinator can read. */
    private static int requestsOf(String coordinator, List<String> ids) {
        int found = 0;
        for (String id : ids) {
            found += as(coordinator).get("/api/v1/report-requests/" + id).statusCode() == 200 ? 1 : 0;
        }
        return found;
    }

    @Test
    void aMonthlyRecurrenceCreatesOneRequestPerMonthWithItsWindowDeadlineAndDirective() {
        String province = createProvince(unique("UBND tỉnh Quảng Ngãi"));
        String a = createChild(province, unique("UBND xã Tịnh Khê"), "COMMUNE_PEOPLES_COMMITTEE");
        String b = createChild(province, unique("UBND xã Nghĩa Hành"), "COMMUNE_PEOPLES_COMMITTEE");
        String coordinator = tokenFor("COORDINATOR", province);
        String directive = directive(coordinator, province);
        Map<String, Object> body = recurring(province, every("MONTHLY", 20, "2027-01-01", "2027-03-31"));
        body.put("directiveId", directive);

        Response series = as(coordinator).body(body).post(RECURRING).then().statusCode(201)
                .body("requests", hasSize(3)).extract().response();
        String seriesId = series.path("seriesId");
        String[][] expected = {
                {"1", "2026-12-15", "2027-01-14", "2027-01-20"},
                {"2", "2027-01-15", "2027-02-14", "2027-02-20"},
                {"3", "2027-02-15", "2027-03-14", "2027-03-20"}};
        for (int i = 0; i < expected.length; i++) {
            String at = "requests[" + i + "].";
            assertEquals("MONTHLY", series.path(at + "period"));
            assertEquals(2027, (int) series.path(at + "year"));
            assertEquals(Integer.parseInt(expected[i][0]), (int) series.path(at + "number"));
            assertEquals(expected[i][1], series.path(at + "from"));
            assertEquals(expected[i][2], series.path(at + "to"));
            assertEquals(expected[i][3], series.path(at + "deadline"));
            assertEquals(directive, series.path(at + "directiveId"));
            assertEquals(seriesId, series.path(at + "seriesId"));
            assertEquals("Báo cáo kết quả công tác dân vận chính quyền tháng " + expected[i][0] + " năm 2027",
                    series.path(at + "title"));
            List<String> units = series.jsonPath().getList(at + "reports.organizationId");
            assertEquals(Set.of(a, b), new HashSet<>(units));
        }
        // Each request is a request like any other: readable, with a draft report per commune.
        String first = series.path("requests[0].id");
        as(coordinator).get("/api/v1/report-requests/" + first).then().statusCode(200)
                .body("seriesId", equalTo(seriesId)).body("reports.status", hasItem("DRAFT"))
                .body("reports", hasSize(2));
        String report = series.path("requests[0].reports[0].reportId");
        as(tokenFor("OFFICER", series.path("requests[0].reports[0].organizationId"))).get("/api/v1/reports/" + report)
                .then().statusCode(200).body("from", equalTo("2026-12-15")).body("to", equalTo("2027-01-14"));
    }

    @Test
    void aQuarterlyAndASixMonthAndYearRecurrenceFollowDecree09Windows() {
        String province = createProvince(unique("UBND tỉnh Quảng Ngãi"));
        String commune = createChild(province, unique("UBND xã Tịnh Khê"), "COMMUNE_PEOPLES_COMMITTEE");
        String coordinator = tokenFor("COORDINATOR", province);
        Map<String, Object> quarterly = recurring(province, every("QUARTERLY", 18, "2027-01-01", "2027-12-31"));
        quarterly.remove("subtreeOfOrganizationId");
        quarterly.put("organizationIds", List.of(commune));
        Response series = as(coordinator).body(quarterly).post(RECURRING).then().statusCode(201)
                .body("requests", hasSize(4)).extract().response();
        assertEquals(List.of("2026-12-15", "2027-03-15", "2027-06-15", "2027-09-15"),
                series.jsonPath().getList("requests.from"));
        assertEquals(List.of("2027-03-14", "2027-06-14", "2027-09-14", "2027-12-14"),
                series.jsonPath().getList("requests.to"));
        assertEquals(List.of("2027-03-18", "2027-06-18", "2027-09-18", "2027-12-18"),
                series.jsonPath().getList("requests.deadline"));
        assertEquals(List.of(1, 2, 3, 4), series.jsonPath().getList("requests.number"));
        assertEquals("Báo cáo kết quả công tác dân vận chính quyền quý II năm 2027", series.path("requests[1].title"));
        assertEquals(List.of(commune), series.jsonPath().getList("requests[0].reports.organizationId"));

        // "Định kỳ 6 tháng, năm": a 6-month request due in June and a yearly one due in December.
        Response sixAndYear = as(coordinator).body(recurring(province,
                every("SIX_MONTHS_AND_YEAR", 20, "2027-01-01", "2027-12-31"))).post(RECURRING).then().statusCode(201)
                .body("requests", hasSize(2)).extract().response();
        assertEquals(List.of("SIX_MONTHS", "YEARLY"), sixAndYear.jsonPath().getList("requests.period"));
        assertEquals(List.of("2026-12-15", "2026-12-15"), sixAndYear.jsonPath().getList("requests.from"));
        assertEquals(List.of("2027-06-14", "2027-12-14"), sixAndYear.jsonPath().getList("requests.to"));
        assertEquals(List.of("2027-06-20", "2027-12-20"), sixAndYear.jsonPath().getList("requests.deadline"));
    }

    @Test
    void badRecurrencesAreRefusedAndCreateNothing() {
        String province = createProvince(unique("UBND tỉnh Quảng Ngãi"));
        createChild(province, unique("UBND xã Tịnh Khê"), "COMMUNE_PEOPLES_COMMITTEE");
        String emptyDepartment = createChild(province, unique("Sở Nội vụ"), "DEPARTMENT");
        String coordinator = tokenFor("COORDINATOR", province);
        String other = createProvince(unique("UBND tỉnh Gia Lai"));
        String otherCommune = createChild(other, unique("UBND xã Ia Grai"), "COMMUNE_PEOPLES_COMMITTEE");

        // The end before the start.
        as(coordinator).body(recurring(province, every("MONTHLY", 20, "2027-06-01", "2027-01-01"))).post(RECURRING)
                .then().statusCode(400).body("errors[0].field", equalTo("recurrence.untilDate"))
                .body("errors[0].code", equalTo("beforeFrom"));
        // An unknown frequency, and the deprecated HALF_YEARLY, whose second half-year is no Decree 09 report.
        as(coordinator).header(ContractValidationFilter.INVALID_REQUEST, "true")
                .body(recurring(province, every("WEEKLY", 20, "2027-01-01", "2027-12-31"))).post(RECURRING)
                .then().statusCode(400).body("errors[0].field", equalTo("recurrence.frequency"));
        as(coordinator).body(recurring(province, every("HALF_YEARLY", 20, "2027-01-01", "2027-12-31"))).post(RECURRING)
                .then().statusCode(400).body("errors[0].field", equalTo("recurrence.frequency"));
        // A deadline before the window's end (the 10th; the window ends on the 14th).
        as(coordinator).body(recurring(province, every("MONTHLY", 10, "2027-01-01", "2027-03-31"))).post(RECURRING)
                .then().statusCode(400).body("errors[0].field", equalTo("recurrence.dueDay"))
                .body("errors[0].code", equalTo("BeforeWindowEnd"));
        // Nobody asked: a subtree without units below, or no unit at all.
        as(coordinator).body(recurring(emptyDepartment, every("MONTHLY", 20, "2027-01-01", "2027-03-31")))
                .post(RECURRING).then().statusCode(400)
                .body("errors[0].field", equalTo("organizationIds")).body("errors[0].code", equalTo("Empty"));
        Map<String, Object> nobody = recurring(province, every("MONTHLY", 20, "2027-01-01", "2027-03-31"));
        nobody.remove("subtreeOfOrganizationId");
        as(coordinator).body(nobody).post(RECURRING).then().statusCode(400)
                .body("errors[0].code", equalTo("Empty"));
        // Units outside the caller's scope, listed or as a subtree; a requester outside it.
        Map<String, Object> outside = recurring(province, every("MONTHLY", 20, "2027-01-01", "2027-03-31"));
        outside.put("organizationIds", List.of(otherCommune));
        as(coordinator).body(outside).post(RECURRING).then().statusCode(400)
                .body("errors[0].field", equalTo("organizationIds[0]")).body("errors[0].code", equalTo("NotFound"));
        Map<String, Object> outsideSubtree = recurring(province, every("MONTHLY", 20, "2027-01-01", "2027-03-31"));
        outsideSubtree.put("subtreeOfOrganizationId", other);
        as(coordinator).body(outsideSubtree).post(RECURRING).then().statusCode(400)
                .body("errors[0].field", equalTo("subtreeOfOrganizationId"));
        as(coordinator).body(recurring(other, every("MONTHLY", 20, "2027-01-01", "2027-03-31"))).post(RECURRING)
                .then().statusCode(400).body("errors.field", hasItem("requestingOrganizationId"));
        // An officer may not request reports.
        as(tokenFor("OFFICER", province)).body(recurring(province, every("MONTHLY", 20, "2027-01-01", "2027-03-31")))
                .post(RECURRING).then().statusCode(403);

        // Nothing was created by any of them; a valid series then creates its request.
        assertEquals(0, requestsRequestedBy(province));
        as(coordinator).body(recurring(province, every("MONTHLY", 20, "2027-01-01", "2027-01-31"))).post(RECURRING)
                .then().statusCode(201).body("requests", hasSize(1));
        assertEquals(1, requestsRequestedBy(province));
    }

    /** The report requests stored for a requesting organisation (no operation lists them). */
    private long requestsRequestedBy(String organizationId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM report_request"
                     + " WHERE requesting_organization_id = UNHEX(REPLACE(?, '-', ''))")) {
            count.setString(1, organizationId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSameRecurrenceTwiceWithOneIdempotencyKeyCreatesOnceEvenInParallel() {
        String province = createProvince(unique("UBND tỉnh Quảng Ngãi"));
        createChild(province, unique("UBND xã Tịnh Khê"), "COMMUNE_PEOPLES_COMMITTEE");
        String coordinator = tokenFor("COORDINATOR", province);
        Map<String, Object> body = recurring(province, every("QUARTERLY", 20, "2027-01-01", "2027-12-31"));

        String key = UUID.randomUUID().toString();
        Response first = as(coordinator).header("Idempotency-Key", key).body(body).post(RECURRING)
                .then().statusCode(201).extract().response();
        Response again = as(coordinator).header("Idempotency-Key", key).body(body).post(RECURRING)
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().response();
        assertEquals((String) first.path("seriesId"), again.path("seriesId"));
        assertEquals(first.jsonPath().getList("requests.id"), again.jsonPath().getList("requests.id"));

        // Six at once with one fresh key: one series is created; the others replay it or are told it is in progress.
        String parallelKey = UUID.randomUUID().toString();
        List<Response> answers = Parallel.run(6, i -> as(coordinator).header("Idempotency-Key", parallelKey).body(body)
                .post(RECURRING));
        Set<String> series = new HashSet<>();
        Set<String> requests = new HashSet<>();
        for (Response answer : answers) {
            assertTrue(answer.statusCode() == 201 || answer.statusCode() == 409,
                    "201 or 409 (the same key in progress): " + answer.statusCode() + " " + answer.asString());
            if (answer.statusCode() == 201) {
                series.add(answer.path("seriesId"));
                requests.addAll(answer.jsonPath().getList("requests.id"));
            }
        }
        assertEquals(1, series.size(), series.toString());
        assertEquals(4, requests.size());
        // Without a key, parallel calls are separate series: each complete (4 requests), none half-made.
        List<Response> unkeyed = Parallel.run(3, i -> as(coordinator).body(body).post(RECURRING));
        Set<String> unkeyedSeries = new HashSet<>();
        for (Response answer : unkeyed) {
            assertEquals(201, answer.statusCode(), answer.asString());
            assertEquals(4, answer.jsonPath().getList("requests").size());
            unkeyedSeries.add(answer.path("seriesId"));
            assertEquals(4, requestsOf(coordinator, answer.jsonPath().getList("requests.id")));
        }
        assertEquals(3, unkeyedSeries.size());
    }
}
