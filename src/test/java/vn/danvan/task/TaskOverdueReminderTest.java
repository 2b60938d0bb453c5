package vn.danvan.task;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.danvan.platform.cluster.JobLease;
import vn.danvan.platform.persistence.UuidBytes;
import vn.danvan.platform.time.AppClock;
import vn.danvan.support.MariaDbTestResource;
import vn.danvan.support.Parallel;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OVERDUE reminders: exactly one per overdue task and deadline, to the lead unit and to the assigning unit, whenever
 * the task became overdue (months ago too, as for a task created already overdue or while reminders were disabled);
 * one run per cluster at a time (the job's lease), and never twice (the notifications' unique key), even when the job's
 * own record of what it sent is lost.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class TaskOverdueReminderTest extends TaskTestSupport {

    @Inject
    AppClock clock;

    @Inject
    TaskReminders reminders;

    @Inject
    JobLease lease;

    @Inject
    DataSource dataSource;

    @AfterEach
    void resetClock() {
        clock.set(null);
    }

    private void today(String localDate) {
        clock.set(Clock.fixed(Instant.parse(localDate + "T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    private String assignDue(String lead, String dueDate) {
        Map<String, Object> body = task(lead, dueDate);
        body.remove("startDate");
        return as(coordinator).body(body).post("/api/v1/tasks").then().statusCode(201).extract().path("id");
    }

    private List<String> overdueReminders(String token, String taskId) {
        return as(token).queryParam("kind", "OVERDUE").queryParam("taskId", taskId).queryParam("pageSize", 200)
                .get("/api/v1/notifications").then().statusCode(200).extract().jsonPath().getList("items.title");
    }

    @Test
    void aTaskOverdueForMonthsGetsExactlyOneReminderPerUnitAndDeadline() throws Exception {
        setUpProvince();
        today("2026-06-01");
        // overdue since January: long past any look-back window
        String longAgo = assignDue(commune, "2026-01-10");
        String yesterday = assignDue(otherCommune, "2026-05-31");
        String done = assignDue(commune, "2026-02-10");
        as(communeOfficer).body(Map.of("text", "Đã hoàn thành.")).post("/api/v1/tasks/" + done + "/report")
                .then().statusCode(200);
        as(coordinator).body(Map.of()).post("/api/v1/tasks/" + done + "/acceptance").then().statusCode(200);

        // Two instances at once, twice: one holds the lease at a time, and each reminder is made once.
        List<Integer> runs = Parallel.run(4, i -> reminders.runAs("instance-" + (i % 2)));
        assertTrue(runs.stream().anyMatch(sent -> sent > 0), "one run sent the reminders: " + runs);
        reminders.runAs("instance-a");

        assertEquals(List.of("Nhiệm vụ quá hạn (hạn 10/01/2026): " + task(commune, "x").get("title")),
                overdueReminders(communeOfficer, longAgo));
        assertEquals(1, overdueReminders(provinceOfficer, longAgo).size());
        assertEquals(1, overdueReminders(otherCommuneOfficer, yesterday).size());
        assertEquals(1, overdueReminders(provinceOfficer, yesterday).size());
        // accepted before the run: owes nothing, reminded of nothing
        assertEquals(List.of(), overdueReminders(provinceOfficer, done));

        // Days later, nothing new for the same deadline.
        today("2026-06-20");
        reminders.runAs("instance-b");
        assertEquals(1, overdueReminders(communeOfficer, longAgo).size());

        // Should the job's record of what it sent be lost (or two runs overlap after a lost lease), the notifications'
        // unique key still keeps each reminder single.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM task_reminder WHERE task_id = ?")) {
            delete.setBytes(1, UuidBytes.of(UUID.fromString(longAgo)));
            assertEquals(1, delete.executeUpdate());
        }
        reminders.runAs("instance-a");
        assertEquals(1, overdueReminders(communeOfficer, longAgo).size());
        assertEquals(1, overdueReminders(provinceOfficer, longAgo).size());

        // A new deadline (the assigning unit moved it), overdue as well, gets its own reminder once.
        String title = (String) task(commune, "x").get("title");
        int version = as(coordinator).get("/api/v1/tasks/" + longAgo).then().extract().path("version");
        as(coordinator).header("If-Match", "\"" + version + "\"")
                .body(Map.of("title", title, "dueDate", "2026-03-31"))
                .put("/api/v1/tasks/" + longAgo).then().statusCode(200);
        reminders.runAs("instance-a");
        reminders.runAs("instance-b");
        assertEquals(java.util.Set.of("Nhiệm vụ quá hạn (hạn 31/03/2026): " + title,
                "Nhiệm vụ quá hạn (hạn 10/01/2026): " + title), java.util.Set.copyOf(overdueReminders(communeOfficer, longAgo)));
        assertEquals(2, overdueReminders(communeOfficer, longAgo).size());
    }

    @Test
    void anInstanceWithoutTheLeaseSendsNothing() {
        setUpProvince();
        today("2026-06-01");
        String overdue = assignDue(otherCommune, "2026-03-15");
        assertTrue(lease.acquire(TaskReminders.JOB, "instance-x", Duration.ofMinutes(5)));
        try {
            assertEquals(-1, reminders.runAs("instance-y"));
            as(otherCommuneOfficer).queryParam("kind", "OVERDUE").get("/api/v1/notifications").then()
                    .body("items", hasSize(0));
        } finally {
            lease.release(TaskReminders.JOB, "instance-x");
        }
        assertTrue(reminders.runAs("instance-y") >= 2);
        as(otherCommuneOfficer).queryParam("kind", "OVERDUE").get("/api/v1/notifications").then()
                .body("items.taskId", equalTo(List.of(overdue)));
    }
}
