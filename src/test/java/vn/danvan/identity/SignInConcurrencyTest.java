package vn.danvan.identity;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.danvan.platform.http.RateLimiter;
import vn.danvan.platform.time.AppClock;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;
import vn.danvan.support.Parallel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sign-in, refresh, lockout and sign-out under real parallel requests. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class SignInConcurrencyTest extends ApiTest {

    @Inject
    RateLimiter limiter;

    @Inject
    AppClock clock;

    @Inject
    UserRepository users;

    @Inject
    AuthEventRepository authEvents;

    @AfterEach
    void forget() {
        limiter.reset("sign-in-failures:127.0.0.1");
        clock.set(null);
    }

    private static Map<String, String> passwordGrant(String username, String password) {
        return Map.of("grant_type", "password", "username", username, "password", password, "client_id", "mobile-app");
    }

    private String officer() {
        return createUser("OFFICER", createChild(createProvince(unique("UBND tỉnh")), unique("UBND xã"),
                "COMMUNE_PEOPLES_COMMITTEE"));
    }

    private UUID idOf(String username) {
        return QuarkusTransaction.requiringNew().call(() -> users.findByUsername(username).orElseThrow().id);
    }

    private long events(UUID user, AuthEvent.Kind kind) {
        return QuarkusTransaction.requiringNew().call(() -> authEvents.count("userId = ?1 and event = ?2", user, kind));
    }

    @Test
    void aFloodOfSignInsIsBoundedAndOrdinaryRequestsStillSucceed() {
        String province = createProvince(unique("UBND tỉnh"));
        String reader = tokenFor("OFFICER", province);
        // Hashes of the cost production uses and more: each check takes a few hundred milliseconds on two cores.
        String slowHash = BcryptUtil.bcryptHash(PASSWORD, 12);
        List<String> targets = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String username = createUser("OFFICER", province);
            QuarkusTransaction.requiringNew().run(() ->
                    users.update("passwordHash = ?1 where username = ?2", slowHash, username));
            targets.add(username);
        }
        List<Object> answers = Parallel.run(96, i -> {
            if (i % 3 == 2) {
                // An official's ordinary read, sent in the middle of the flood.
                return as(reader).get("/api/v1/organizations/" + province).statusCode();
            }
            Response response = tokenRequest(passwordGrant(targets.get(i % 8), "Sai-mat-khau-" + i));
            return response;
        });
        List<Integer> reads = answers.stream().filter(Integer.class::isInstance).map(Integer.class::cast).toList();
        assertThat(reads, hasSize(32));
        assertThat(reads, everyItem(equalTo(200)));
        List<Response> flood = answers.stream().filter(Response.class::isInstance).map(Response.class::cast).toList();
        for (Response r : flood) {
            assertThat(r.statusCode(), in(List.of(400, 429, 503)));
            assertThat(r.contentType(), equalTo("application/problem+json"));
            if (r.statusCode() != 400) {
                assertThat(r.header("Retry-After"), notNullValue());
            }
        }
        // The bulkhead turned some away rather than queueing them all behind the hashes.
        assertThat(flood.stream().filter(r -> r.statusCode() == 503).count(), greaterThan(0L));
        assertThat(flood.stream().filter(r -> r.statusCode() == 503).findFirst().orElseThrow().<String>path("type"),
                equalTo("urn:danvan:problem:service-unavailable"));
    }

    @Test
    void parallelGuessesAreEachCountedAndTheLockEngagesAtTheThreshold() {
        String username = officer();
        UUID id = idOf(username);
        List<Response> answers = Parallel.run(20, i ->
                tokenRequest(passwordGrant(username, i == 7 ? PASSWORD : "Sai-mat-khau-" + i)));
        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        assertThat(statuses, everyItem(anyOf(equalTo(200), equalTo(400))));
        long refused = statuses.stream().filter(s -> s == 400).count();
        assertThat(refused, greaterThan(18L));
        // Every refused attempt is in the log, once.
        assertEquals(refused, events(id, AuthEvent.Kind.SIGN_IN_FAILED));
        assertEquals(1, events(id, AuthEvent.Kind.ACCOUNT_LOCKED));
        // The right password, checked among the first five, opens a new window of five: at most five wrong
        // passwords are checked on either side of it (how many fall on each side depends on the interleaving).
        assertThat(checkedWrong(id), lessThanOrEqualTo(9L));
        limiter.reset("sign-in-failures:127.0.0.1");
        tokenRequest(passwordGrant(username, PASSWORD)).then().statusCode(400)
                .body("type", equalTo("urn:danvan:problem:invalid-grant"));
        api().queryParam("q", username).get("/api/v1/users").then().body("items[0].locked", equalTo(true));
    }

    @Test
    void parallelWrongGuessesCheckNoMorePasswordsThanTheLimit() {
        String username = officer();
        UUID id = idOf(username);
        List<Response> answers = Parallel.run(20, i -> tokenRequest(passwordGrant(username, "Sai-mat-khau-" + i)));
        assertThat(answers.stream().map(Response::statusCode).toList(), everyItem(equalTo(400)));
        // Only the first five numbers taken may check a password; the rest are refused unchecked.
        assertThat(checkedWrong(id), lessThanOrEqualTo(5L));
        assertEquals(1, events(id, AuthEvent.Kind.ACCOUNT_LOCKED));
        limiter.reset("sign-in-failures:127.0.0.1");
    }

    private long checkedWrong(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> authEvents.count(
                "userId = ?1 and event = ?2 and reason = ?3", id, AuthEvent.Kind.SIGN_IN_FAILED,
                AuthEvent.Reason.WRONG_PASSWORD));
    }

    @Test
    void theLockEndsAfterItsDurationAndTheCountStartsAfresh() {
        String username = officer();
        for (int i = 0; i < 5; i++) {
            tokenRequest(passwordGrant(username, "Sai-mat-khau-" + i)).then().statusCode(400);
        }
        tokenRequest(passwordGrant(username, PASSWORD)).then().statusCode(400);
        clock.set(Clock.fixed(Instant.now().plus(Duration.ofMinutes(16)), clock.zone()));
        tokenRequest(passwordGrant(username, "Sai-mat-khau-9")).then().statusCode(400);
        tokenRequest(passwordGrant(username, PASSWORD)).then().statusCode(200);
    }

    @Test
    void parallelRefreshesRotateOnceAndEveryRetryGetsTheSamePair() {
        String username = officer();
        String first = tokenRequest(passwordGrant(username, PASSWORD)).then().statusCode(200).extract().path("refresh_token");
        List<Response> answers = Parallel.run(8, i ->
                tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", first)));
        assertThat(answers.stream().map(Response::statusCode).toList(), everyItem(equalTo(200)));
        Set<String> refreshTokens = new java.util.HashSet<>();
        Set<String> accessTokens = new java.util.HashSet<>();
        answers.forEach(a -> {
            refreshTokens.add(a.path("refresh_token"));
            accessTokens.add(a.path("access_token"));
        });
        assertThat(refreshTokens, hasSize(1));
        assertThat(accessTokens, hasSize(1));
        UUID id = idOf(username);
        assertEquals(1, events(id, AuthEvent.Kind.TOKEN_REFRESHED));
        assertEquals(7, events(id, AuthEvent.Kind.TOKEN_REFRESH_REPEATED));
        String second = refreshTokens.iterator().next();
        as(accessTokens.iterator().next()).get("/api/v1/users/me").then().statusCode(200);
        tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", second)).then().statusCode(200);
    }

    @Test
    void aSpentRefreshTokenPresentedAfterTheReuseIntervalSignsTheSessionOut() {
        String username = officer();
        String first = tokenRequest(passwordGrant(username, PASSWORD)).then().statusCode(200).extract().path("refresh_token");
        var rotated = tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", first)).then()
                .statusCode(200).extract();
        clock.set(Clock.fixed(Instant.now().plusSeconds(31), clock.zone()));
        tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", first)).then().statusCode(400)
                .body("type", equalTo("urn:danvan:problem:invalid-grant"));
        clock.set(null);
        tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", rotated.path("refresh_token"))).then()
                .statusCode(400);
        as(rotated.path("access_token")).get("/api/v1/users/me").then().statusCode(401);
        assertEquals(1, events(idOf(username), AuthEvent.Kind.REFRESH_TOKEN_REUSED));
    }

    @Test
    void aMachineClientIsNeverLockedOnlyItsSourceSlowedDown() {
        String client = createUser("PORTAL_CLIENT", createProvince(unique("UBND tỉnh")));
        for (int i = 0; i < 8; i++) {
            tokenRequest(Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", "Sai-" + i))
                    .then().statusCode(401).body("type", equalTo("urn:danvan:problem:invalid-client"));
        }
        tokenRequest(Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", PASSWORD))
                .then().statusCode(200);
        for (int i = 0; i < 20; i++) {
            tokenRequest(Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", "Sai-" + i));
        }
        tokenRequest(Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", PASSWORD))
                .then().statusCode(429).header("Retry-After", notNullValue());
    }

    @Test
    void wrongCurrentPasswordsAreCountedAndLockTheAccount() {
        String username = officer();
        String token = signIn(username, PASSWORD);
        UUID id = idOf(username);
        List<Response> answers = Parallel.run(8, i -> as(token).body(Map.of("currentPassword", "Sai-mat-khau-" + i,
                "newPassword", "Mat-khau-Moi-2026")).post("/api/v1/users/me/password"));
        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        assertThat(statuses, everyItem(anyOf(equalTo(400), equalTo(429))));
        assertThat(statuses.stream().filter(s -> s == 400).count(), lessThanOrEqualTo(5L));
        assertEquals(8, events(id, AuthEvent.Kind.PASSWORD_CHANGE_FAILED));
        as(token).body(Map.of("currentPassword", PASSWORD, "newPassword", "Mat-khau-Moi-2026"))
                .post("/api/v1/users/me/password").then().statusCode(429).header("Retry-After", notNullValue())
                .body("type", equalTo("urn:danvan:problem:too-many-requests"));
        tokenRequest(passwordGrant(username, PASSWORD)).then().statusCode(400);
    }

    @Test
    void signingOutStopsTheAccessTokenAtOnce() {
        String username = officer();
        var byRefresh = tokenRequest(passwordGrant(username, PASSWORD)).then().statusCode(200).extract();
        var other = tokenRequest(passwordGrant(username, PASSWORD)).then().statusCode(200).extract();
        as(byRefresh.path("access_token")).get("/api/v1/users/me").then().statusCode(200);
        formPost("/api/v1/auth/revocation", Map.of("token", byRefresh.path("refresh_token"))).then().statusCode(204);
        as(byRefresh.path("access_token")).get("/api/v1/users/me").then().statusCode(401);
        // Only that sign-in: the same official's other device goes on.
        as(other.path("access_token")).get("/api/v1/users/me").then().statusCode(200);
        // An access token signs its own session out too.
        formPost("/api/v1/auth/revocation", Map.of("token", other.path("access_token"), "token_type_hint",
                "access_token")).then().statusCode(204);
        as(other.path("access_token")).get("/api/v1/users/me").then().statusCode(401);
        tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", other.path("refresh_token"))).then()
                .statusCode(400);
    }

    @Test
    void aTokenExpiredSecondsAgoIsRefusedNotGivenAMinuteOfGrace() throws Exception {
        String username = officer();
        String token = signIn(username, PASSWORD);
        Map<?, ?> claims = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8), Map.class);
        var key = KeyUtils.decodePrivateKey(Files.readString(Path.of("target/test-keys/jwt-signing-key.pem")));
        long now = Instant.now().getEpochSecond();
        String expired = Jwt.issuer("danvan").subject((String) claims.get("sub")).upn(username)
                .groups(Set.of("OFFICER")).claim("tep", claims.get("tep")).claim("sid", claims.get("sid"))
                .claim("org", claims.get("org")).issuedAt(now - 900).expiresAt(now - 10).jws().sign(key);
        String live = Jwt.issuer("danvan").subject((String) claims.get("sub")).upn(username)
                .groups(Set.of("OFFICER")).claim("tep", claims.get("tep")).claim("sid", claims.get("sid"))
                .claim("org", claims.get("org")).issuedAt(now - 60).expiresAt(now + 60).jws().sign(key);
        as(live).get("/api/v1/users/me").then().statusCode(200);
        as(expired).get("/api/v1/users/me").then().statusCode(401);
    }
}
