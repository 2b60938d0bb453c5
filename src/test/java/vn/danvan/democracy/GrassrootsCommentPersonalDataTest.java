package vn.danvan.democracy;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.danvan.platform.http.RateLimiter;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.danvan.democracy.GrassrootsDemocracyTest.CONSULTATIONS;
import static vn.danvan.democracy.GrassrootsDemocracyTest.today;

/**
 * The author of a comment (name, phone) is personal data: every answer that shows it is written to the personal-data
 * read log, as a reception's citizens are; an answer without it (a viewer's) is not; and the published decision may
 * not name them.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class GrassrootsCommentPersonalDataTest extends ApiTest {

    @Inject
    RateLimiter limiter;

    @BeforeEach
    void forgetThrottles() {
        limiter.reset(PublicGrassrootsResource.COMMENT_KEY + "127.0.0.1");
    }

    private static List<String> purposes(String coordinator, String commentId) {
        return as(coordinator).get("/api/v1/grassroots-comments/" + commentId + "/personal-data-reads").then()
                .statusCode(200).extract().jsonPath().getList("items.purpose");
    }

    @Test
    void showingACommentsAuthorIsLoggedAndAReadWithoutItIsNot() {
        GrassrootsDemocracyTest.Place p = GrassrootsDemocracyTest.place();
        String id = as(p.officer()).body(GrassrootsDemocracyTest.consultation(p.commune())).post(CONSULTATIONS).then()
                .statusCode(201).extract().path("id");
        String comments = CONSULTATIONS + "/" + id + "/comments";
        // a citizen comments through the portal, giving a name and phone: the receipt does not show them back
        anonymous().body(Map.of("content", "Đề nghị miễn đóng góp cho hộ nghèo.", "authorName", "Nguyễn Văn An",
                "authorPhone", "0912345678")).post("/api/v1/public/grassroots-consultations/" + id + "/comments").then()
                .statusCode(201).body("$", not(hasKey("authorName")));
        // a viewer reads the comments without the author: nothing logged
        String viewer = tokenFor("VIEWER", p.commune());
        String comment = as(viewer).get(comments).then().statusCode(200).body("items[0]", not(hasKey("authorName")))
                .extract().path("items[0].id");
        assertEquals(List.of(), purposes(p.coordinator(), comment));
        // the commune's officer reads them with the author: logged as a list
        as(p.officer()).get(comments).then().statusCode(200).body("items[0].authorName", equalTo("Nguyễn Văn An"));
        assertEquals(List.of("LIST"), purposes(p.coordinator(), comment));

        // a comment recorded at a meeting with its author: the answer shows it, logged; replayed, logged again
        String key = UUID.randomUUID().toString();
        Map<String, Object> atMeeting = Map.of("channel", "MEETING", "content", "Đề nghị làm rõ thời gian thi công.",
                "receivedOn", today().toString(), "authorName", "Trần Thị Bích", "authorPhone", "0987654321");
        String recorded = as(p.officer()).header("Idempotency-Key", key).body(atMeeting).post(comments).then()
                .statusCode(201).body("authorPhone", equalTo("0987654321")).extract().path("id");
        as(p.officer()).header("Idempotency-Key", key).body(atMeeting).post(comments).then().statusCode(201)
                .header("Idempotent-Replayed", "true");
        assertEquals(List.of("READ", "READ"), purposes(p.coordinator(), recorded));
        // one without an author is never logged, whoever reads it
        String anonymousOne = as(p.officer()).body(Map.of("channel", "WRITTEN", "content", "Ủng hộ chủ trương.",
                "receivedOn", today().toString())).post(comments).then().statusCode(201).extract().path("id");
        as(p.officer()).queryParam("pageSize", 200).get(comments).then().statusCode(200);
        assertEquals(List.of(), purposes(p.coordinator(), anonymousOne));
        assertEquals(List.of("LIST", "READ", "READ"), purposes(p.coordinator(), recorded));

        // the log is the coordinators', within their scope
        as(p.officer()).get("/api/v1/grassroots-comments/" + comment + "/personal-data-reads").then().statusCode(403);
        as(tokenFor("COORDINATOR", createProvince(unique("UBND tỉnh"))))
                .get("/api/v1/grassroots-comments/" + comment + "/personal-data-reads").then().statusCode(404);
    }

    @Test
    void aPublishedDecisionMayNotNameThoseWhoCommented() {
        GrassrootsDemocracyTest.Place p = GrassrootsDemocracyTest.place();
        Map<String, Object> plan = new java.util.HashMap<>(Map.of("organizationId", p.commune(),
                "dutyCode", "COMMENT_LAND_USE_PLAN", "question", "Góp ý dự thảo kế hoạch sử dụng đất năm 2027 của xã?",
                "opensOn", today().minusDays(2).toString(), "closesOn", today().plusDays(20).toString()));
        String id = as(p.officer()).body(plan).post(CONSULTATIONS).then().statusCode(201).extract().path("id");
        anonymous().body(Map.of("content", "Cần giữ lại đất sân bóng thôn.", "authorName", "Lê Văn Tám"))
                .post("/api/v1/public/grassroots-consultations/" + id + "/comments").then().statusCode(201);
        as(p.officer()).header("If-Match", "\"0\"").body(Map.of("decision",
                        "Tiếp thu ý kiến của ông Lê Văn Tám, giữ lại đất sân bóng.", "decidedOn", today().toString()))
                .post(CONSULTATIONS + "/" + id + "/closing").then().statusCode(400)
                .body("errors[0].field", equalTo("decision")).body("errors[0].code", equalTo("PersonalData"));
        as(p.officer()).header("If-Match", "\"0\"").body(Map.of("decision",
                        "Tiếp thu ý kiến của Nhân dân, giữ lại đất sân bóng.", "decidedOn", today().toString()))
                .post(CONSULTATIONS + "/" + id + "/closing").then().statusCode(200);
    }
}
