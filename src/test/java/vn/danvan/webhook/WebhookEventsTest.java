package vn.danvan.webhook;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.danvan.mobilization.showcase.ShowcaseResource;
import vn.danvan.platform.http.RateLimiter;
import vn.danvan.support.MariaDbTestResource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What each event carries: the portal hears how its own petitions go on (and no other client does), published results
 * and models exactly as the public endpoints show them, and never a citizen's personal data.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class WebhookEventsTest extends WebhookTestSupport {

    static final String NAME = "Đinh Thị Hoa";
    static final String ID_NUMBER = "051195007788";
    static final String PHONE = "0915222333";
    static final String ADDRESS = "Thôn Phước Thịnh, xã Minh Long";
    static final String CONTENT = "Đề nghị xử lý cơ sở chế biến mủ cao su gây ô nhiễm nguồn nước thôn Phước Thịnh";

    @Inject
    RateLimiter limiter;

    @Test
    void thePortalFollowsItsPetitionWithoutAnyPersonalDataAndOtherClientsHearNothingOfIt() {
        Receiver mine = receiver();
        Receiver others = receiver();
        Subscribed subscription = subscribe(portal, mine.url(), "PETITION_RECEIVED", "PETITION_ACCEPTED",
                "PETITION_TRANSFERRED", "PETITION_ANSWERED", "CASE_RESULT_PUBLISHED");
        String otherPortal = tokenFor("PORTAL_CLIENT", commune);
        subscribe(otherPortal, others.url(), "PETITION_RECEIVED", "PETITION_ACCEPTED", "PETITION_ANSWERED",
                "CASE_RESULT_PUBLISHED");

        Map<String, Object> citizen = Map.of("fullName", NAME, "address", ADDRESS, "phone", PHONE, "idType", "CCCD",
                "idNumber", ID_NUMBER);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Response receipt = as(portal).body(Map.of("portalReference", unique("DVC").replace(" ", "-"),
                "organizationId", commune, "submittedOn", today.toString(), "kind", "PETITION",
                "domain", "ENVIRONMENT", "content", CONTENT, "citizen", citizen, "concernedAddress", ADDRESS))
                .post("/api/v1/portal/petitions");
        receipt.then().statusCode(201);
        String receptionId = receipt.path("receptionId");
        String trackingCode = receipt.path("trackingCode");

        // The commune accepts it (a correction of the book's handling), opens a case and decides it, publishing the result.
        String etag = as(officer).get("/api/v1/receptions/" + receptionId).then().statusCode(200).extract().header("ETag");
        Map<String, Object> update = new HashMap<>(Map.of("receivedOn", today.toString(), "receptionType", "REGULAR",
                "channel", "ONLINE_PORTAL", "kind", "PETITION", "domain", "ENVIRONMENT", "peopleCount", 1,
                "citizens", List.of(citizen), "content", CONTENT, "handling", "ACCEPTED"));
        as(officer).header("If-Match", etag).body(update).put("/api/v1/receptions/" + receptionId).then().statusCode(200);
        String caseId = as(officer).body(Map.of("receptionId", receptionId, "instance", "FIRST",
                "acceptedOn", today.toString())).post("/api/v1/cases").then().statusCode(201).extract().path("id");
        as(officer).body(Map.of("status", "VERIFYING", "changedOn", today.toString()))
                .post("/api/v1/cases/" + caseId + "/transitions").then().statusCode(200);
        as(officer).body(Map.of("number", "77/QĐ-UBND", "decidedOn", today.toString(),
                        "summary", "Yêu cầu cơ sở khắc phục ô nhiễm", "publishResult", true,
                        "publicSummary", "Kiến nghị về ô nhiễm nguồn nước đúng; UBND xã yêu cầu cơ sở khắc phục."))
                .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(200);

        deliverUntil(() -> mine.succeeded().size() == 4 && others.succeeded().stream()
                .anyMatch(h -> "CASE_RESULT_PUBLISHED".equals(h.type()) && caseId.equals(h.subjectId())));

        List<Receiver.Hit> petition = mine.hits().stream().filter(h -> receptionId.equals(h.subjectId())).toList();
        assertEquals(List.of("PETITION_RECEIVED", "PETITION_ACCEPTED", "PETITION_ANSWERED"),
                petition.stream().map(Receiver.Hit::type).toList());
        assertEquals(List.of("RECEIVED", "BEING_RESOLVED", "RESOLVED"),
                petition.stream().map(h -> h.data().get("stage")).toList());
        assertTrue(petition.stream().allMatch(h -> trackingCode.equals(h.data().get("trackingCode"))));
        assertEquals("77/QĐ-UBND", petition.get(2).data().get("decisionNumber"));
        assertTrue(mine.hits().stream().allMatch(h -> h.signedWith(subscription.secret())));
        // What the citizen's own status look-up shows, no more.
        limiter.reset("petition-status:127.0.0.1");
        Map<String, Object> status = json(anonymous().header("X-Petition-Secret", (String) receipt.path("secret"))
                .get("/api/v1/public/petitions/" + trackingCode).then().statusCode(200).extract().asString());
        assertEquals(status, petition.get(2).data());

        // Another client hears of the public result, never of the petition.
        assertTrue(others.hits().stream().noneMatch(h -> receptionId.equals(h.subjectId())));
        Map<String, Object> result = mine.hits().stream().filter(h -> "CASE_RESULT_PUBLISHED".equals(h.type()))
                .findFirst().orElseThrow().data();
        List<Map<String, Object>> published = anonymous().get("/api/v1/public/case-results?organizationId=" + commune)
                .then().statusCode(200).extract().path("items");
        assertEquals(published.stream().filter(r -> caseId.equals(r.get("caseId"))).findFirst().orElseThrow(), result);

        List<Receiver.Hit> everything = new ArrayList<>(mine.hits());
        everything.addAll(others.hits());
        for (Receiver.Hit hit : everything) {
            for (String personal : List.of(NAME, ID_NUMBER, PHONE, ADDRESS, CONTENT, "Phước Thịnh", "Đinh")) {
                assertFalse(hit.body().contains(personal), hit.type() + " carries " + personal + ": " + hit.body());
            }
        }
    }

    @Test
    void aWithdrawnResultIsAnnouncedWithItsIdOnly() {
        Receiver receiver = receiver();
        subscribe(portal, receiver.url(), "CASE_RESULT_PUBLISHED", "CASE_RESULT_WITHDRAWN");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Map<String, Object> record = new HashMap<>(Map.of("organizationId", commune,
                "receivedOn", today.minusDays(3).toString(), "receptionType", "REGULAR", "channel", "IN_PERSON",
                "kind", "COMPLAINT", "domain", "LAND", "peopleCount", 1,
                "citizens", List.of(Map.of("fullName", NAME, "idType", "CCCD", "idNumber", ID_NUMBER)),
                "content", CONTENT, "handling", "ACCEPTED"));
        String receptionId = as(officer).body(record).post("/api/v1/receptions").then().statusCode(201).extract().path("id");
        String caseId = as(officer).body(Map.of("receptionId", receptionId, "instance", "FIRST",
                "acceptedOn", today.minusDays(1).toString())).post("/api/v1/cases").then().statusCode(201).extract().path("id");
        as(officer).body(Map.of("status", "VERIFYING", "changedOn", today.toString()))
                .post("/api/v1/cases/" + caseId + "/transitions").then().statusCode(200);
        String etag = as(officer).body(Map.of("number", "78/QĐ-UBND", "decidedOn", today.toString(), "summary", "Bác",
                        "publishResult", true, "publicSummary", "Khiếu nại về đất không có cơ sở."))
                .post("/api/v1/cases/" + caseId + "/decision").then().statusCode(200).extract().header("ETag");
        as(coordinator).header("If-Match", etag).body(Map.of("reason", "Nêu địa danh quá cụ thể"))
                .post("/api/v1/cases/" + caseId + "/published-result/withdrawal").then().statusCode(200);

        deliverUntil(() -> receiver.succeeded().size() == 2);

        assertEquals(List.of("CASE_RESULT_PUBLISHED", "CASE_RESULT_WITHDRAWN"),
                receiver.hits().stream().map(Receiver.Hit::type).toList());
        assertEquals(Map.of("id", caseId, "organizationId", commune), receiver.hits().get(1).data());
        assertFalse(receiver.hits().get(1).body().contains("Nêu địa danh"), "the withdrawal's reason stays inside");
    }

    @Test
    void aPublishedModelIsSentAsTheShowcaseShowsItWithoutTheExemplarsContactAndItsRemovalFollows() {
        Receiver receiver = receiver();
        subscribe(portal, receiver.url(), "MOBILIZATION_MODEL_PUBLISHED", "MOBILIZATION_MODEL_UNPUBLISHED");
        String model = recognizedExemplar();
        String etag = api().post("/api/v1/mobilization-models/" + model + "/publication").then().statusCode(200)
                .extract().header("ETag");
        api().header("If-Match", etag).delete("/api/v1/mobilization-models/" + model + "/publication").then()
                .statusCode(204);

        deliverUntil(() -> receiver.succeeded().size() == 2);

        Receiver.Hit published = receiver.hits().get(0);
        assertEquals("MOBILIZATION_MODEL_PUBLISHED", published.type());
        @SuppressWarnings("unchecked")
        Map<String, Object> person = (Map<String, Object>) published.data().get("person");
        assertEquals("Trần Thị Bình", person.get("name"));
        assertNull(person.get("phone"), "no contact without the exemplar's consent");
        assertFalse(published.body().contains("0912345678") || published.body().contains("binh.tt@example.vn"));
        assertFalse(published.body().contains("0905123456"), "the official in charge is not public");
        // The showcase shows it no longer; while it did, it showed what the event carries.
        assertEquals("MOBILIZATION_MODEL_UNPUBLISHED", receiver.hits().get(1).type());
        assertEquals(model, receiver.hits().get(1).data().get("id"));
        api().post("/api/v1/mobilization-models/" + model + "/publication").then().statusCode(200);
        limiter.reset(ShowcaseResource.throttleKey("127.0.0.1"));
        Map<String, Object> shown = json(anonymous().get("/api/v1/public/mobilization-models/" + model).then()
                .statusCode(200).extract().asString());
        deliverUntil(() -> receiver.succeeded().size() == 3);
        Map<String, Object> republished = new HashMap<>(receiver.hits().get(2).data());
        assertEquals(shown, republished);
    }

    /** JSON read as the receiver reads it (numbers as Jackson reads them). */
    private static Map<String, Object> json(String body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(body, new com.fasterxml.jackson.core.type
                    .TypeReference<>() {
            });
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An individual exemplar who gave no consent to show her contact, recognised by the province. */
    private static String recognizedExemplar() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        int year = today.getYear();
        String modelProvince = createProvince(unique("UBND tỉnh"));
        String modelCommune = createChild(modelProvince, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        api().body(Map.of("provinceId", modelProvince, "phase", "PHASE_2026_2030", "year", year,
                        "opensOn", today.minusDays(10).toString(), "closesOn", today.plusDays(10).toString(),
                        "reportDueOn", LocalDate.of(year, 9, 20).toString()))
                .post("/api/v1/mobilization-registration-windows").then().statusCode(201);
        List<Map<String, Object>> scores = new ArrayList<>();
        for (String code : List.of("EFFECTIVENESS", "SUSTAINABILITY")) {
            String criterion = api().body(Map.of("provinceId", modelProvince, "phase", "PHASE_2026_2030", "code", code,
                            "name", "Tiêu chí " + code, "minScore", 0, "maxScore", 20, "sortOrder", scores.size()))
                    .post("/api/v1/mobilization-appraisal-criteria").then().statusCode(201).extract().path("id");
            scores.add(Map.of("criterionId", criterion, "score", 18));
        }
        Map<String, Object> body = new HashMap<>(Map.of("kind", "INDIVIDUAL_EXEMPLAR", "field", "ECONOMY",
                "level", "GRASSROOTS", "organizationId", modelCommune, "phase", "PHASE_2026_2030",
                "registrationYear", year, "title", unique("Điển hình dân vận khéo"), "placeName", "Thôn An Hòa",
                "method", "Vận động từng hộ hiến đất làm đường."));
        body.put("person", Map.of("name", "Trần Thị Bình", "position", "Trưởng thôn", "organizationName", "Thôn An Hòa",
                "phone", "0912345678", "email", "binh.tt@example.vn", "contactConsent", false));
        body.put("indicators", List.of(Map.of("name", "Đường bê tông", "unit", "km", "target", 5)));
        String id = api().body(body).post("/api/v1/mobilization-models").then().statusCode(201).extract().path("id");
        api().post("/api/v1/mobilization-models/" + id + "/registration").then().statusCode(200);
        api().body(Map.of("appraiserName", "Hội đồng thẩm định", "appraisedOn", today.toString(), "scores", scores))
                .post("/api/v1/mobilization-models/" + id + "/appraisal").then().statusCode(200);
        api().body(Map.of("level", "GRASSROOTS", "decisionNumber", "12/QĐ-UBND", "decisionDate", today.toString()))
                .post("/api/v1/mobilization-models/" + id + "/recognition").then().statusCode(200);
        return id;
    }
}
