package vn.danvan.identity;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.danvan.platform.http.RateLimiter;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class AuthenticationTest extends ApiTest {

    @Inject
    RateLimiter limiter;

    @Inject
    vn.danvan.platform.time.AppClock clock;

    @AfterEach
    void forgetFailuresFromThisMachine() {
        limiter.reset("sign-in-failures:127.0.0.1");
    }

    private String officerIn(String province) {
        return createUser("OFFICER", createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE"));
    }

    private static Map<String, String> passwordGrant(String username, String password) {
        return Map.of("grant_type", "password", "username", username, "password", password, "client_id", "mobile-app");
    }

    @Test
    void anOfficialSignsInAndTheTokenCarriesRolesAndOrganization() {
        String province = createProvince(unique("UBND tỉnh"));
        String username = officerIn(province);
        var tokens = tokenRequest(passwordGrant(username, PASSWORD)).then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900))
                .body("refresh_token", notNullValue())
                .extract();
        String payload = new String(Base64.getUrlDecoder().decode(((String) tokens.path("access_token")).split("\\.")[1]),
                StandardCharsets.UTF_8);
        org.hamcrest.MatcherAssert.assertThat(payload, org.hamcrest.Matchers.containsString("\"groups\":[\"OFFICER\"]"));
        org.hamcrest.MatcherAssert.assertThat(payload, org.hamcrest.Matchers.containsString("\"azp\":\"mobile-app\""));
        as(tokens.path("access_token")).get("/api/v1/users/me").then()
                .statusCode(200).body("username", equalTo(username)).body("roles", org.hamcrest.Matchers.contains("OFFICER"));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        String username = officerIn(createProvince(unique("UBND tỉnh")));
        var wrong = tokenRequest(passwordGrant(username, "Sai-mat-khau-1")).then().statusCode(400).extract();
        var unknown = tokenRequest(passwordGrant("khong.ton.tai", "Sai-mat-khau-1")).then().statusCode(400).extract();
        org.junit.jupiter.api.Assertions.assertEquals(wrong.asString().replace(wrong.path("instance"), ""),
                unknown.asString().replace(unknown.path("instance"), ""));
        org.hamcrest.MatcherAssert.assertThat(wrong.path("type"), equalTo("urn:danvan:problem:invalid-grant"));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        String username = officerIn(createProvince(unique("UBND tỉnh")));
        for (int i = 0; i < 5; i++) {
            tokenRequest(passwordGrant(username, "Sai-mat-khau-" + i)).then().statusCode(400);
        }
        tokenRequest(passwordGrant(username, PASSWORD)).then()
                .statusCode(400).body("type", equalTo("urn:danvan:problem:invalid-grant"));
        api().queryParam("q", username).get("/api/v1/users").then().body("items[0].locked", equalTo(true));
    }

    @Test
    void aSourceThatKeepsFailingIsSlowedDown() {
        String username = officerIn(createProvince(unique("UBND tỉnh")));
        for (int i = 0; i < 20; i++) {
            tokenRequest(passwordGrant("khong.co." + i, "Sai-mat-khau-1")).then().statusCode(400);
        }
        tokenRequest(passwordGrant(username, PASSWORD)).then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:danvan:problem:too-many-requests"));
    }

    @Test
    void refreshTokensRotateAndAReplayRevokesTheWholeSignIn() {
        String username = officerIn(createProvince(unique("UBND tỉnh")));
        String first = tokenRequest(passwordGrant(username, PASSWORD)).then().extract().path("refresh_token");
        String second = tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", first)).then()
                .statusCode(200).body("access_token", notNullValue()).extract().path("refresh_token");
        // The spent token comes back after the reuse interval: someone copied it. Both it and its successor stop working.
        clock.set(java.time.Clock.fixed(Instant.now().plusSeconds(60), clock.zone()));
        try {
            tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", first)).then()
                    .statusCode(400).body("type", equalTo("urn:danvan:problem:invalid-grant"));
        } finally {
            clock.set(null);
        }
        tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", second)).then().statusCode(400);
    }

    @Test
    void signOutRevokesTheRefreshToken() {
        String username = officerIn(createProvince(unique("UBND tỉnh")));
        String refresh = tokenRequest(passwordGrant(username, PASSWORD)).then().extract().path("refresh_token");
        formPost("/api/v1/auth/revocation", Map.of("token", refresh)).then().statusCode(204);
        formPost("/api/v1/auth/revocation", Map.of("token", "khong-phai-token")).then().statusCode(204);
        tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", refresh)).then().statusCode(400);
    }

    @Test
    void theTokenOfADisabledAccountStopsWorkingAtOnce() {
        String province = createProvince(unique("UBND tỉnh"));
        String commune = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        String username = createUser("OFFICER", commune);
        var tokens = tokenRequest(passwordGrant(username, PASSWORD)).then().extract();
        String id = as(tokens.path("access_token")).get("/api/v1/users/me").then().extract().path("id");
        api().header("If-Match", "\"0\"").body(Map.of("fullName", "Cán bộ", "organizationId", commune,
                "roles", List.of("OFFICER"), "active", false)).put("/api/v1/users/" + id).then().statusCode(200);
        as(tokens.path("access_token")).get("/api/v1/users/me").then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:danvan:problem:unauthorized"));
        tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", tokens.path("refresh_token"))).then()
                .statusCode(400);
        tokenRequest(passwordGrant(username, PASSWORD)).then().statusCode(400);
    }

    @Test
    void machineClientsUseClientCredentialsOnly() {
        String province = createProvince(unique("UBND tỉnh"));
        String client = createUser("PORTAL_CLIENT", province);
        tokenRequest(Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", PASSWORD)).then()
                .statusCode(200).body("refresh_token", nullValue());
        tokenRequest(Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", "Sai-bi-mat-1"))
                .then().statusCode(401).body("type", equalTo("urn:danvan:problem:invalid-client"));
        tokenRequest(passwordGrant(client, PASSWORD)).then().statusCode(400);
        invalidTokenRequest(Map.of("grant_type", "authorization_code")).then()
                .statusCode(400).body("type", equalTo("urn:danvan:problem:unsupported-grant-type"));
    }

    @Test
    void missingExpiredTamperedAndForeignTokensAre401() throws Exception {
        anonymous().header("X-Test-Invalid-Request", "true").get("/api/v1/organizations").then()
                .statusCode(401).body("type", equalTo("urn:danvan:problem:unauthorized"));
        PrivateKey ours = KeyUtils.decodePrivateKey(Files.readString(Path.of("target/test-keys/jwt-signing-key.pem")));
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey foreign = generator.generateKeyPair().getPrivate();
        String adminId = api().get("/api/v1/users/me").then().extract().path("id");

        String expired = Jwt.issuer("danvan").subject(adminId).groups(Set.of("SYSTEM_ADMIN")).claim("tep", 0)
                .issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(1800)).sign(ours);
        String wrongKey = Jwt.issuer("danvan").subject(adminId).groups(Set.of("SYSTEM_ADMIN")).claim("tep", 0)
                .expiresIn(600).sign(foreign);
        String otherIssuer = Jwt.issuer("https://sso.example").subject(adminId).groups(Set.of("SYSTEM_ADMIN"))
                .expiresIn(600).sign(ours);
        String valid = adminToken();
        String[] parts = valid.split("\\.");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("SYSTEM_ADMIN", "SYSTEM_ADMIN\",\"X").getBytes(StandardCharsets.UTF_8));
        String tampered = parts[0] + "." + forgedPayload + "." + parts[2];
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes())
                + "." + parts[1] + ".";
        for (String token : List.of(expired, wrongKey, otherIssuer, tampered, none, "not-a-jwt")) {
            as(token).get("/api/v1/organizations").then()
                    .statusCode(401)
                    .body("type", equalTo("urn:danvan:problem:unauthorized"));
        }
    }

    @Test
    void thePublicKeysArePublishedAsAJwks() {
        anonymous().get("/api/v1/auth/jwks").then()
                .statusCode(200)
                .body("keys", hasSize(1))
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys[0].alg", equalTo("RS256"))
                .body("keys[0].e", equalTo("AQAB"));
    }

    @Test
    void everyResponseCarriesSecurityHeadersAndCorsIsLimitedToConfiguredOrigins() {
        anonymous().get("/api/v1/auth/jwks").then()
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer");
        io.restassured.RestAssured.given().header("X-Test-Off-Contract", "true")
                .header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/organizations").then()
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
        io.restassured.RestAssured.given().header("X-Test-Off-Contract", "true")
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/organizations").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void tokensOfTheProvincialSingleSignOnAreAcceptedWithMappedRolesAndUnit() {
        String province = createProvince(unique("UBND tỉnh"));
        String code = numericCode(5);
        String commune = createOrganization(Map.of("name", "UBND xã Đăng Nhập Một Lần", "type", "COMMUNE_PEOPLES_COMMITTEE",
                "parentId", province, "officialCode", code));
        String other = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        String sso = vn.danvan.support.ExternalIdentityProvider.token(List.of("can-bo", "vai-tro-la"), code);
        as(sso).get("/api/v1/organizations").then().statusCode(200).body("items.id", org.hamcrest.Matchers.contains(commune));
        as(sso).get("/api/v1/organizations/" + other).then().statusCode(404);
        // Mapped to OFFICER only: account management stays closed.
        as(sso).get("/api/v1/users").then().statusCode(403);
    }

    @Test
    void aTokenNamingTheSingleSignOnButSignedWithAnotherKeyIsRefused() throws Exception {
        PrivateKey ours = KeyUtils.decodePrivateKey(Files.readString(Path.of("target/test-keys/jwt-signing-key.pem")));
        String forged = Jwt.issuer(vn.danvan.support.ExternalIdentityProvider.ISSUER).subject("mao-danh")
                .claim("vai_tro", List.of("dieu-phoi")).claim("ma_don_vi", "51").expiresIn(300).sign(ours);
        as(forged).get("/api/v1/organizations").then().statusCode(401);
    }
}
