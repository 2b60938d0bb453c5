package vn.danvan.webhook;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.ContractValidationFilter;
import vn.danvan.support.MariaDbTestResource;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A portal client manages its webhook subscriptions; another client, another role and bad input get nowhere. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class WebhookSubscriptionTest extends ApiTest {

    static final String SUBSCRIPTIONS = "/api/v1/webhook-subscriptions";

    static String portal;
    static String otherPortal;
    static String officer;

    @BeforeEach
    void clients() {
        if (portal != null) {
            return;
        }
        String province = createProvince(unique("UBND tỉnh"));
        String commune = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        portal = tokenFor("PORTAL_CLIENT", province);
        otherPortal = tokenFor("PORTAL_CLIENT", commune);
        officer = tokenFor("OFFICER", commune);
    }

    static Map<String, Object> subscription(String url, List<String> types) {
        Map<String, Object> body = new HashMap<>(Map.of("url", url, "eventTypes", types));
        body.put("description", "Cổng Dịch vụ công — thử nghiệm");
        return body;
    }

    private static List<String> ids(String token) {
        return as(token).get(SUBSCRIPTIONS + "?pageSize=200").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void aClientSubscribesSeesTheSecretOnceAndManagesItsSubscription() {
        Response created = as(portal).body(subscription("https://hooks.portal.example/danvan",
                List.of("PETITION_RECEIVED", "CASE_RESULT_PUBLISHED"))).post(SUBSCRIPTIONS);
        created.then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", equalTo("\"0\""))
                .body("url", equalTo("https://hooks.portal.example/danvan"))
                .body("eventTypes", containsInAnyOrder("PETITION_RECEIVED", "CASE_RESULT_PUBLISHED"))
                .body("secret", matchesPattern("^whsec_[A-Za-z0-9+/]{43}=$"));
        String id = created.path("id");
        String secret = created.path("secret");
        assertEquals(32, Base64.getDecoder().decode(secret.substring(6)).length);

        as(portal).get(SUBSCRIPTIONS + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("secret", nullValue()).body("description", equalTo("Cổng Dịch vụ công — thử nghiệm"));
        as(portal).get(SUBSCRIPTIONS).then().statusCode(200).body("items.id", hasItem(id))
                .body("items.secret", not(hasItem(notNullValue())));

        Map<String, Object> change = subscription("https://hooks.portal.example/danvan-v2",
                List.of("PETITION_ACCEPTED", "PETITION_ANSWERED"));
        change.remove("description");
        invalidRequest().auth().oauth2(portal).body(change).put(SUBSCRIPTIONS + "/" + id).then().statusCode(428);
        as(portal).header("If-Match", "\"7\"").body(change).put(SUBSCRIPTIONS + "/" + id).then().statusCode(412);
        as(portal).get(SUBSCRIPTIONS + "/" + id).then().body("url", equalTo("https://hooks.portal.example/danvan"));
        as(portal).header("If-Match", "\"0\"").body(change).put(SUBSCRIPTIONS + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("url", equalTo("https://hooks.portal.example/danvan-v2"))
                .body("eventTypes", containsInAnyOrder("PETITION_ACCEPTED", "PETITION_ANSWERED"))
                .body("description", nullValue()).body("secret", nullValue());

        Response rotated = as(portal).header("If-Match", "\"1\"").post(SUBSCRIPTIONS + "/" + id + "/secret-rotation");
        rotated.then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("secret", matchesPattern("^whsec_[A-Za-z0-9+/]{43}=$"))
                .body("previousSecretValidUntil", notNullValue());
        assertNotEquals(secret, rotated.path("secret"));
        as(portal).get(SUBSCRIPTIONS + "/" + id).then().body("secret", nullValue())
                .body("previousSecretValidUntil", notNullValue());

        invalidRequest().auth().oauth2(portal).delete(SUBSCRIPTIONS + "/" + id).then().statusCode(428);
        as(portal).header("If-Match", "\"2\"").delete(SUBSCRIPTIONS + "/" + id).then().statusCode(204);
        as(portal).get(SUBSCRIPTIONS + "/" + id).then().statusCode(404);
        assertEquals(false, ids(portal).contains(id));
    }

    @Test
    void anotherClientsSubscriptionIsNotFoundAndStaysAsItWas() {
        String id = as(portal).body(subscription("https://hooks.portal.example/mine", List.of("PETITION_RECEIVED")))
                .post(SUBSCRIPTIONS).then().statusCode(201).extract().path("id");

        assertEquals(false, ids(otherPortal).contains(id));
        as(otherPortal).get(SUBSCRIPTIONS + "/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("urn:danvan:problem:not-found"));
        as(otherPortal).header("If-Match", "\"0\"").body(subscription("https://evil.portal.example/x",
                List.of("PETITION_RECEIVED"))).put(SUBSCRIPTIONS + "/" + id).then().statusCode(404);
        as(otherPortal).header("If-Match", "\"0\"").post(SUBSCRIPTIONS + "/" + id + "/secret-rotation").then()
                .statusCode(404);
        as(otherPortal).get(SUBSCRIPTIONS + "/" + id + "/deliveries").then().statusCode(404);
        as(otherPortal).header("If-Match", "\"0\"").delete(SUBSCRIPTIONS + "/" + id).then().statusCode(404);
        as(portal).get(SUBSCRIPTIONS + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("url", equalTo("https://hooks.portal.example/mine"));
        // An unknown ID is the same answer.
        as(portal).get(SUBSCRIPTIONS + "/" + UUID.randomUUID()).then().statusCode(404);
        // Officials have no webhooks.
        as(officer).get(SUBSCRIPTIONS).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void badInputIsRefusedWithProblemDetailsAndChangesNothing() {
        List<String> before = ids(portal);
        Map<String, Object> noUrl = new HashMap<>(Map.of("eventTypes", List.of("PETITION_RECEIVED")));
        refused(noUrl, "url");
        Map<String, Object> nullUrl = new HashMap<>(noUrl);
        nullUrl.put("url", null);
        refused(nullUrl, "url");
        refused(subscription("không phải địa chỉ", List.of("PETITION_RECEIVED")), "url");
        refused(subscription("/relative/hooks/path", List.of("PETITION_RECEIVED")), "url");
        refused(subscription("ftp://hooks.portal.example/danvan", List.of("PETITION_RECEIVED")), "url");
        refused(subscription("https://user:secret@hooks.portal.example/danvan", List.of("PETITION_RECEIVED")), "url");
        refused(subscription("https://hooks.portal.example/danvan#part", List.of("PETITION_RECEIVED")), "url");
        refused(subscription("https://hooks.portal.example/" + "x".repeat(2000), List.of("PETITION_RECEIVED")), "url");
        refused(subscription("https://hooks.portal.example/danvan", List.of()), "eventTypes");
        refused(subscription("https://hooks.portal.example/danvan", List.of("PETITION_LOST")), null);
        Map<String, Object> noTypes = new HashMap<>(Map.of("url", "https://hooks.portal.example/danvan"));
        refused(noTypes, "eventTypes");
        Map<String, Object> unknownField = subscription("https://hooks.portal.example/danvan", List.of("PETITION_RECEIVED"));
        unknownField.put("secret", "whsec_chosen-by-the-client");
        refused(unknownField, null);
        Map<String, Object> longDescription = subscription("https://hooks.portal.example/danvan",
                List.of("PETITION_RECEIVED"));
        longDescription.put("description", "d".repeat(501));
        refused(longDescription, "description");
        invalidRequest().auth().oauth2(portal).body("{\"url\": 42, \"eventTypes\": \"PETITION_RECEIVED\"")
                .post(SUBSCRIPTIONS).then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, ids(portal));

        // A good subscription, then a bad change of it: refused, and it stays as it was.
        String id = as(portal).body(subscription("https://hooks.portal.example/kept", List.of("PETITION_RECEIVED")))
                .post(SUBSCRIPTIONS).then().statusCode(201).extract().path("id");
        invalidRequest().auth().oauth2(portal).header("If-Match", "\"0\"")
                .body(subscription("gopher://hooks.portal.example", List.of("PETITION_RECEIVED")))
                .put(SUBSCRIPTIONS + "/" + id).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("url"));
        as(portal).get(SUBSCRIPTIONS + "/" + id).then().header("ETag", equalTo("\"0\""))
                .body("url", equalTo("https://hooks.portal.example/kept"));
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeySubscribesOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = subscription("https://hooks.portal.example/once", List.of("RECEPTION_SCHEDULE_PUBLISHED"));
        Response first = as(portal).header("Idempotency-Key", key).body(body).post(SUBSCRIPTIONS);
        first.then().statusCode(201);
        Response again = as(portal).header("Idempotency-Key", key).body(body).post(SUBSCRIPTIONS);
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.path("id"), (String) again.path("id"));
        assertEquals(first.path("secret"), (String) again.path("secret"));
        assertEquals(1, ids(portal).stream().filter(first.path("id")::equals).count());
    }

    private static void refused(Map<String, Object> body, String field) {
        var answer = invalidRequest().auth().oauth2(portal).body(body).post(SUBSCRIPTIONS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", matchesPattern("urn:danvan:problem:(validation-failed|malformed-request)"))
                .body("detail", notNullValue());
        if (field != null) {
            answer.body("errors.field", hasItem(field));
        }
    }
}
