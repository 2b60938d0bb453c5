package vn.danvan.engagement;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.danvan.support.MariaDbTestResource;
import vn.danvan.support.Parallel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Dialogues with the people: planned, held, closed with the minutes; opinions answered or assigned as tasks. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class DialogueTest extends EngagementTestSupport {

    @BeforeEach
    void province() {
        setUpProvince();
    }

    @Test
    void aSessionIsPlannedHeldAndClosedWithItsMinutesAndItsOpinionsFollowedAsTasks() {
        String id = as(communeOfficer).body(dialogue(commune, communeChairId, TODAY.minusDays(1)))
                .post("/api/v1/dialogues").then().statusCode(201)
                .body("status", equalTo("PLANNED")).body("chairName", equalTo("Trần Văn Hùng"))
                .body("invitees[0].phone", equalTo("0905 123 456")).body("participantGroups[0]", containsString("Nông dân"))
                .extract().path("id");
        String etag = as(communeOfficer).body(Map.of()).post("/api/v1/dialogues/" + id + "/holding").then().statusCode(200)
                .body("status", equalTo("HELD")).extract().header("ETag");
        // the ETag answered is the one the record keeps: a client may send it back
        assertEquals(etag, as(communeOfficer).get("/api/v1/dialogues/" + id).then().extract().header("ETag"));
        String spot = item(id, "Đề nghị cho biết đơn giá bồi thường đất trồng lúa");
        String assigned = item(id, "Đề nghị công khai phương án bồi thường trước khi kiểm đếm");
        as(communeOfficer).body(Map.of("answer", "Đơn giá theo Quyết định của UBND tỉnh, niêm yết tại nhà văn hóa thôn."))
                .post("/api/v1/dialogue-items/" + spot + "/answer").then().statusCode(200)
                .body("status", equalTo("ANSWERED")).body("number", equalTo(1));
        String taskId = as(communeOfficer).body(Map.of("responsibleOrganizationId", communeOffice,
                        "dueDate", TODAY.plusDays(30).toString(), "commitment", "Niêm yết phương án tại nhà văn hóa thôn"))
                .post("/api/v1/dialogue-items/" + assigned + "/assignment").then().statusCode(200)
                .body("status", equalTo("ASSIGNED")).body("taskStatus", equalTo("ASSIGNED")).body("number", equalTo(2))
                .extract().path("taskId");
        // The task is an ordinary task of the office: it sees it in its inbox, with the commitment
        as(officeOfficer).get("/api/v1/tasks/" + taskId).then().statusCode(200)
                .body("leadOrganizationId", equalTo(communeOffice)).body("assigningOrganizationId", equalTo(commune))
                .body("content", containsString("Cam kết: Niêm yết"));

        as(communeOfficer).body(Map.of("resultSummary", "Đã trả lời 1 ý kiến; giao 1 kiến nghị."))
                .post("/api/v1/dialogues/" + id + "/closure").then().statusCode(400)
                .body("errors[0].field", equalTo("minutesAttachmentId"));
        String minutes = minutes(id);
        as(communeOfficer).body(Map.of("minutesAttachmentId", minutes, "resultSummary", "Đã trả lời 1 ý kiến; giao 1 kiến nghị."))
                .post("/api/v1/dialogues/" + id + "/closure").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("minutesAttachmentId", equalTo(minutes))
                .body("itemCount", equalTo(2)).body("openItemCount", equalTo(0));

        // Followed to done through the task: reported by the office, accepted by the commune
        as(officeOfficer).body(Map.of("text", "Đã niêm yết phương án ngày 05/01.")).post("/api/v1/tasks/" + taskId + "/report")
                .then().statusCode(200);
        as(communeOfficer).body(Map.of("comment", "Đạt")).post("/api/v1/tasks/" + taskId + "/acceptance").then().statusCode(200);
        as(communeOfficer).get("/api/v1/dialogues/" + id + "/items").then().statusCode(200)
                .body("items[0].status", equalTo("ANSWERED")).body("items[1].status", equalTo("DONE"))
                .body("items[1].taskStatus", equalTo("ACCEPTED"));
    }

    @Test
    void anItemAnsweredAfterItWasClosedIsRefusedAndKeepsItsAnswer() {
        String id = heldDialogue();
        String answered = item(id, "Đề nghị làm đường vào khu tái định cư");
        as(communeOfficer).body(Map.of("answer", "Đã có trong kế hoạch đầu tư công 2027.")).post("/api/v1/dialogue-items/" + answered + "/answer")
                .then().statusCode(200);
        // answered once: a second answer is refused
        as(communeOfficer).body(Map.of("answer", "Sửa câu trả lời")).post("/api/v1/dialogue-items/" + answered + "/answer")
                .then().statusCode(409).body("type", equalTo("urn:danvan:problem:invalid-state"));
        as(communeOfficer).body(Map.of("minutesAttachmentId", minutes(id), "resultSummary", "Đã trả lời 1 ý kiến."))
                .post("/api/v1/dialogues/" + id + "/closure").then().statusCode(200);
        // after closing: no answer, no assignment, no new item
        as(communeOfficer).body(Map.of("answer", "Trả lời muộn")).post("/api/v1/dialogue-items/" + answered + "/answer")
                .then().statusCode(409).body("detail", containsString("đã kết thúc"));
        as(communeOfficer).body(Map.of("responsibleOrganizationId", communeOffice, "dueDate", TODAY.plusDays(5).toString()))
                .post("/api/v1/dialogue-items/" + answered + "/assignment").then().statusCode(409);
        as(communeOfficer).body(Map.of("text", "Ý kiến mới")).post("/api/v1/dialogues/" + id + "/items").then().statusCode(409);
        as(communeOfficer).get("/api/v1/dialogues/" + id + "/items").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].answer", equalTo("Đã có trong kế hoạch đầu tư công 2027."));
    }

    @Test
    void aSessionWithAnOpenOpinionIsNotClosed() {
        String id = heldDialogue();
        item(id, "Đề nghị xem xét hỗ trợ chuyển đổi nghề");
        as(communeOfficer).body(Map.of("minutesAttachmentId", minutes(id), "resultSummary", "Kết quả"))
                .post("/api/v1/dialogues/" + id + "/closure").then().statusCode(409)
                .body("detail", containsString("1 ý kiến"));
        as(communeOfficer).get("/api/v1/dialogues/" + id).then().body("status", equalTo("HELD"));
    }

    @Test
    void aSessionLinksTheCasesItsUnitReachesAndRefusesUnknownOrForeignOnes() {
        String ownCase = openCase(communeOfficer, commune, "051195004411");
        String foreignCase = openCase(otherCommuneOfficer, otherCommune, "051195004412");
        String unknownCase = java.util.UUID.randomUUID().toString();
        Map<String, Object> refused = dialogue(commune, communeChairId, TODAY);
        refused.put("caseIds", List.of(ownCase, foreignCase, unknownCase));
        // another commune's case and a case that does not exist: both named, nothing created
        as(communeOfficer).body(refused).post("/api/v1/dialogues").then().statusCode(400)
                .body("errors.findAll { it.field == 'caseIds' }.size()", equalTo(2))
                .body("errors.findAll { it.field == 'caseIds' }.code", everyItem(equalTo("NotFound")));
        as(communeOfficer).queryParam("organizationId", commune).get("/api/v1/dialogues").then().statusCode(200)
                .body("items.size()", equalTo(0));
        Map<String, Object> linked = dialogue(commune, communeChairId, TODAY);
        linked.put("caseIds", List.of(ownCase));
        as(communeOfficer).body(linked).post("/api/v1/dialogues").then().statusCode(201)
                .body("caseIds", equalTo(List.of(ownCase)));
    }

    /** A denunciation received and accepted as a case by the unit (the case a dialogue is held about). */
    private String openCase(String officer, String unit, String idNumber) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Map<String, Object> reception = new HashMap<>();
        reception.put("organizationId", unit);
        reception.put("receivedOn", today.minusDays(2).toString());
        reception.put("receptionType", "REGULAR");
        reception.put("channel", "IN_PERSON");
        reception.put("kind", "DENUNCIATION");
        reception.put("domain", "LAND");
        reception.put("peopleCount", 1);
        reception.put("citizens", List.of(Map.of("fullName", "Trần Văn Lộc", "address", "Thôn Trường Thọ",
                "phone", "0905123456", "idType", "CCCD", "idNumber", idNumber, "representative", false)));
        reception.put("content", "Tố cáo việc lấn chiếm đất ven sông");
        reception.put("handling", "ACCEPTED");
        reception.put("receivingOfficials", List.of("Võ Minh Tâm"));
        String receptionId = as(officer).body(reception).post("/api/v1/receptions").then().statusCode(201)
                .extract().path("id");
        return as(officer).body(Map.of("receptionId", receptionId, "instance", "FIRST",
                "acceptedOn", today.minusDays(1).toString())).post("/api/v1/cases").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void theChairMustBeAnOfficialOfTheUnitOrOfAUnitAboveIt() {
        // of another commune: refused, nothing created
        as(communeOfficer).body(dialogue(commune, otherCommuneChairId, TODAY)).post("/api/v1/dialogues").then()
                .statusCode(400).body("type", equalTo("urn:danvan:problem:validation-failed"))
                .body("errors[0].field", equalTo("chairUserId")).body("errors[0].code", equalTo("NotOfUnit"))
                .body("errors[0].message", containsString("Phạm Minh Tâm"));
        // of a unit below (the commune's office): cannot answer for the commune
        as(communeOfficer).body(dialogue(commune, officeOfficialId, TODAY)).post("/api/v1/dialogues").then()
                .statusCode(400).body("errors[0].code", equalTo("NotOfUnit"));
        // no such account
        as(communeOfficer).body(dialogue(commune, java.util.UUID.randomUUID().toString(), TODAY)).post("/api/v1/dialogues")
                .then().statusCode(400).body("errors[0].code", equalTo("NotFound"));
        as(communeOfficer).queryParam("organizationId", commune).get("/api/v1/dialogues").then().statusCode(200)
                .body("items.size()", equalTo(0));
        // the head of the superior level may chair a commune's dialogue (at a dispute site)
        as(communeOfficer).body(dialogue(commune, provinceChairId, TODAY)).post("/api/v1/dialogues").then()
                .statusCode(201).body("chairName", equalTo("Nguyễn Hoàng Giang"));
    }

    @Test
    void anOfficialOfAnotherCommuneNeitherReadsNorAnswers() {
        String id = heldDialogue();
        String opinion = item(id, "Đề nghị sửa chữa cầu treo");
        as(otherCommuneOfficer).get("/api/v1/dialogues/" + id).then().statusCode(404)
                .body("type", equalTo("urn:danvan:problem:not-found"));
        as(otherCommuneOfficer).get("/api/v1/dialogues/" + id + "/items").then().statusCode(404);
        as(otherCommuneOfficer).body(Map.of("answer", "x")).post("/api/v1/dialogue-items/" + opinion + "/answer")
                .then().statusCode(404);
        as(otherCommuneOfficer).get("/api/v1/dialogues").then().statusCode(200).body("items.id", not(hasItem(id)));
        // an official of a unit below reaches only their own unit
        as(officeOfficer).get("/api/v1/dialogues/" + id).then().statusCode(404);
        // the phone is personal data: the coordinator sees it, it is stored encrypted
        as(coordinator).get("/api/v1/dialogues/" + id).then().statusCode(200)
                .body("invitees[0].phone", equalTo("0905 123 456"));
        // others in scope see it masked (a reader of the commune, the system administrator)
        as(tokenFor("VIEWER", commune)).get("/api/v1/dialogues/" + id).then().statusCode(200)
                .body("invitees[0].phone", equalTo("*********456")).body("invitees[0].name", equalTo("Nguyễn Văn Bình"));
        api().get("/api/v1/dialogues/" + id).then().statusCode(200).body("invitees[0].phone", equalTo("*********456"));
        as(communeOfficer).get("/api/v1/dialogues/" + id + "/items").then().body("items[0].status", equalTo("OPEN"));
    }

    @Test
    void twoAnswersAtOnceGiveOneAnswer() {
        String id = heldDialogue();
        String opinion = item(id, "Đề nghị lắp đèn chiếu sáng đường thôn");
        List<Integer> statuses = Parallel.run(6, i -> as(communeOfficer).body(Map.of("answer", "Trả lời số " + i))
                .post("/api/v1/dialogue-items/" + opinion + "/answer").then().extract().statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        // closing twice at once: one closes, the other finds it closed
        as(communeOfficer).body(Map.of("minutesAttachmentId", minutes(id))).post("/api/v1/dialogues/" + id + "/holding")
                .then().statusCode(409);
        List<Integer> closures = Parallel.run(4, i -> as(communeOfficer)
                .body(Map.of("resultSummary", "Kết quả " + i)).post("/api/v1/dialogues/" + id + "/closure")
                .then().extract().statusCode());
        assertFalse(closures.contains(500), closures.toString());
        as(communeOfficer).get("/api/v1/dialogues/" + id).then().body("status", equalTo("HELD"));
        String minutes = minutes(id);
        List<Integer> realClosures = Parallel.run(4, i -> as(communeOfficer)
                .body(Map.of("minutesAttachmentId", minutes, "resultSummary", "Kết quả " + i))
                .post("/api/v1/dialogues/" + id + "/closure").then().extract().statusCode());
        assertEquals(1, realClosures.stream().filter(s -> s == 200).count(), realClosures.toString());
        assertEquals(3, realClosures.stream().filter(s -> s == 409).count(), realClosures.toString());
        as(communeOfficer).get("/api/v1/dialogues/" + id).then().body("status", equalTo("CLOSED"))
                .body("resultSummary", notNullValue());
    }
}
