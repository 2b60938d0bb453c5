package vn.danvan.engagement;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.danvan.support.MariaDbTestResource;

import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * The citizens invited to a dialogue are personal data: every answer that shows them in clear (their phones unmasked)
 * is written to the personal-data read log, as a reception's citizens are; an answer that masks them is not.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class DialoguePersonalDataTest extends EngagementTestSupport {

    /** 0905 123 456 as those who may not see it read it. */
    private static final org.hamcrest.Matcher<String> MASKED = org.hamcrest.Matchers.allOf(
            org.hamcrest.Matchers.startsWith("****"), org.hamcrest.Matchers.endsWith("456"));

    @BeforeEach
    void province() {
        setUpProvince();
    }

    private List<String> purposes(String dialogueId) {
        return as(coordinator).get("/api/v1/dialogues/" + dialogueId + "/personal-data-reads").then().statusCode(200)
                .extract().jsonPath().getList("items.purpose");
    }

    @Test
    void readingASessionWithItsInviteesInClearIsLoggedAndAMaskedReadIsNot() {
        String key = UUID.randomUUID().toString();
        String id = as(communeOfficer).header("Idempotency-Key", key)
                .body(dialogue(commune, communeChairId, TODAY.plusDays(3))).post("/api/v1/dialogues").then()
                .statusCode(201).body("invitees[0].phone", equalTo("0905 123 456")).extract().path("id");
        // the organising unit's officer saw the phone in clear when creating it
        assertPurposes(id, "READ");

        // a viewer of the commune and an officer of the province see the phone masked: nothing is logged
        String viewer = tokenFor("VIEWER", commune);
        as(viewer).get("/api/v1/dialogues/" + id).then().statusCode(200)
                .body("invitees[0].phone", MASKED).body("invitees[0].name", equalTo("Nguyễn Văn Bình"));
        as(viewer).queryParam("organizationId", commune).get("/api/v1/dialogues").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].invitees[0].phone", MASKED);
        as(tokenFor("OFFICER", province)).get("/api/v1/dialogues/" + id).then().statusCode(200)
                .body("invitees[0].phone", MASKED);
        assertPurposes(id, "READ");

        // read in clear, alone and in a list; the same creation replayed shows it again
        as(communeOfficer).get("/api/v1/dialogues/" + id).then().statusCode(200)
                .body("invitees[0].phone", equalTo("0905 123 456"));
        as(communeOfficer).queryParam("organizationId", commune).get("/api/v1/dialogues").then().statusCode(200)
                .body("items[0].invitees[0].phone", equalTo("0905 123 456"));
        as(communeOfficer).header("Idempotency-Key", key).body(dialogue(commune, communeChairId, TODAY.plusDays(3)))
                .post("/api/v1/dialogues").then().statusCode(201).header("Idempotent-Replayed", "true");
        assertPurposes(id, "READ", "READ", "LIST", "READ");
        as(coordinator).get("/api/v1/dialogues/" + id + "/personal-data-reads").then()
                .body("items[0].actorName", org.hamcrest.Matchers.startsWith("officer."));

        // the log is the coordinators' to read, and follows their scope
        as(communeOfficer).get("/api/v1/dialogues/" + id + "/personal-data-reads").then().statusCode(403);
        String elsewhere = createProvince(unique("UBND tỉnh"));
        as(tokenFor("COORDINATOR", elsewhere)).get("/api/v1/dialogues/" + id + "/personal-data-reads").then()
                .statusCode(404);
    }

    @Test
    void aSessionWithoutAnyoneInvitedByNameIsNotLoggedButItsMinutesAre() {
        var body = dialogue(commune, communeChairId, TODAY.plusDays(3));
        body.put("invitees", List.of(java.util.Map.of("kind", "GROUP", "name", "Các hộ dân thôn Trường Thọ",
                "headcount", 23)));
        String id = as(communeOfficer).body(body).post("/api/v1/dialogues").then().statusCode(201).extract().path("id");
        as(communeOfficer).get("/api/v1/dialogues/" + id).then().statusCode(200);
        assertPurposes(id);
        // the minutes name the people present: a download is a read
        String held = heldDialogue();
        String minutes = minutes(held);
        int before = purposes(held).size();
        as(viewerOf(commune)).accept("application/pdf")
                .get("/api/v1/dialogues/" + held + "/attachments/" + minutes + "/content").then().statusCode(200)
                .header("Cache-Control", "no-store");
        assertEquals(before + 1, purposes(held).size());
    }

    private static String viewerOf(String unit) {
        return tokenFor("VIEWER", unit);
    }

    private void assertPurposes(String dialogueId, String... newestLast) {
        List<String> expected = new java.util.ArrayList<>(List.of(newestLast));
        java.util.Collections.reverse(expected);
        assertEquals(expected, purposes(dialogueId));
    }

    private static void assertEquals(Object expected, Object actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }
}
