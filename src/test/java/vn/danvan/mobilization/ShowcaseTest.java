package vn.danvan.mobilization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.danvan.mobilization.showcase.ShowcaseResource;
import vn.danvan.platform.http.RateLimiter;
import vn.danvan.support.MariaDbTestResource;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class ShowcaseTest extends MobilizationFixtures {

    static final String PUBLIC = "/api/v1/public/mobilization-models";

    @Inject
    RateLimiter limiter;

    @Test
    void onlyPublishedModelsAppearWithPublicFieldsAndCacheHeaders() {
        Province p = provinceWithSettings();
        String published = recognized(p, collective(p.commune(), unique("Công khai")));
        String recognizedOnly = recognized(p, collective(p.commune(), unique("Chưa công khai")));
        String draft = create(collective(p.commune(), unique("Nháp")));
        action(published, "publication", null);

        List<String> ids = anonymous().queryParam("provinceId", p.id()).get(PUBLIC).then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60"))
                .body("items.status", everyItem(equalTo("RECOGNIZED")))
                .extract().path("items.id");
        assertTrue(ids.contains(published) && !ids.contains(recognizedOnly) && !ids.contains(draft), ids.toString());
        // Anonymous clients cannot look organisations up: the registering unit's name comes with the model.
        String communeName = api().get("/api/v1/organizations/" + p.commune()).then().extract().path("name");
        anonymous().queryParam("provinceId", p.id()).get(PUBLIC).then()
                .body("items.find { it.id == '" + published + "' }.organizationName", equalTo(communeName));
        anonymous().get(PUBLIC + "/" + published).then().statusCode(200)
                .body("organizationName", equalTo(communeName))
                .header("Cache-Control", containsString("public"))
                .body("$", not(hasKey("appraisal")))
                .body("$", not(hasKey("personInCharge")))
                .body("$", not(hasKey("returnReason")))
                .body("$", not(hasKey("published")))
                .body("$", not(hasKey("version")));
        anonymous().get(PUBLIC + "/" + recognizedOnly).then().statusCode(404);
        anonymous().get(PUBLIC + "/" + draft).then().statusCode(404);
        as(tokenFor("PORTAL_CLIENT", p.id())).get(PUBLIC + "/" + published).then().statusCode(200);

        api().header("If-Match", "\"4\"").delete(MODELS + "/" + published + "/publication").then().statusCode(204);
        anonymous().get(PUBLIC + "/" + published).then().statusCode(404);
    }

    @Test
    void anExemplarsContactIsPublicOnlyWithConsent() {
        Province p = provinceWithSettings();
        String consenting = recognized(p, exemplar(p.commune(), unique("Đồng ý"), true));
        String refusing = recognized(p, exemplar(p.commune(), unique("Không đồng ý"), false));
        action(consenting, "publication", null);
        action(refusing, "publication", null);

        anonymous().get(PUBLIC + "/" + consenting).then().statusCode(200)
                .body("person.name", equalTo("Trần Thị Bình"))
                .body("person.phone", equalTo("0912345678"))
                .body("person.email", equalTo("binh.tt@example.vn"));
        String body = anonymous().get(PUBLIC + "/" + refusing).then().statusCode(200)
                .body("person.name", equalTo("Trần Thị Bình"))
                .body("person", not(hasKey("phone")))
                .body("person", not(hasKey("email")))
                .extract().asString();
        assertTrue(!body.contains("0912345678") && !body.contains("binh.tt@example.vn"), body);
        String list = anonymous().queryParam("provinceId", p.id()).get(PUBLIC).then().statusCode(200)
                .body("items.personName", hasItem("Trần Thị Bình")).extract().asString();
        assertTrue(!list.contains("0912345678") && !list.contains("binh.tt@example.vn"), list);
        // Officials still see the contact.
        api().get(MODELS + "/" + refusing).then().body("person.phone", equalTo("0912345678"));
    }

    @Test
    void publishingAnUnrecognisedModelIs409AndChangesNothing() {
        Province p = provinceWithSettings();
        String id = create(collective(p.commune(), unique("Chưa công nhận")));
        action(id, "registration", null);
        api().post(MODELS + "/" + id + "/publication").then().statusCode(409)
                .body("detail", containsString("REGISTERED"));
        api().get(MODELS + "/" + id).then().body("published", equalTo(false)).body("version", equalTo(1));
        anonymous().get(PUBLIC + "/" + id).then().statusCode(404);
    }

    @Test
    void tooManyShowcaseRequestsFromOneAddressAre429WithRetryAfter() {
        try {
            int status = 200;
            for (int i = 0; i < 400 && status == 200; i++) {
                status = anonymous().queryParam("pageSize", 1).get(PUBLIC).then().extract().statusCode();
            }
            anonymous().get(PUBLIC).then().statusCode(429)
                    .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                    .body("type", equalTo("urn:danvan:problem:too-many-requests"));
        } finally {
            // The other tests come from the same address: give them a fresh window.
            for (String address : List.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1")) {
                limiter.reset(ShowcaseResource.throttleKey(address));
            }
        }
        anonymous().queryParam("pageSize", 1).get(PUBLIC).then().statusCode(200);
    }
}
