package vn.danvan.task;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.danvan.support.MariaDbTestResource;
import vn.danvan.support.Parallel;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One directive item assigned to many units in one request (POST /api/v1/task-assignments): to every commune of a
 * province by level, or to units named; one series per unit with a shared assignment ID; all or nothing; idempotent
 * as a whole, also under parallel identical requests.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class TaskAssignmentTest extends TaskTestSupport {

    static final List<String> COMMUNE_COMMITTEES = List.of("COMMUNE_PEOPLES_COMMITTEE", "WARD_PEOPLES_COMMITTEE",
            "SPECIAL_ZONE_PEOPLES_COMMITTEE");

    private Map<String, Object> assignment(String itemNumber, Map<String, Object> units) {
        Map<String, Object> body = new HashMap<>();
        body.put("directiveId", directive);
        body.put("itemNumber", itemNumber);
        body.put("title", "Báo cáo kết quả thực hiện công tác dân vận chính quyền");
        body.put("assigningOrganizationId", province);
        body.put("units", units);
        body.put("dueDate", LocalDate.now().plusMonths(2).toString());
        return body;
    }

    private List<String> tasksOfItem(String itemNumber) {
        return as(coordinator).queryParam("directiveId", directive).queryParam("itemNumber", itemNumber)
                .queryParam("pageSize", 200).get("/api/v1/tasks").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
    }

    @Test
    void oneRequestAssignsAnItemToEveryCommuneOfTheProvinceAsOneSeriesPerUnit() {
        setUpProvince();
        String ward = createChild(province, unique("UBND phường"), "WARD_PEOPLES_COMMITTEE");
        String zone = createChild(province, unique("UBND đặc khu"), "SPECIAL_ZONE_PEOPLES_COMMITTEE");
        // at commune level too, but not a people's committee: left out by the types
        String front = createChild(commune, unique("Ủy ban MTTQ xã"), "FATHERLAND_FRONT_COMMITTEE");
        // merged into the commune last month: no longer chosen
        String merged = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        api().body(Map.of("validTo", LocalDate.now().minusMonths(1).toString(), "successorId", commune))
                .post("/api/v1/organizations/" + merged + "/dissolution").then().statusCode(200);

        Map<String, Object> body = assignment("9", Map.of("withinOrganizationId", province, "level", "COMMUNE",
                "types", COMMUNE_COMMITTEES));
        body.remove("dueDate");
        body.put("recurrence", Map.of("frequency", "YEARLY", "dueMonth", 12, "dueDay", 5,
                "fromDate", "2026-01-01", "untilDate", "2027-12-31"));
        Response created = as(coordinator).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/v1/task-assignments");
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/task-assignments/"))
                .body("unitCount", equalTo(4)).body("taskCount", equalTo(8))
                .body("directiveId", equalTo(directive)).body("itemNumber", equalTo("9"))
                .body("series", hasSize(4))
                .body("series.tasks.flatten().dueDate", everyItem(endsWith("-12-05")))
                .body("series.find { it.leadOrganizationId == '" + commune + "' }.tasks", hasSize(2));
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/v1/task-assignments/" + id));
        Set<String> leads = new HashSet<>(created.jsonPath().getList("series.leadOrganizationId"));
        assertEquals(Set.of(commune, otherCommune, ward, zone), leads);
        Set<String> series = new HashSet<>(created.jsonPath().getList("series.seriesId"));
        assertEquals(4, series.size(), "one series per unit");

        // Every task carries the assignment and its unit's series; the list finds them by either, and by the item.
        as(coordinator).queryParam("assignmentId", id).queryParam("pageSize", 50).get("/api/v1/tasks").then()
                .statusCode(200).body("items", hasSize(8))
                .body("items.assignmentId", everyItem(equalTo(id)))
                .body("items.leadOrganizationId", everyItem(org.hamcrest.Matchers.in(leads)))
                .body("items.leadOrganizationId", org.hamcrest.Matchers.not(hasItem(front)))
                .body("items.leadOrganizationId", org.hamcrest.Matchers.not(hasItem(merged)));
        String communeSeries = created.path("series.find { it.leadOrganizationId == '" + commune + "' }.seriesId");
        as(coordinator).queryParam("seriesId", communeSeries).get("/api/v1/tasks").then().statusCode(200)
                .body("items", hasSize(2)).body("items.leadOrganizationId", everyItem(equalTo(commune)))
                .body("items.seriesId", everyItem(equalTo(communeSeries)))
                .body("items.periodLabel", everyItem(org.hamcrest.Matchers.notNullValue()));
        assertEquals(8, tasksOfItem("9").size());
        // A commune's officer sees its own unit's series of the assignment, and is told of its tasks.
        as(communeOfficer).get("/api/v1/task-assignments/" + id).then().statusCode(200)
                .body("series.leadOrganizationId", equalTo(List.of(commune))).body("unitCount", equalTo(4));
        as(communeOfficer).queryParam("kind", "TASK_ASSIGNED").queryParam("pageSize", 200).get("/api/v1/notifications")
                .then().statusCode(200).body("items.taskId", hasItem((String) created.path(
                        "series.find { it.leadOrganizationId == '" + commune + "' }.tasks[0].id")));
        as(coordinator).get("/api/v1/task-assignments/" + id).then().statusCode(200).body("series", hasSize(4));
        as(coordinator).get("/api/v1/task-assignments/" + UUID.randomUUID()).then().statusCode(404);

        // Without types, every active unit of the level is chosen (here the commune's office and Fatherland Front
        // committee as well).
        as(coordinator).body(assignment("9.1", Map.of("withinOrganizationId", province, "level", "COMMUNE")))
                .post("/api/v1/task-assignments").then().statusCode(201)
                .body("unitCount", equalTo(6)).body("series.leadOrganizationId", hasItem(front))
                .body("series.leadOrganizationId", hasItem(communeDivision));
        // Within a commune: the commune itself and the units below it at its level.
        as(coordinator).body(assignment("9.2", Map.of("withinOrganizationId", commune, "level", "COMMUNE",
                        "types", List.of("FATHERLAND_FRONT_COMMITTEE"))))
                .post("/api/v1/task-assignments").then().statusCode(201)
                .body("series.leadOrganizationId", equalTo(List.of(front)));
    }

    @Test
    void unitsNamedAreKeptInTheirOrderAndARefusedUnitRefusesTheWholeAssignment() {
        setUpProvince();
        String merged = createChild(province, unique("UBND xã Tịnh Thọ"), "COMMUNE_PEOPLES_COMMITTEE");
        String successorName = as(coordinator).get("/api/v1/organizations/" + commune).then().extract().path("name");
        String mergedName = as(coordinator).get("/api/v1/organizations/" + merged).then().extract().path("name");
        api().body(Map.of("validTo", LocalDate.now().minusDays(10).toString(), "successorId", commune))
                .post("/api/v1/organizations/" + merged + "/dissolution").then().statusCode(200);
        String elsewhere = createChild(createProvince(unique("UBND tỉnh khác")), unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");

        String id = UUID.randomUUID().toString();
        Map<String, Object> body = assignment("4",
                Map.of("organizationIds", List.of(otherCommune, elsewhere, merged, commune)));
        body.put("id", id);
        as(coordinator).body(body).post("/api/v1/task-assignments").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(2))
                .body("errors.field", equalTo(List.of("units.organizationIds[1]", "units.organizationIds[2]")))
                .body("errors[0].code", equalTo("outOfScope")).body("errors[0].message", containsString(elsewhere))
                .body("errors[1].code", equalTo("dissolved"))
                .body("errors[1].message", containsString(mergedName))
                .body("errors[1].message", containsString(successorName));
        // nothing was created: no task of the item, no assignment
        assertEquals(List.of(), tasksOfItem("4"));
        as(coordinator).get("/api/v1/task-assignments/" + id).then().statusCode(404);
        as(communeOfficer).queryParam("kind", "TASK_ASSIGNED").queryParam("q", "Báo cáo kết quả thực hiện")
                .get("/api/v1/notifications").then().statusCode(200).body("items", empty());

        // A coordinating unit that also leads, and both a due date and a recurrence: refused, listed together.
        Map<String, Object> twice = assignment("4", Map.of("organizationIds", List.of(otherCommune, commune)));
        twice.put("coordinatingOrganizationIds", List.of(commune));
        twice.put("recurrence", Map.of("frequency", "QUARTERLY", "dueDay", 10, "fromDate", "2026-01-01",
                "untilDate", "2026-12-31"));
        as(coordinator).body(twice).post("/api/v1/task-assignments").then().statusCode(400)
                .body("errors.field", hasItem("coordinatingOrganizationIds"))
                .body("errors.field", hasItem("recurrence"));
        // Units named and chosen by level at once: refused.
        as(coordinator).body(assignment("4", Map.of("organizationIds", List.of(commune),
                        "withinOrganizationId", province, "level", "COMMUNE")))
                .post("/api/v1/task-assignments").then().statusCode(400).body("errors.field", hasItem("units"));
        // A commune official cannot assign to another commune.
        Map<String, Object> fromCommune = assignment("4", Map.of("organizationIds", List.of(communeDivision, otherCommune)));
        fromCommune.put("assigningOrganizationId", commune);
        as(communeOfficer).body(fromCommune).post("/api/v1/task-assignments").then().statusCode(400)
                .body("errors.field", equalTo(List.of("units.organizationIds[1]")));
        assertEquals(List.of(), tasksOfItem("4"));

        // Without the refused units, the assignment is made, in the order the units were named (repeats once).
        body.put("units", Map.of("organizationIds", List.of(otherCommune, commune, otherCommune, department)));
        as(coordinator).body(body).post("/api/v1/task-assignments").then().statusCode(201)
                .body("id", equalTo(id))
                .body("series.leadOrganizationId", equalTo(List.of(otherCommune, commune, department)))
                .body("unitCount", equalTo(3)).body("taskCount", equalTo(3));
        assertEquals(3, tasksOfItem("4").size());
        // The same client ID again (another request, no key): 409, nothing more.
        as(coordinator).body(body).post("/api/v1/task-assignments").then().statusCode(409);
        assertEquals(3, tasksOfItem("4").size());
    }

    @Test
    void parallelIdenticalRequestsWithOneKeyMakeOneAssignment() {
        setUpProvince();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = assignment("5.2", Map.of("organizationIds", List.of(commune, otherCommune, department)));
        List<Response> answers = Parallel.run(6, i -> as(coordinator).header("Idempotency-Key", key).body(body)
                .post("/api/v1/task-assignments"));
        Set<String> ids = new HashSet<>();
        int created = 0;
        for (Response answer : answers) {
            assertTrue(answer.statusCode() == 201 || answer.statusCode() == 409,
                    "201 or 409 (the same key in progress): " + answer.statusCode() + " " + answer.asString());
            if (answer.statusCode() == 201) {
                created++;
                ids.add(answer.path("id"));
            }
        }
        assertTrue(created >= 1);
        assertEquals(1, ids.size(), "every success is the same assignment");
        // exactly one series per unit: no duplicate tasks
        List<String> tasks = tasksOfItem("5.2");
        assertEquals(3, tasks.size());
        assertEquals(3, new HashSet<>(tasks).size());
        String id = ids.iterator().next();
        as(coordinator).queryParam("assignmentId", id).get("/api/v1/tasks").then().body("items", hasSize(3));

        // A retry later is answered with the first answer; the same key with another body is refused.
        as(coordinator).header("Idempotency-Key", key).body(body).post("/api/v1/task-assignments").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        Map<String, Object> changed = new HashMap<>(body);
        changed.put("title", "Một nội dung khác");
        as(coordinator).header("Idempotency-Key", key).body(changed).post("/api/v1/task-assignments").then()
                .statusCode(422);
        assertEquals(3, tasksOfItem("5.2").size());
    }
}
