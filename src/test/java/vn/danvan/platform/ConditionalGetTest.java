package vn.danvan.platform;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.util.Map;

import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** If-None-Match: an app revalidates its offline copy and downloads it again only when it changed. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class ConditionalGetTest extends ApiTest {

    @Test
    void aCurrentCopyIsAnswered304WithoutBodyAndAChangedOne200() {
        String id = createProvince(unique("UBND tỉnh"));
        String path = "/api/v1/organizations/" + id;
        String tag = api().get(path).then().statusCode(200).extract().header("ETag");

        api().header("If-None-Match", tag).get(path).then().statusCode(304)
                .header("ETag", equalTo(tag)).body(emptyString());
        api().header("If-None-Match", "W/" + tag).get(path).then().statusCode(304);
        api().header("If-None-Match", "\"999\", " + tag).get(path).then().statusCode(304);
        api().header("If-None-Match", "*").get(path).then().statusCode(304);
        api().header("If-None-Match", "\"999\"").get(path).then().statusCode(200).header("ETag", equalTo(tag));

        api().header("If-Match", tag).body(Map.of("name", unique("UBND tỉnh đổi tên"),
                "type", "PROVINCIAL_PEOPLES_COMMITTEE")).put(path).then().statusCode(200);
        api().header("If-None-Match", tag).get(path).then().statusCode(200)
                .header("ETag", not(equalTo(tag))).body("id", equalTo(id));
    }

    @Test
    void outsideTheCallersScopeTheAnswerIsStill404NotA304() {
        String province = createProvince(unique("UBND tỉnh"));
        String home = createChild(province, "UBND xã Ba Tơ", "COMMUNE_PEOPLES_COMMITTEE");
        String other = createChild(province, "UBND xã Ba Gia", "COMMUNE_PEOPLES_COMMITTEE");
        String stranger = createUser("OFFICER", other);
        String strangerId = api().queryParam("q", stranger).get("/api/v1/users").then().extract().path("items[0].id");
        String tag = api().get("/api/v1/users/" + strangerId).then().statusCode(200).extract().header("ETag");
        as(tokenFor("ORG_ADMIN", home)).header("If-None-Match", tag).get("/api/v1/users/" + strangerId)
                .then().statusCode(404);
    }
}
