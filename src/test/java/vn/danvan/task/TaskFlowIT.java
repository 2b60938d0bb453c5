package vn.danvan.task;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;
import vn.danvan.support.MariaDbTestResource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/**
 * On the packaged jar: a task of an issued directive is assigned to a commune, acknowledged, reported with evidence and
 * accepted; the commune's official is notified and reads the notice.
 */
@QuarkusIntegrationTest
@WithTestResource(MariaDbTestResource.class)
class TaskFlowIT extends TaskTestSupport {

    @Test
    void aTaskIsAssignedWorkedReportedAndAcceptedAndTheCommuneIsNotified() {
        setUpProvince();
        String id = assign(commune, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30).toString());

        as(communeOfficer).get("/api/v1/tasks/inbox").then().statusCode(200).body("items.id", hasItem(id));
        as(communeOfficer).post("/api/v1/tasks/" + id + "/acknowledgement").then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"));
        as(communeOfficer).body(Map.of("text", "Đã tổ chức 2 buổi đối thoại.", "percentDone", 50))
                .post("/api/v1/tasks/" + id + "/updates").then().statusCode(201);
        String evidence = as(communeOfficer).contentType("application/pdf").body(PDF)
                .queryParam("fileName", "bien-ban.pdf").post("/api/v1/tasks/" + id + "/attachments")
                .then().statusCode(201).extract().path("id");
        as(communeOfficer).body(Map.of("text", "Đã đối thoại với 245 hộ dân.", "attachmentIds", List.of(evidence)))
                .post("/api/v1/tasks/" + id + "/report").then().statusCode(200).body("status", equalTo("REPORTED"));
        as(coordinator).body(Map.of("comment", "Hoàn thành tốt.")).post("/api/v1/tasks/" + id + "/acceptance")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));
        as(coordinator).get("/api/v1/tasks/" + id + "/timeline").then().statusCode(200)
                .body("items.action", equalTo(List.of("ASSIGNED", "ACKNOWLEDGED", "PROGRESS", "REPORTED", "ACCEPTED")));

        String notice = as(communeOfficer).get("/api/v1/notifications").then().statusCode(200)
                .body("items.kind", hasItems("TASK_ASSIGNED", "TASK_ACCEPTED"))
                .extract().path("items.find { it.kind == 'TASK_ACCEPTED' }.id");
        as(communeOfficer).post("/api/v1/notifications/" + notice + "/read").then().statusCode(204);
        as(communeOfficer).get("/api/v1/notifications").then()
                .body("items.find { it.id == '" + notice + "' }.read", equalTo(true));
    }
}
