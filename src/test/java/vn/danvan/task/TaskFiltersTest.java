package vn.danvan.task;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.danvan.support.MariaDbTestResource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/**
 * The task list's filters by series and directive item, the summary's counts of tasks not yet started apart from those
 * in progress, and the notification inbox's filters (kind, task, read state, text) and its dd/MM/yyyy dates.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class TaskFiltersTest extends TaskTestSupport {

    @Test
    void tasksAreFilteredBySeriesAndByDirectiveItem() {
        setUpProvince();
        Map<String, Object> recurring = task(commune, "2026-12-20");
        recurring.remove("dueDate");
        recurring.remove("startDate");
        recurring.put("itemNumber", "2.1");
        recurring.put("recurrence", Map.of("frequency", "QUARTERLY", "dueDay", 10, "fromDate", "2026-01-01",
                "untilDate", "2026-12-31"));
        String series = as(coordinator).body(recurring).post("/api/v1/tasks/recurring").then().statusCode(201)
                .extract().path("seriesId");
        String again = as(coordinator).body(recurring).post("/api/v1/tasks/recurring").then().statusCode(201)
                .extract().path("seriesId");
        String itemThree = assign(otherCommune, "2026-12-20");

        as(coordinator).queryParam("seriesId", series).get("/api/v1/tasks").then().statusCode(200)
                .body("items", hasSize(4)).body("items.seriesId", everyItem(equalTo(series)))
                .body("items.periodLabel", not(hasItem((Object) null)));
        as(coordinator).queryParam("directiveId", directive).queryParam("itemNumber", "2.1").queryParam("pageSize", 50)
                .get("/api/v1/tasks").then().statusCode(200)
                .body("items", hasSize(8)).body("items.seriesId", hasItem(again));
        as(coordinator).queryParam("directiveId", directive).queryParam("itemNumber", "3").get("/api/v1/tasks").then()
                .statusCode(200).body("items.id", equalTo(List.of(itemThree)));
        as(coordinator).queryParam("seriesId", series).queryParam("itemNumber", "3").get("/api/v1/tasks").then()
                .statusCode(200).body("items", empty());
        // another commune's official sees none of this commune's series
        as(otherCommuneOfficer).queryParam("seriesId", series).get("/api/v1/tasks").then().statusCode(200)
                .body("items", empty());
        // a malformed item number is refused like any invalid parameter
        invalidRequest().auth().oauth2(coordinator).queryParam("itemNumber", "ba").get("/api/v1/tasks").then()
                .statusCode(400).body("errors.field", hasItem("itemNumber"));
    }

    @Test
    void theSummaryCountsStartedTasksApartFromThoseNotYetAcknowledgedOrStarted() {
        setUpProvince();
        String notAcknowledged = assign(commune, "2099-12-20");
        String acknowledged = assign(commune, "2099-12-21");
        String started = assign(commune, "2099-12-22");
        String startedAfterAcknowledging = assign(commune, "2099-12-23");
        String reported = assign(commune, "2099-12-24");
        as(communeOfficer).post("/api/v1/tasks/" + acknowledged + "/acknowledgement")
                .then().statusCode(200);
        as(communeOfficer).post("/api/v1/tasks/" + started + "/start").then().statusCode(200);
        as(communeOfficer).post("/api/v1/tasks/" + startedAfterAcknowledging + "/acknowledgement").then().statusCode(200);
        as(communeOfficer).post("/api/v1/tasks/" + startedAfterAcknowledging + "/start").then().statusCode(200);
        as(communeOfficer).body(Map.of("text", "Đã tổ chức đối thoại.")).post("/api/v1/tasks/" + reported + "/report")
                .then().statusCode(200);

        String row = "rows.find { it.leadOrganizationId == '" + commune + "' }";
        as(coordinator).get("/api/v1/tasks/summary?assigningOrganizationId=" + province).then().statusCode(200)
                .body(row + ".assigned", equalTo(5))
                .body(row + ".notAcknowledged", equalTo(1))
                .body(row + ".acknowledgedNotStarted", equalTo(1))
                // started: the two in progress and the one reported on time, awaiting acceptance
                .body(row + ".inProgress", equalTo(3))
                .body(row + ".overdue", equalTo(0))
                .body("totals.notAcknowledged", equalTo(1)).body("totals.inProgress", equalTo(3));
        // statuses as the contract lists them, comma-separated
        as(coordinator).queryParam("leadOrganizationId", commune).queryParam("status", "ASSIGNED,ACKNOWLEDGED")
                .get("/api/v1/tasks").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.containsInAnyOrder(notAcknowledged, acknowledged));
        as(coordinator).get("/api/v1/tasks/summary?assigningOrganizationId=" + province + "&sort=-notAcknowledged")
                .then().statusCode(200).body("rows[0].leadOrganizationId", equalTo(commune));
        as(coordinator).get("/api/v1/tasks/summary?assigningOrganizationId=" + province + "&sort=acknowledgedNotStarted")
                .then().statusCode(200);
    }

    @Test
    void theInboxIsFilteredByKindTaskReadStateAndTextWithVietnameseDates() {
        setUpProvince();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> dialogue = task(commune, "2026-12-20");
        dialogue.put("title", "Đối thoại với Nhân dân thôn Mỹ Lai " + marker);
        String first = as(coordinator).body(dialogue).post("/api/v1/tasks").then().statusCode(201).extract().path("id");
        String second = assign(commune, "2026-12-21");
        as(communeOfficer).body(Map.of("requestedDueDate", "2027-01-15", "reason", "Chờ kết quả đo đạc"))
                .post("/api/v1/tasks/" + first + "/extensions").then().statusCode(201);

        String inbox = "/api/v1/notifications";
        as(communeOfficer).queryParam("taskId", first).get(inbox).then().statusCode(200)
                .body("items.taskId", everyItem(equalTo(first))).body("items", hasSize(1));
        as(communeOfficer).queryParam("q", "DOI THOAI VOI NHAN DAN THON MY LAI " + marker).get(inbox).then()
                .statusCode(200).body("items.taskId", equalTo(List.of(first)));
        as(communeOfficer).queryParam("kind", "TASK_ASSIGNED,TASK_RETURNED").queryParam("pageSize", 200).get(inbox)
                .then().statusCode(200).body("items", hasSize(2)).body("items.kind", everyItem(equalTo("TASK_ASSIGNED")));
        as(communeOfficer).queryParam("kind", "OVERDUE").get(inbox).then().statusCode(200).body("items", empty());
        // the assigning unit is asked for the extension: the date as Vietnamese documents write it, in either language
        as(provinceOfficer).queryParam("kind", "EXTENSION_REQUESTED").queryParam("taskId", first).get(inbox).then()
                .statusCode(200).body("items[0].title", equalTo("Đề nghị gia hạn đến 15/01/2027: " + dialogue.get("title")));
        as(provinceOfficer).header("Accept-Language", "en").queryParam("kind", "EXTENSION_REQUESTED")
                .queryParam("taskId", first).get(inbox).then().statusCode(200)
                .body("items[0].title", matchesPattern("Extension requested until 15/01/2027: .*"));

        // read state, per official
        String firstNotification = as(communeOfficer).queryParam("taskId", first).get(inbox).then()
                .extract().path("items[0].id");
        as(communeOfficer).post(inbox + "/" + firstNotification + "/read").then().statusCode(204);
        as(communeOfficer).queryParam("read", true).get(inbox).then().statusCode(200)
                .body("items.id", equalTo(List.of(firstNotification))).body("unreadCount", equalTo(1));
        as(communeOfficer).queryParam("read", false).get(inbox).then().statusCode(200)
                .body("items.taskId", equalTo(List.of(second))).body("unreadCount", equalTo(1));
        as(communeOfficer).queryParam("unreadOnly", true).get(inbox).then().statusCode(200)
                .body("items.taskId", equalTo(List.of(second)));
        as(communeOfficer).queryParam("unreadOnly", true).queryParam("read", true).get(inbox).then().statusCode(400)
                .body("errors.field", hasItem("read"));
        // what others have read does not count as read by this official
        String colleague = tokenFor("VIEWER", commune);
        as(colleague).queryParam("read", true).get(inbox).then().statusCode(200).body("items", empty());
        as(colleague).queryParam("read", false).queryParam("taskId", second).get(inbox).then().statusCode(200)
                .body("items", hasSize(1));
    }
}
