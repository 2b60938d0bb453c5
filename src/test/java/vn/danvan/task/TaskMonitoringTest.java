package vn.danvan.task;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.danvan.platform.time.AppClock;
import vn.danvan.support.MariaDbTestResource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class TaskMonitoringTest extends TaskTestSupport {

    @Inject
    AppClock clock;

    @Inject
    TaskReminders reminders;

    @AfterEach
    void resetClock() {
        clock.set(null);
    }

    private void today(String localDate) {
        // 10:00 in Hà Nội time
        clock.set(Clock.fixed(Instant.parse(localDate + "T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    @Test
    void overdueFollowsTheLocalDateAndTheSummaryCountsEachLeadUnit() {
        setUpProvince();
        today("2026-06-01");
        String onTime = assign(commune, "2026-06-10");
        String late = assign(commune, "2026-06-05");
        String open = assign(commune, "2026-06-08");
        String elsewhere = assign(otherCommune, "2026-12-31");
        String cancelled = assign(otherCommune, "2026-06-02");
        as(coordinator).body(Map.of("reason", "Lồng ghép vào kế hoạch khác")).post("/api/v1/tasks/" + cancelled + "/cancellation")
                .then().statusCode(200);
        as(communeOfficer).body(Map.of("text", "Hoàn thành đối thoại.")).post("/api/v1/tasks/" + onTime + "/report").then().statusCode(200);
        as(coordinator).body(Map.of()).post("/api/v1/tasks/" + onTime + "/acceptance").then().statusCode(200);

        // 2026-06-08 23:30 in Hà Nội is still the due day of "open": not overdue yet
        clock.set(Clock.fixed(Instant.parse("2026-06-08T16:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
        as(coordinator).get("/api/v1/tasks/" + open).then().body("overdue", equalTo(false));
        as(communeOfficer).body(Map.of("text", "Hoàn thành muộn.")).post("/api/v1/tasks/" + late + "/report").then().statusCode(200);
        as(coordinator).body(Map.of()).post("/api/v1/tasks/" + late + "/acceptance").then().statusCode(200)
                .body("completedLate", equalTo(true));

        today("2026-06-09");
        as(coordinator).get("/api/v1/tasks/" + open).then().body("overdue", equalTo(true));
        as(coordinator).get("/api/v1/tasks?overdue=true&assigningOrganizationId=" + province).then().statusCode(200)
                .body("items.id", equalTo(List.of(open)));
        as(coordinator).get("/api/v1/tasks?dueWithinDays=30&assigningOrganizationId=" + province).then()
                .body("items.id", not(hasItem(open)));
        as(coordinator).get("/api/v1/tasks/summary?assigningOrganizationId=" + province).then().statusCode(200)
                .body("asOf", equalTo("2026-06-09"))
                .body("totals.assigned", equalTo(4)).body("totals.doneOnTime", equalTo(1))
                .body("totals.doneLate", equalTo(1)).body("totals.overdue", equalTo(1))
                // "elsewhere" is assigned and not yet acknowledged: counted apart, not as in progress
                .body("totals.notAcknowledged", equalTo(1)).body("totals.acknowledgedNotStarted", equalTo(0))
                .body("totals.inProgress", equalTo(0))
                .body("rows.find { it.leadOrganizationId == '" + commune + "' }.onTimeRate", equalTo(0.3333f))
                .body("rows.find { it.leadOrganizationId == '" + otherCommune + "' }.assigned", equalTo(1));
        // paged in the order asked for: the unit with the most overdue tasks first, then the next page
        String summary = "/api/v1/tasks/summary?assigningOrganizationId=" + province;
        String next = as(coordinator).get(summary + "&sort=-overdue&pageSize=1").then().statusCode(200)
                .body("unitCount", equalTo(2)).body("totals.assigned", equalTo(4))
                .body("rows.leadOrganizationId", equalTo(List.of(commune)))
                .extract().path("nextPageToken");
        as(coordinator).get(summary + "&sort=-overdue&pageSize=1&pageToken=" + next).then().statusCode(200)
                .body("rows.leadOrganizationId", equalTo(List.of(otherCommune)))
                .body("$", not(org.hamcrest.Matchers.hasKey("nextPageToken")));
        // the weakest on-time rate first; a unit with nothing due yet has no rate and comes last
        as(coordinator).get(summary + "&sort=onTimeRate").then().statusCode(200)
                .body("rows.leadOrganizationId", equalTo(List.of(commune, otherCommune)));
        as(coordinator).get(summary + "&sort=priority").then().statusCode(400)
                .body("errors.field", hasItem("sort"));
        // a token is only valid for the question it was given for
        as(coordinator).get(summary + "&sort=assigned&pageSize=1&pageToken=" + next).then().statusCode(400)
                .body("errors.field", hasItem("pageToken"));
        // a commune official sees only its own unit's work in the summary
        as(communeOfficer).get("/api/v1/tasks/summary").then().statusCode(200)
                .body("rows.leadOrganizationId", equalTo(List.of(commune)));
        as(otherCommuneOfficer).get("/api/v1/tasks/" + open).then().statusCode(404);
        // the same question after a change gets the new answer (summaries are reused only while nothing changed)
        as(coordinator).body(Map.of("reason", "Không còn phù hợp")).post("/api/v1/tasks/" + open + "/cancellation")
                .then().statusCode(200);
        as(coordinator).get("/api/v1/tasks/summary?assigningOrganizationId=" + province).then().statusCode(200)
                .body("totals.assigned", equalTo(3)).body("totals.overdue", equalTo(0));
        as(coordinator).get("/api/v1/tasks?overdue=false&assigningOrganizationId=" + province).then()
                .body("items.id", hasItem(onTime));
        assertEquals(elsewhere.length(), 36);
    }

    @Test
    void aTaskIsListedWhereItsUnitsAreAfterAUnitMoves() {
        setUpProvince();
        String divisionTask = assign(communeDivision, "2026-12-20");
        String coordinated = as(coordinator).body(withCoordinator(task(otherCommune, "2026-12-21"), communeDivision))
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");
        as(otherCommuneOfficer).get("/api/v1/tasks?pageSize=50").then().statusCode(200)
                .body("items.id", not(hasItem(divisionTask))).body("items.id", hasItem(coordinated));
        as(communeOfficer).get("/api/v1/tasks?pageSize=50").then().statusCode(200)
                .body("items.id", hasItem(divisionTask)).body("items.id", hasItem(coordinated));

        // the division moves from the commune to the other commune: its tasks go with it
        api().body(Map.of("parentId", otherCommune)).post("/api/v1/organizations/" + communeDivision + "/move")
                .then().statusCode(200);
        as(otherCommuneOfficer).get("/api/v1/tasks?pageSize=50").then().statusCode(200)
                .body("items.id", hasItem(divisionTask));
        as(communeOfficer).get("/api/v1/tasks?pageSize=50").then().statusCode(200)
                .body("items.id", not(hasItem(divisionTask))).body("items.id", not(hasItem(coordinated)));
        as(communeOfficer).get("/api/v1/tasks/" + divisionTask).then().statusCode(404);
        // the coordinator's province-wide view is unchanged
        as(coordinator).get("/api/v1/tasks?leadOrganizationId=" + communeDivision).then().statusCode(200)
                .body("items.id", equalTo(List.of(divisionTask)));
    }

    /**
     * Reading requests take unit names and paths from a snapshot kept per instance; a renamed unit must show its
     * new name in the very next list, whether the snapshot is rebuilt for it or the database is read meanwhile.
     */
    @Test
    void aRenamedUnitShowsItsNewNameInTheNextListAndRead() throws Exception {
        setUpProvince();
        String id = assign(commune, "2026-12-20");
        as(coordinator).get("/api/v1/tasks?leadOrganizationId=" + commune).then().statusCode(200)
                .body("items[0].leadOrganizationName", startsWith("UBND xã"));
        for (int version = 0; version < 2; version++) {
            String name = unique("UBND xã Tịnh Khê");
            api().header("If-Match", "\"" + version + "\"").body(Map.of("name", name, "type", "COMMUNE_PEOPLES_COMMITTEE"))
                    .put("/api/v1/organizations/" + commune).then().statusCode(200);
            as(coordinator).get("/api/v1/tasks?leadOrganizationId=" + commune).then().statusCode(200)
                    .body("items[0].leadOrganizationName", equalTo(name));
            as(communeOfficer).get("/api/v1/tasks/" + id).then().statusCode(200).body("leadOrganizationName", equalTo(name));
            Thread.sleep(1100); // past the snapshot's rebuild interval: the next round reads a rebuilt snapshot
            as(coordinator).get("/api/v1/tasks?leadOrganizationId=" + commune).then().statusCode(200)
                    .body("items[0].leadOrganizationName", equalTo(name));
        }
    }

    private static Map<String, Object> withCoordinator(Map<String, Object> body, String coordinatingUnit) {
        body.put("coordinatingOrganizationIds", List.of(coordinatingUnit));
        return body;
    }

    @Test
    void remindersAreCreatedOnceEvenWhenTwoInstancesRunTogether() throws Exception {
        setUpProvince();
        today("2026-06-01");
        String soon = assign(commune, "2026-06-03");
        String overdue = assign(otherCommune, "2026-05-30");
        assign(commune, "2026-07-30");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> instanceA = () -> reminders.runAs("instance-a");
            Callable<Integer> instanceB = () -> reminders.runAs("instance-b");
            List<Future<Integer>> runs = pool.invokeAll(List.of(instanceA, instanceB, instanceA, instanceB));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        reminders.runAs("instance-a");

        as(communeOfficer).get("/api/v1/notifications?unreadOnly=true&pageSize=200").then().statusCode(200)
                .body("items.findAll { it.kind == 'DUE_SOON' }.taskId", equalTo(List.of(soon)));
        String otherOfficer = otherCommuneOfficer;
        as(otherOfficer).get("/api/v1/notifications?pageSize=200").then()
                .body("items.findAll { it.kind == 'OVERDUE' }.taskId", equalTo(List.of(overdue)))
                // Dates in the Vietnamese form, as documents write them.
                .body("items.find { it.kind == 'OVERDUE' }.title", org.hamcrest.Matchers.matchesPattern(
                        "Nhiệm vụ quá hạn \\(hạn \\d{2}/\\d{2}/\\d{4}\\): .*"));
        as(provinceOfficer).get("/api/v1/notifications?pageSize=200").then()
                .body("items.findAll { it.kind == 'OVERDUE' }.taskId", equalTo(List.of(overdue)));

        // marking as read is per official
        String notification = as(otherOfficer).get("/api/v1/notifications?pageSize=1").then().extract().path("items[0].id");
        int unread = as(otherOfficer).get("/api/v1/notifications").then().extract().path("unreadCount");
        as(otherOfficer).post("/api/v1/notifications/" + notification + "/read").then().statusCode(204);
        as(otherOfficer).post("/api/v1/notifications/" + notification + "/read").then().statusCode(204);
        as(otherOfficer).get("/api/v1/notifications").then().body("unreadCount", equalTo(unread - 1));
        as(communeOfficer).post("/api/v1/notifications/" + notification + "/read").then().statusCode(404);
        as(otherOfficer).post("/api/v1/notifications/read-all").then().statusCode(204);
        as(otherOfficer).get("/api/v1/notifications").then().body("unreadCount", equalTo(0));
    }
}
