package vn.danvan.engagement;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.danvan.support.MariaDbTestResource;
import vn.danvan.support.StatisticsFigures;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The monitoring summary ({@code GET /tasks/summary}) follows what the tasks do not hold: the Front's recommendations
 * past their deadline and the communes' gaps in grassroots democracy, for the caller's scope and the period asked for,
 * with the same numbers as the features' own lists.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class MonitoringSummaryTest extends EngagementTestSupport {

    static final String SUMMARY = "/api/v1/tasks/summary";
    static final String RECOMMENDATIONS = "/api/v1/front-recommendations";

    @BeforeEach
    void province() {
        setUpProvince();
    }

    private static Map<String, Object> item(String unit, LocalDate due) {
        return Map.of("text", "Giải quyết dứt điểm kiến nghị của cử tri về đường giao thông nông thôn",
                "responsibleOrganizationId", unit, "dueDate", due.toString(), "deadlineBasis", "AGREED");
    }

    private String recommendation(List<Map<String, Object>> items) {
        Map<String, Object> body = new HashMap<>();
        body.put("issuingOrganizationId", provinceFront);
        body.put("numberSymbol", "31/KN-MTTQ-BTT");
        body.put("issuedOn", TODAY.minusDays(60).toString());
        body.put("kind", "SUPERVISION");
        body.put("subject", "Giám sát việc giải quyết kiến nghị của cử tri");
        body.put("items", items);
        return as(coordinator).body(body).post(RECOMMENDATIONS).then().statusCode(201).extract().path("id");
    }

    private static Response summary(String token, Map<String, Object> query) {
        return as(token).queryParams(query).get(SUMMARY).then().statusCode(200).extract().response();
    }

    private static long figure(String token, String section, String key) {
        return StatisticsFigures.figure(summary(token, Map.of()), "sections", section, key);
    }

    /** The items that the Front's own list (`?overdue=true`) marks overdue. */
    private static long overdueInList(String token) {
        JsonPath list = as(token).queryParam("overdue", true).queryParam("pageSize", 200).get(RECOMMENDATIONS).then()
                .statusCode(200).extract().jsonPath();
        return list.getList("items.items.flatten().findAll { it.overdue }").size();
    }

    @Test
    void anOverdueRecommendationIsFollowedAtItsUnitAndAboveItNotAtASiblingUntilItIsAnswered() {
        String id = recommendation(List.of(item(commune, TODAY.minusDays(3)), item(communeOffice, TODAY.minusDays(1)),
                item(otherCommune, TODAY.plusDays(10))));
        String toCommune = as(coordinator).get(RECOMMENDATIONS + "/" + id).then().extract().path("items[0].id");

        // the province sees all three, the commune its own and its office's, the office its own, the sibling none overdue
        assertEquals(2, figure(coordinator, "frontRecommendations", "overdue"));
        assertEquals(3, figure(coordinator, "frontRecommendations", "unanswered"));
        assertEquals(2, figure(coordinator, "frontRecommendations", "unitsWithOverdue"));
        assertEquals(2, figure(communeOfficer, "frontRecommendations", "overdue"));
        assertEquals(1, figure(officeOfficer, "frontRecommendations", "overdue"));
        assertEquals(0, figure(otherCommuneOfficer, "frontRecommendations", "overdue"));
        assertEquals(1, figure(otherCommuneOfficer, "frontRecommendations", "unanswered"));
        // the same number as the Front's list shows overdue
        assertEquals(overdueInList(coordinator), figure(coordinator, "frontRecommendations", "overdue"));
        // the period asked for is the items' deadlines: from the day before yesterday, only the office's is due
        assertEquals(1, StatisticsFigures.figure(summary(coordinator, Map.of("dueFrom", TODAY.minusDays(2).toString())),
                "sections", "frontRecommendations", "overdue"));

        // answered: no longer followed, here and in the list
        as(communeOfficer).body(Map.of("outcome", "ACCEPTED_ACTED", "text", "Đã bố trí vốn sửa chữa tuyến đường."))
                .post(RECOMMENDATIONS + "/" + id + "/items/" + toCommune + "/answer").then().statusCode(200);
        assertEquals(1, figure(communeOfficer, "frontRecommendations", "overdue"));
        assertEquals(1, figure(coordinator, "frontRecommendations", "overdue"));
        assertEquals(2, figure(coordinator, "frontRecommendations", "unanswered"));
        assertEquals(overdueInList(coordinator), figure(coordinator, "frontRecommendations", "overdue"));

        // a question about one directive's or one assigning unit's tasks carries no sections
        as(coordinator).queryParam("assigningOrganizationId", province).get(SUMMARY).then().statusCode(200)
                .body("$", not(hasKey("sections")));
    }

    @Test
    void aCommuneThatHasNotDisclosedIsCountedAsTheComplianceSummaryCountsIt() {
        int year = TODAY.getYear() - 1;
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        // The commune disclosed last year's budget estimate on time; the other commune disclosed nothing.
        as(communeOfficer).body(Map.of("organizationId", commune, "dutyCode", "BUDGET_ESTIMATE",
                "title", "Công khai dự toán ngân sách xã năm " + year,
                "content", "Dự toán thu, chi ngân sách xã năm " + year + " đã được Hội đồng nhân dân xã phê chuẩn.",
                "forms", List.of("NOTICE_BOARD"), "approvedOn", LocalDate.of(year, 1, 2).toString(),
                "startsOn", LocalDate.of(year, 1, 5).toString(), "endsOn", LocalDate.of(year, 3, 5).toString(),
                "periodYear", year)).post("/api/v1/grassroots-disclosures").then().statusCode(201);
        Map<String, Object> lastYear = Map.of("dueFrom", from.toString(), "dueTo", to.toString());

        Response province = summary(coordinator, lastYear);
        JsonPath compliance = as(coordinator).queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/v1/grassroots-democracy/compliance").then().statusCode(200).extract().jsonPath();
        // the same totals as the compliance summary, over the period asked for
        for (String key : List.of("missingDisclosures", "lateDisclosures", "overdueConsultations", "unansweredComments",
                "openFindings")) {
            assertEquals(compliance.getLong("totals." + key),
                    StatisticsFigures.figure(province, "sections", "grassrootsDemocracy", key), key);
        }
        assertEquals(compliance.getLong("unitCount"),
                StatisticsFigures.figure(province, "sections", "grassrootsDemocracy", "communes"));
        // three yearly disclosures were due last year: the other commune made none, the commune two of them not
        assertEquals(5, StatisticsFigures.figure(province, "sections", "grassrootsDemocracy", "missingDisclosures"));
        assertEquals(2, StatisticsFigures.figure(province, "sections", "grassrootsDemocracy", "communesWithGaps"));
        as(coordinator).queryParams(lastYear).get(SUMMARY).then()
                .body("sections.find { it.key == 'grassrootsDemocracy' }.from", equalTo(from.toString()))
                .body("sections.find { it.key == 'grassrootsDemocracy' }.to", equalTo(to.toString()));
        // each commune's officer sees their own commune only
        assertEquals(3, StatisticsFigures.figure(summary(otherCommuneOfficer, lastYear), "sections", "grassrootsDemocracy",
                "missingDisclosures"));
        assertEquals(2, StatisticsFigures.figure(summary(communeOfficer, lastYear), "sections", "grassrootsDemocracy",
                "missingDisclosures"));
        assertEquals(1, StatisticsFigures.figure(summary(communeOfficer, lastYear), "sections", "grassrootsDemocracy",
                "communes"));

        // longer than the compliance summary's year: that section is left out, the others stay
        as(coordinator).queryParam("dueFrom", from.minusYears(1).toString()).queryParam("dueTo", to.toString())
                .get(SUMMARY).then().statusCode(200)
                .body("sections.key", equalTo(List.of("frontRecommendations")));
    }
}
