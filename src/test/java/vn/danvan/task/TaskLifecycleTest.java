package vn.danvan.task;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.danvan.platform.time.AppClock;
import vn.danvan.support.MariaDbTestResource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class TaskLifecycleTest extends TaskTestSupport {

    @Inject
    AppClock clock;

    @BeforeEach
    void setUp() {
        setUpProvince();
        // after the sign-ins: tokens are checked against the real time
        clock.set(Clock.fixed(Instant.parse("2026-06-01T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    @AfterEach
    void resetClock() {
        clock.set(null);
    }

    @Test
    void aTaskGoesFromAssignmentToAcceptanceWithReportEvidenceAndATimeline() {
        String id = assign(commune, "2026-09-20");
        as(communeOfficer).get("/api/v1/tasks/inbox").then().statusCode(200).body("items.id", hasItem(id));
        as(communeOfficer).post("/api/v1/tasks/" + id + "/acknowledgement").then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"));
        as(communeOfficer).body(Map.of("text", "Đã tổ chức 2 buổi đối thoại tại thôn Mỹ Lai.", "percentDone", 40))
                .post("/api/v1/tasks/" + id + "/updates").then().statusCode(201).body("kind", equalTo("PROGRESS"));
        String evidence = as(communeOfficer).contentType("application/pdf").body(PDF)
                .queryParam("fileName", "bien-ban-doi-thoai.pdf").post("/api/v1/tasks/" + id + "/attachments")
                .then().statusCode(201).extract().path("id");
        // a photo as generated clients send it (application/octet-stream): recognised as a JPEG by its content
        as(communeOfficer).contentType("application/octet-stream")
                .body(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0})
                .queryParam("fileName", "doi-thoai.jpg").post("/api/v1/tasks/" + id + "/attachments")
                .then().statusCode(201).body("contentType", equalTo("image/jpeg"));
        as(communeOfficer).body(Map.of("text", "Đã tổ chức 3 buổi đối thoại với 245 hộ dân.", "attachmentIds", List.of(evidence)))
                .post("/api/v1/tasks/" + id + "/report").then().statusCode(200)
                .body("status", equalTo("REPORTED")).body("reportedOn", equalTo("2026-06-01"))
                .body("reportAttachmentIds", hasItem(evidence));
        // the lead cannot accept its own report
        as(communeOfficer).body(Map.of()).post("/api/v1/tasks/" + id + "/acceptance").then().statusCode(403);
        as(coordinator).body(Map.of("reason", "Chưa có số liệu cụ thể.")).post("/api/v1/tasks/" + id + "/return")
                .then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("decisionNote", equalTo("Chưa có số liệu cụ thể."));
        as(communeOfficer).body(Map.of("text", "Bổ sung số liệu: 245 hộ, 100% kiến nghị được trả lời."))
                .post("/api/v1/tasks/" + id + "/report").then().statusCode(200);
        as(coordinator).body(Map.of("comment", "Hoàn thành tốt.")).post("/api/v1/tasks/" + id + "/acceptance")
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).body("completedLate", equalTo(false))
                .body("overdue", equalTo(false));
        as(coordinator).get("/api/v1/tasks/" + id + "/timeline").then().statusCode(200)
                .body("items.action", equalTo(List.of("ASSIGNED", "ACKNOWLEDGED", "PROGRESS", "REPORTED", "RETURNED",
                        "REPORTED", "ACCEPTED")));
        as(communeOfficer).get("/api/v1/notifications").then().statusCode(200)
                .body("items.kind", hasItems("TASK_ASSIGNED", "TASK_RETURNED", "TASK_ACCEPTED"))
                .body("items.find { it.kind == 'TASK_RETURNED' }.title", org.hamcrest.Matchers.startsWith("Báo cáo bị trả lại: "));
        // Each reader in their own language.
        as(communeOfficer).header("Accept-Language", "en").get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.kind == 'TASK_RETURNED' }.title", org.hamcrest.Matchers.startsWith("Report returned: "));
    }

    @Test
    void theLeadUnitPutsOneOfItsOfficialsInCharge() {
        String id = assign(commune, "2026-09-20");
        String assignee = "/api/v1/tasks/" + id + "/assignee";
        String divisionOfficial = as(divisionOfficer).get("/api/v1/users/me").then().statusCode(200).extract().path("id");
        String outsider = as(otherCommuneOfficer).get("/api/v1/users/me").then().statusCode(200).extract().path("id");
        int version = as(communeOfficer).get("/api/v1/tasks/" + id).then().extract().path("version");

        // bad inputs and wrong callers: a clear answer and nothing changes
        as(communeOfficer).body(Map.of("assigneeUserId", outsider)).post(assignee).then().statusCode(400)
                .body("errors.field", hasItem("assigneeUserId")).body("errors.code", hasItem("notInLeadUnit"));
        as(communeOfficer).body(Map.of("assigneeUserId", java.util.UUID.randomUUID().toString())).post(assignee)
                .then().statusCode(400).body("errors.code", hasItem("NotFound"));
        as(coordinator).body(Map.of("assigneeUserId", divisionOfficial)).post(assignee).then().statusCode(403)
                .body("type", equalTo("urn:danvan:problem:forbidden"));
        as(otherCommuneOfficer).body(Map.of("assigneeUserId", divisionOfficial)).post(assignee).then().statusCode(404)
                .body("type", equalTo("urn:danvan:problem:not-found"));
        as(communeOfficer).get("/api/v1/tasks/" + id).then().body("version", equalTo(version))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("assigneeUserId")));

        // an official of a unit below the lead is put in charge: it is in that official's own inbox
        as(communeOfficer).body(Map.of("assigneeUserId", divisionOfficial)).post(assignee).then().statusCode(200)
                .body("assigneeUserId", equalTo(divisionOfficial)).body("assigneeName", equalTo("Cán bộ OFFICER"));
        as(divisionOfficer).get("/api/v1/tasks/inbox?relation=ASSIGNEE").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        as(communeOfficer).get("/api/v1/tasks/inbox?relation=ASSIGNEE").then().statusCode(200)
                .body("items", hasSize(0));

        // taken back, then not possible once the task is accepted (409 naming the status)
        as(communeOfficer).delete(assignee).then().statusCode(200)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("assigneeUserId")));
        as(divisionOfficer).get("/api/v1/tasks/inbox?relation=ASSIGNEE").then().body("items", hasSize(0));
        as(communeOfficer).body(Map.of("text", "Đã hoàn thành đối thoại.")).post("/api/v1/tasks/" + id + "/report")
                .then().statusCode(200);
        as(coordinator).body(Map.of()).post("/api/v1/tasks/" + id + "/acceptance").then().statusCode(200);
        as(communeOfficer).body(Map.of("assigneeUserId", divisionOfficial)).post(assignee).then().statusCode(409)
                .body("detail", containsString("đã hoàn thành"));
    }

    @Test
    void aTransitionTheStatusDoesNotAllowIsAConflictNamingTheStatusAndChangesNothing() {
        String id = assign(commune, "2026-09-20");
        as(coordinator).body(Map.of()).post("/api/v1/tasks/" + id + "/acceptance").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:danvan:problem:invalid-state"))
                .body("detail", containsString("đã giao"));
        as(coordinator).header("Accept-Language", "en").body(Map.of()).post("/api/v1/tasks/" + id + "/acceptance")
                .then().statusCode(409).body("detail", containsString("assigned"));
        as(coordinator).get("/api/v1/tasks/" + id).then().body("status", equalTo("ASSIGNED")).body("version", equalTo(0));
    }

    @Test
    void badAssignmentsAreRefusedWithTheFieldNamedAndNothingIsCreated() {
        int before = as(coordinator).get("/api/v1/tasks?pageSize=200").then().extract().path("items.size()");
        Map<String, Object> dueBeforeStart = task(commune, "2026-01-10");
        invalidRequest().auth().oauth2(coordinator).body(dueBeforeStart).post("/api/v1/tasks").then().statusCode(400)
                .body("errors.field", hasItem("dueDate"));
        Map<String, Object> dueBeforeIssue = task(commune, "2025-08-01");
        dueBeforeIssue.remove("startDate");
        invalidRequest().auth().oauth2(coordinator).body(dueBeforeIssue).post("/api/v1/tasks").then().statusCode(400)
                .body("errors.code", hasItem("beforeIssue"));
        String foreign = createProvince(unique("UBND tỉnh khác"));
        invalidRequest().auth().oauth2(coordinator).body(task(foreign, "2026-09-20")).post("/api/v1/tasks").then()
                .statusCode(400).body("errors.field", hasItem("leadOrganizationId"));
        Map<String, Object> leadAsCoordinator = task(commune, "2026-09-20");
        leadAsCoordinator.put("coordinatingOrganizationIds", List.of(commune));
        invalidRequest().auth().oauth2(coordinator).body(leadAsCoordinator).post("/api/v1/tasks").then().statusCode(400)
                .body("errors.code", hasItem("leadAlsoCoordinator"));
        // a commune official cannot hand work to a sibling commune
        Map<String, Object> sideways = task(otherCommune, "2026-09-20");
        sideways.remove("assigningOrganizationId");
        invalidRequest().auth().oauth2(communeOfficer).body(sideways).post("/api/v1/tasks").then().statusCode(400)
                .body("errors.field", hasItem("leadOrganizationId"));
        as(coordinator).get("/api/v1/tasks?pageSize=200").then().body("items", hasSize(before));
    }

    @Test
    void extensionsMoveTheDeadlineOnlyWhenApprovedAndKeepItsHistory() {
        String id = assign(commune, "2026-09-20");
        invalidRequest().auth().oauth2(communeOfficer).body(Map.of("requestedDueDate", "2026-05-01", "reason", "Chờ đo đạc"))
                .post("/api/v1/tasks/" + id + "/extensions").then().statusCode(400)
                .body("errors.field", hasItem("requestedDueDate"));
        String first = as(communeOfficer).body(Map.of("requestedDueDate", "2026-10-15", "reason", "Chờ kết quả đo đạc"))
                .post("/api/v1/tasks/" + id + "/extensions").then().statusCode(201).body("status", equalTo("PENDING"))
                .extract().path("id");
        as(communeOfficer).body(Map.of("requestedDueDate", "2026-10-30", "reason", "Thêm thời gian"))
                .post("/api/v1/tasks/" + id + "/extensions").then().statusCode(409);
        as(coordinator).body(Map.of("comment", "Đồng ý")).post("/api/v1/tasks/" + id + "/extensions/" + first + "/approval")
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        as(coordinator).body(Map.of()).post("/api/v1/tasks/" + id + "/extensions/" + first + "/refusal")
                .then().statusCode(409);
        as(coordinator).get("/api/v1/tasks/" + id).then().body("dueDate", equalTo("2026-10-15"))
                .body("originalDueDate", equalTo("2026-09-20"));
        as(coordinator).get("/api/v1/tasks/" + id + "/extensions").then().body("items", hasSize(1))
                .body("items[0].previousDueDate", equalTo("2026-09-20"));
    }

    @Test
    void aRecurringReportCreatesOneOccurrencePerPeriodAndImpossibleDaysAreRefused() {
        Map<String, Object> recurring = new java.util.HashMap<>(task(commune, "2026-09-20"));
        recurring.remove("dueDate");
        recurring.remove("startDate");
        recurring.put("itemNumber", "9");
        recurring.put("recurrence", Map.of("frequency", "YEARLY", "dueMonth", 9, "dueDay", 20,
                "fromDate", "2026-01-01", "untilDate", "2030-12-31"));
        as(coordinator).body(recurring).post("/api/v1/tasks/recurring").then().statusCode(201)
                .body("items", hasSize(5)).body("items.periodLabel", equalTo(List.of("2026", "2027", "2028", "2029", "2030")))
                .body("items[0].dueDate", equalTo("2026-09-20")).body("items[0].periodStart", equalTo("2025-12-15"));
        recurring.put("recurrence", Map.of("frequency", "QUARTERLY", "dueDay", 20, "fromDate", "2026-01-01",
                "untilDate", "2026-12-31"));
        as(coordinator).body(recurring).post("/api/v1/tasks/recurring").then().statusCode(201)
                .body("items.periodLabel", equalTo(List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4")))
                .body("items[2].periodStart", equalTo("2026-06-15")).body("items[2].periodEnd", equalTo("2026-09-14"));
        int before = as(coordinator).get("/api/v1/tasks?pageSize=200").then().extract().path("items.size()");
        recurring.put("recurrence", Map.of("frequency", "YEARLY", "dueMonth", 2, "dueDay", 31,
                "fromDate", "2026-01-01", "untilDate", "2030-12-31"));
        invalidRequest().auth().oauth2(coordinator).body(recurring).post("/api/v1/tasks/recurring").then().statusCode(400)
                .body("errors.field", hasItem("recurrence.dueDay")).body("errors.message", hasItem(containsString("31/2")));
        recurring.put("recurrence", Map.of("frequency", "MONTHLY", "dueDay", 31, "fromDate", "2026-01-01",
                "untilDate", "2026-12-31"));
        invalidRequest().auth().oauth2(coordinator).body(recurring).post("/api/v1/tasks/recurring").then().statusCode(400);
        as(coordinator).get("/api/v1/tasks?pageSize=200").then().body("items", hasSize(before));
    }

    @Test
    void theLeadPassesWorkDownAndTheParentRollsUpItsChildren() {
        String parent = assign(commune, "2026-09-20");
        invalidRequest().auth().oauth2(communeOfficer).body(Map.of("leadOrganizationId", otherCommune))
                .post("/api/v1/tasks/" + parent + "/delegations").then().statusCode(400)
                .body("errors.field", hasItem("leadOrganizationId"));
        invalidRequest().auth().oauth2(communeOfficer).body(Map.of("leadOrganizationId", communeDivision,
                "dueDate", "2026-10-01")).post("/api/v1/tasks/" + parent + "/delegations").then().statusCode(400)
                .body("errors.field", hasItem("dueDate"));
        String child = as(communeOfficer).body(Map.of("leadOrganizationId", communeDivision, "title",
                        "Đối thoại tại thôn Mỹ Lai", "dueDate", "2026-09-10"))
                .post("/api/v1/tasks/" + parent + "/delegations").then().statusCode(201)
                .body("parentTaskId", equalTo(parent)).body("assigningOrganizationId", equalTo(commune))
                .extract().path("id");
        String division = divisionOfficer;
        as(division).body(Map.of("text", "Đã triển khai", "percentDone", 50)).post("/api/v1/tasks/" + child + "/updates")
                .then().statusCode(201);
        as(coordinator).get("/api/v1/tasks/" + parent).then().statusCode(200)
                .body("children.total", equalTo(1)).body("children.percentDone", equalTo(50))
                .body("children.byStatus.IN_PROGRESS", equalTo(1));
        as(coordinator).get("/api/v1/tasks/" + parent + "/children").then().body("items.id", equalTo(List.of(child)));
        // the division cannot see the parent's siblings' work
        as(division).get("/api/v1/tasks/" + parent).then().statusCode(404);
    }

    @Test
    void coordinatingUnitsContributeWithoutSettingProgressAndCancellingReachesDelegatedWork() {
        Map<String, Object> body = task(commune, "2026-09-20");
        body.put("coordinatingOrganizationIds", List.of(otherCommune));
        String id = as(coordinator).body(body).post("/api/v1/tasks").then().statusCode(201).extract().path("id");
        as(otherCommuneOfficer).get("/api/v1/tasks/inbox?relation=COORDINATING").then().body("items.id", hasItem(id));
        invalidRequest().auth().oauth2(otherCommuneOfficer).body(Map.of("text", "Đã phối hợp.", "percentDone", 50))
                .post("/api/v1/tasks/" + id + "/updates").then().statusCode(400).body("errors.field", hasItem("percentDone"));
        as(otherCommuneOfficer).body(Map.of("text", "Đã cử 2 cán bộ phối hợp tuyên truyền."))
                .post("/api/v1/tasks/" + id + "/updates").then().statusCode(201).body("kind", equalTo("CONTRIBUTION"))
                .body("organizationId", equalTo(otherCommune));
        as(coordinator).get("/api/v1/tasks/" + id).then().body("status", equalTo("ASSIGNED")).body("percentDone", equalTo(0));
        // the coordinating unit does not act for the lead
        as(otherCommuneOfficer).post("/api/v1/tasks/" + id + "/acknowledgement").then().statusCode(403);

        String child = as(communeOfficer).body(Map.of("leadOrganizationId", communeDivision))
                .post("/api/v1/tasks/" + id + "/delegations").then().statusCode(201).extract().path("id");
        as(coordinator).body(Map.of("reason", "Lồng ghép vào Kế hoạch số 120/KH-UBND."))
                .post("/api/v1/tasks/" + id + "/cancellation").then().statusCode(200).body("status", equalTo("CANCELLED"));
        as(divisionOfficer).get("/api/v1/tasks/" + child).then().body("status", equalTo("CANCELLED"))
                .body("decisionNote", equalTo("Lồng ghép vào Kế hoạch số 120/KH-UBND."));
        as(coordinator).body(Map.of("reason", "Hủy lần hai")).post("/api/v1/tasks/" + id + "/cancellation")
                .then().statusCode(409);
    }

    @Test
    void aRetriedUploadWithItsKeyStoresTheFileOnceAndAnotherFileUnderTheSameKeyIsRefused() {
        String id = assign(commune, "2026-09-20");
        String key = java.util.UUID.randomUUID().toString();
        String first = as(communeOfficer).header("Idempotency-Key", key).contentType("application/pdf").body(PDF)
                .queryParam("fileName", "bao-cao.pdf").post("/api/v1/tasks/" + id + "/attachments")
                .then().statusCode(201).extract().path("id");
        as(communeOfficer).header("Idempotency-Key", key).contentType("application/pdf").body(PDF)
                .queryParam("fileName", "bao-cao.pdf").post("/api/v1/tasks/" + id + "/attachments")
                .then().statusCode(201).body("id", equalTo(first));
        byte[] other = java.util.Arrays.copyOf(PDF, PDF.length + 10);
        as(communeOfficer).header("Idempotency-Key", key).contentType("application/pdf").body(other)
                .queryParam("fileName", "bao-cao.pdf").post("/api/v1/tasks/" + id + "/attachments")
                .then().statusCode(422);
        as(communeOfficer).get("/api/v1/tasks/" + id + "/attachments").then().body("items", hasSize(1));
        // a report cannot cite a file of another task
        String otherTask = assign(commune, "2026-09-20");
        invalidRequest().auth().oauth2(communeOfficer).body(Map.of("text", "Báo cáo", "attachmentIds", List.of(first)))
                .post("/api/v1/tasks/" + otherTask + "/report").then().statusCode(400)
                .body("errors.field", hasItem("attachmentIds"));
        as(communeOfficer).get("/api/v1/tasks/" + otherTask).then().body("status", equalTo("ASSIGNED"));
    }

    @Test
    void twoOfficialsAcceptingAtOnceGetOneAcceptanceAndOneConflict() throws Exception {
        String id = assign(commune, "2026-09-20");
        as(communeOfficer).body(Map.of("text", "Hoàn thành.")).post("/api/v1/tasks/" + id + "/report").then().statusCode(200);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<Integer> accept = () -> as(coordinator).body(Map.of())
                    .post("/api/v1/tasks/" + id + "/acceptance").then().extract().statusCode();
            List<Integer> codes = new java.util.ArrayList<>();
            for (var f : pool.invokeAll(List.of(accept, accept))) {
                codes.add(f.get());
            }
            java.util.Collections.sort(codes);
            org.junit.jupiter.api.Assertions.assertEquals(List.of(200, 409), codes);
        } finally {
            pool.shutdown();
        }
        as(coordinator).get("/api/v1/tasks/" + id + "/timeline").then()
                .body("items.findAll { it.action == 'ACCEPTED' }", hasSize(1));
    }
}
