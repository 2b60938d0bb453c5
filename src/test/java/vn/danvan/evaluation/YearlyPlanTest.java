package vn.danvan.evaluation;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.danvan.support.MariaDbTestResource;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Kế hoạch "Năm dân vận chính quyền": a commune plans its year in items carried out by tasks; an item's completion
 * follows its tasks; the interim and final reviews freeze the figures as they stood, whatever happens afterwards.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class YearlyPlanTest extends EvaluationFixtures {

    int year;

    @BeforeEach
    void province() {
        setUpProvince();
        year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    }

    String task(String lead) {
        return as(coordinator).body(Map.of("title", unique("Đối thoại với Nhân dân"), "assigningOrganizationId", province,
                        "leadOrganizationId", lead, "dueDate", year + "-12-20"))
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");
    }

    String plan(String token, String organizationId) {
        return as(token).body(Map.of("organizationId", organizationId, "year", year,
                        "title", "Kế hoạch thực hiện Năm dân vận chính quyền " + year))
                .post(PLANS).then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> item(String owner, String dueDate, List<String> tasks) {
        return Map.of("title", "Tổ chức đối thoại với Nhân dân về giải phóng mặt bằng", "ownerOrganizationId", owner,
                "dueDate", dueDate, "taskIds", tasks);
    }

    @Test
    void itemsFollowTheirTasksAndTheReviewsKeepTheFiguresAsTheyStood() {
        String task = task(commune);
        String plan = plan(communeOfficer, commune);
        String item = as(communeOfficer).body(item(commune, year + "-12-31", List.of(task)))
                .post(PLANS + "/" + plan + "/items").then().statusCode(201).header("ETag", "\"0\"")
                .body("tasks[0].taskId", equalTo(task)).body("tasks[0].status", equalTo("ASSIGNED"))
                .body("completion.status", equalTo("NOT_DONE")).body("completion.linkedTasks", equalTo(1))
                .body("completion.acceptedTasks", equalTo(0)).extract().path("id");
        as(communeOfficer).body(Map.of("title", "Hội nghị tuyên truyền", "ownerOrganizationId", commune,
                "dueDate", year + "-12-31")).post(PLANS + "/" + plan + "/items").then().statusCode(201)
                .body("completion.status", equalTo("NOT_LINKED"));

        String interim = as(communeOfficer).body(Map.of("kind", "INTERIM", "narrative", "Sơ kết 6 tháng đầu năm"))
                .post(PLANS + "/" + plan + "/reviews").then().statusCode(201)
                .body("items", hasSize(2)).body("items[0].itemId", equalTo(item))
                .body("items[0].status", equalTo("NOT_DONE")).body("totals.done", equalTo(0))
                .extract().path("id");

        // The task is reported and accepted: the item is done now, the interim review still says what it said.
        as(communeOfficer).body(Map.of("text", "Đã tổ chức đối thoại.")).post("/api/v1/tasks/" + task + "/report")
                .then().statusCode(200);
        as(coordinator).body(Map.of()).post("/api/v1/tasks/" + task + "/acceptance").then().statusCode(200);
        as(communeOfficer).get(PLANS + "/" + plan).then().statusCode(200)
                .body("items[0].completion.status", equalTo("DONE")).body("items[0].completion.percent", equalTo(100))
                .body("completion.items", equalTo(2)).body("completion.done", equalTo(1))
                .body("completion.percent", equalTo(50)).body("reviews.kind", contains("INTERIM"));
        as(communeOfficer).get(PLANS + "/" + plan + "/reviews/" + interim).then().statusCode(200)
                .body("items[0].status", equalTo("NOT_DONE")).body("items[0].acceptedTasks", equalTo(0))
                .body("narrative", equalTo("Sơ kết 6 tháng đầu năm"));

        as(communeOfficer).body(Map.of("kind", "FINAL", "narrative", "Tổng kết năm"))
                .post(PLANS + "/" + plan + "/reviews").then().statusCode(201)
                .body("items[0].status", equalTo("DONE")).body("totals.percent", equalTo(50));
        as(communeOfficer).body(Map.of("kind", "FINAL", "narrative", "Lần hai")).post(PLANS + "/" + plan + "/reviews")
                .then().statusCode(409);
        // The final review closes the plan's items.
        as(communeOfficer).header("If-Match", "\"0\"").body(item(commune, year + "-11-30", List.of(task)))
                .put(PLANS + "/" + plan + "/items/" + item).then().statusCode(409);
    }

    @Test
    void anItemDueOutsideThePlansYearOrCarriedByAnotherUnitsTaskIsRefusedAndNothingChanges() {
        String foreignTask = task(otherCommune);
        String ownTask = task(commune);
        String plan = plan(communeOfficer, commune);
        as(communeOfficer).body(item(commune, (year + 1) + "-01-15", List.of())).post(PLANS + "/" + plan + "/items")
                .then().statusCode(400).body("errors.field", contains("dueDate"))
                .body("errors[0].code", equalTo("OutsideYear"));
        as(communeOfficer).body(item(commune, year + "-12-31", List.of(ownTask, foreignTask)))
                .post(PLANS + "/" + plan + "/items").then().statusCode(400)
                .body("errors.field", contains("taskIds[1]")).body("errors[0].code", equalTo("TaskOfOtherUnit"));
        as(communeOfficer).body(item(otherCommune, year + "-12-31", List.of()))
                .post(PLANS + "/" + plan + "/items").then().statusCode(400)
                .body("errors.field", contains("ownerOrganizationId"));
        as(communeOfficer).body(Map.of("kind", "INTERIM", "reviewDate", (year + 1) + "-06-14", "narrative", "Sớm"))
                .post(PLANS + "/" + plan + "/reviews").then().statusCode(400).body("errors.field", contains("reviewDate"));
        as(communeOfficer).get(PLANS + "/" + plan).then().header("ETag", "\"0\"").body("items", hasSize(0))
                .body("reviews", hasSize(0));

        // An item changed with a stale ETag, a second plan for the year, and other communes' reach.
        String item = as(communeOfficer).body(item(commune, year + "-12-31", List.of(ownTask)))
                .post(PLANS + "/" + plan + "/items").then().statusCode(201).extract().path("id");
        as(communeOfficer).header("If-Match", "\"5\"").body(item(commune, year + "-10-31", List.of()))
                .put(PLANS + "/" + plan + "/items/" + item).then().statusCode(412);
        as(communeOfficer).header("If-Match", "\"0\"").body(item(commune, year + "-10-31", List.of()))
                .put(PLANS + "/" + plan + "/items/" + item).then().statusCode(200)
                .body("dueDate", equalTo(year + "-10-31")).body("taskIds", hasSize(0));
        as(communeOfficer).body(Map.of("organizationId", commune, "year", year, "title", "Lần hai")).post(PLANS)
                .then().statusCode(409);
        as(otherCommuneOfficer).get(PLANS + "/" + plan).then().statusCode(404);
        as(otherCommuneOfficer).body(item(otherCommune, year + "-12-31", List.of()))
                .post(PLANS + "/" + plan + "/items").then().statusCode(404);
        as(otherCommuneOfficer).body(Map.of("organizationId", commune, "year", year, "title", "Của xã khác"))
                .post(PLANS).then().statusCode(400);
        as(coordinator).get(PLANS + "?organizationId=" + commune).then().body("items.id", contains(plan));
    }
}
