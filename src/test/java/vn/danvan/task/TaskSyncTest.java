package vn.danvan.task;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.danvan.support.MariaDbTestResource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tasks on the phones: the tasks one's units take part in, their changes, and nothing of other communes. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class TaskSyncTest extends TaskTestSupport {

    private static final String DELTA = "/api/v1/tasks/delta";

    @BeforeEach
    void province() {
        setUpProvince();
    }

    @Test
    void aCommuneSyncsItsTasksAndTheirChangesOnly() {
        String ours = as(coordinator).body(task(commune, "2027-03-31")).post("/api/v1/tasks").then().statusCode(201)
                .extract().path("id");
        String theirs = as(coordinator).body(task(otherCommune, "2027-03-31")).post("/api/v1/tasks").then()
                .statusCode(201).extract().path("id");

        JsonPath first = as(communeOfficer).get(DELTA).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(ours), first.getList("changed.id"));
        // The province (assigning unit) reaches both.
        JsonPath province = as(provinceOfficer).queryParam("pageSize", 500).get(DELTA).then().statusCode(200)
                .extract().jsonPath();
        assertTrue(province.getList("changed.id").containsAll(List.of(ours, theirs)));

        // The other commune's task changes: our officer hears nothing; our task changes: it comes whole.
        as(otherCommuneOfficer).post("/api/v1/tasks/" + theirs + "/acknowledgement").then().statusCode(200);
        as(communeOfficer).post("/api/v1/tasks/" + ours + "/acknowledgement").then().statusCode(200);
        JsonPath changes = as(communeOfficer).queryParam("deltaToken", first.getString("deltaToken")).get(DELTA)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(ours), changes.getList("changed.id"));
        assertEquals(List.of(), changes.getList("removed"));

        // Progress updates follow their task: ours to us, theirs not.
        String update = as(communeOfficer).body(Map.of("text", "Đã tổ chức 2 buổi đối thoại.", "percentDone", 50))
                .post("/api/v1/tasks/" + ours + "/updates").then().statusCode(201).extract().path("id");
        as(otherCommuneOfficer).body(Map.of("text", "Đã họp dân.", "percentDone", 10))
                .post("/api/v1/tasks/" + theirs + "/updates").then().statusCode(201);
        JsonPath updates = as(communeOfficer).get("/api/v1/task-updates/delta").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(update), updates.getList("changed.id"));
        assertEquals(50, updates.getInt("changed[0].percentDone"));

        // The commune's inbox on the phone: the notice of its task, none of the other commune's.
        JsonPath inbox = as(communeOfficer).get("/api/v1/notifications/delta").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(inbox.getList("changed.taskId").contains(ours), inbox.prettify());
        assertTrue(!inbox.getList("changed.taskId").contains(theirs));
        String read = inbox.getString("changed[0].id");
        as(communeOfficer).post("/api/v1/notifications/" + read + "/read").then().statusCode(204);
        JsonPath again = as(communeOfficer).get("/api/v1/notifications/delta").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(Boolean.TRUE, again.get("changed.find { it.id == '" + read + "' }.read"));
    }

    @Test
    void aCoordinatingCommuneDroppedFromATaskDropsItFromItsPhones() {
        Map<String, Object> body = task(commune, "2027-05-31");
        body.put("coordinatingOrganizationIds", List.of(otherCommune));
        String id = as(coordinator).body(body).post("/api/v1/tasks").then().statusCode(201).extract().path("id");
        JsonPath first = as(otherCommuneOfficer).get(DELTA).then().statusCode(200).extract().jsonPath();
        assertTrue(first.getList("changed.id").contains(id));
        JsonPath leadFirst = as(communeOfficer).get(DELTA).then().statusCode(200).extract().jsonPath();

        String tag = as(coordinator).get("/api/v1/tasks/" + id).then().statusCode(200).extract().header("ETag");
        as(coordinator).header("If-Match", tag).body(Map.of("title", "Tổ chức đối thoại (chỉ xã chủ trì)",
                "dueDate", "2027-05-31", "coordinatingOrganizationIds", List.of())).put("/api/v1/tasks/" + id)
                .then().statusCode(200);

        JsonPath dropped = as(otherCommuneOfficer).queryParam("deltaToken", first.getString("deltaToken")).get(DELTA)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(id), dropped.getList("removed.id"));
        assertEquals("OUT_OF_SCOPE", dropped.getString("removed[0].reason"));
        assertEquals(List.of(), dropped.getList("changed"));
        // The lead commune keeps it: the edit comes whole.
        JsonPath lead = as(communeOfficer).queryParam("deltaToken", leadFirst.getString("deltaToken")).get(DELTA)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(id), lead.getList("changed.id"));
        assertEquals(List.of(), lead.getList("removed"));
    }
}
