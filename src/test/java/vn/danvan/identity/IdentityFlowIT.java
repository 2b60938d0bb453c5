package vn.danvan.identity;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** On the packaged jar: an account is made, signs in, refreshes its tokens and signs out for good. */
@QuarkusIntegrationTest
@WithTestResource(MariaDbTestResource.class)
class IdentityFlowIT extends ApiTest {

    @Test
    void anOfficialSignsInRefreshesAndSignsOut() {
        String commune = createChild(createProvince(unique("UBND tỉnh")), unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        String username = createUser("OFFICER", commune);

        var tokens = tokenRequest(Map.of("grant_type", "password", "username", username, "password", PASSWORD,
                "client_id", "flow-it")).then().statusCode(200).extract();
        as(tokens.path("access_token")).get("/api/v1/users/me").then().statusCode(200)
                .body("username", equalTo(username)).body("roles", contains("OFFICER"))
                .body("organizationId", equalTo(commune));

        String refresh = tokens.path("refresh_token");
        String refreshed = tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", refresh,
                "client_id", "flow-it")).then().statusCode(200).extract().path("refresh_token");
        as(tokens.path("access_token")).get("/api/v1/users/me").then().statusCode(200);

        formPost("/api/v1/auth/revocation", Map.of("token", refreshed)).then().statusCode(204);
        tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", refreshed, "client_id", "flow-it"))
                .then().statusCode(400);
    }
}
