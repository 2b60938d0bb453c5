package vn.danvan.engagement;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.danvan.support.MariaDbTestResource;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The portal's view of dialogues: announced sessions and their results, never personal data. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class DialogueAnnouncementTest extends EngagementTestSupport {

    @BeforeEach
    void province() {
        setUpProvince();
    }

    @Test
    void aCitizensNameOrPhoneInAPublicTextIsRefusedAndNothingIsPublished() {
        String id = as(communeOfficer).body(dialogue(commune, communeChairId, TODAY.plusDays(7)))
                .post("/api/v1/dialogues").then().statusCode(201).extract().path("id");
        as(communeOfficer).body(Map.of("text", "Đối thoại với ông Nguyễn Văn Bình về bồi thường đất."))
                .post("/api/v1/dialogues/" + id + "/announcement").then().statusCode(400)
                .body("errors[0].field", equalTo("text")).body("errors[0].code", equalTo("PersonalData"))
                .body("errors[0].message", containsString("họ tên công dân"));
        // accents and case do not hide a name
        as(communeOfficer).body(Map.of("text", "Doi thoai voi ong NGUYEN VAN BINH."))
                .post("/api/v1/dialogues/" + id + "/announcement").then().statusCode(400);
        as(communeOfficer).body(Map.of("text", "Liên hệ 0905 123 456 để đăng ký phát biểu."))
                .post("/api/v1/dialogues/" + id + "/announcement").then().statusCode(400)
                .body("errors[0].code", equalTo("PersonalData"));
        anonymous().queryParam("organizationId", commune).get("/api/v1/public/dialogues").then().statusCode(200)
                .body("items.size()", equalTo(0));
        as(communeOfficer).get("/api/v1/dialogues/" + id).then().body("announcement", equalTo(null));

        as(communeOfficer).body(Map.of("text", "UBND xã tổ chức đối thoại với Nhân dân thôn Trường Thọ, 8 giờ sáng."))
                .post("/api/v1/dialogues/" + id + "/announcement").then().statusCode(200);
        String page = anonymous().queryParam("organizationId", commune).get("/api/v1/public/dialogues").then()
                .statusCode(200).body("items.id", hasItem(id)).body("items[0].status", equalTo("PLANNED"))
                .body("items[0].announcement", containsString("thôn Trường Thọ"))
                .extract().asString();
        assertFalse(page.contains("Nguyễn Văn Bình"), page);
        assertFalse(page.contains("0905"), page);
        assertFalse(page.contains("invitees"), page);
        assertFalse(page.contains(communeChairId), page);
    }

    @Test
    void theResultsArePublishedOnClosingWithoutPersonalData() {
        String id = heldDialogue();
        as(communeOfficer).body(Map.of("text", "Đối thoại về bồi thường dự án kè sông Trà Khúc.")).post("/api/v1/dialogues/" + id + "/announcement")
                .then().statusCode(200);
        String minutes = minutes(id);
        as(communeOfficer).body(Map.of("minutesAttachmentId", minutes, "resultSummary", "Ông Nguyễn Văn Bình đồng ý phương án."))
                .post("/api/v1/dialogues/" + id + "/closure").then().statusCode(400)
                .body("errors[0].field", equalTo("resultSummary"));
        as(communeOfficer).get("/api/v1/dialogues/" + id).then().body("status", equalTo("HELD"));
        as(communeOfficer).body(Map.of("minutesAttachmentId", minutes, "resultSummary", "Các hộ dân thống nhất phương án bồi thường."))
                .post("/api/v1/dialogues/" + id + "/closure").then().statusCode(200);
        anonymous().queryParam("organizationId", commune).get("/api/v1/public/dialogues").then().statusCode(200)
                .body("items[0].status", equalTo("CLOSED"))
                .body("items[0].resultSummary", equalTo("Các hộ dân thống nhất phương án bồi thường."))
                .body("items[0].itemCount", equalTo(0));
        // a cancelled session cannot be announced
        String cancelled = as(communeOfficer).body(dialogue(commune, communeChairId, TODAY.plusDays(3)))
                .post("/api/v1/dialogues").then().statusCode(201).extract().path("id");
        as(communeOfficer).body(Map.of("reason", "Hoãn do mưa bão")).post("/api/v1/dialogues/" + cancelled + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        as(communeOfficer).body(Map.of("text", "Thông báo")).post("/api/v1/dialogues/" + cancelled + "/announcement")
                .then().statusCode(409);
        anonymous().get("/api/v1/public/dialogues").then().statusCode(200).body("items.id", not(hasItem(cancelled)));
    }
}
