package vn.danvan.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;

/**
 * Base of the API tests: contract validation on every call, a signed-in system administrator by
 * default, and helpers that build test data and sign in with other roles.
 */
public abstract class ApiTest {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Test-Admin-Password-2026";
    public static final String PASSWORD = "Mat-khau-Thu-2026";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @BeforeAll
    static void validateAgainstContract() {
        if (RestAssured.filters().stream().noneMatch(f -> f instanceof ContractValidationFilter)) {
            RestAssured.filters(new ContractValidationFilter());
        }
    }

    /** A request as the bootstrap system administrator. */
    protected static RequestSpecification api() {
        return as(adminToken());
    }

    protected static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).auth().oauth2(token);
    }

    protected static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** For requests that break the contract on purpose: only the response is checked. */
    protected static RequestSpecification invalidRequest() {
        return api().header(ContractValidationFilter.INVALID_REQUEST, "true");
    }

    protected static String adminToken() {
        // Keyed by port: each application start (test profile) has its own database and accounts.
        return TOKENS.computeIfAbsent(RestAssured.port + ":" + ADMIN, u -> signIn(ADMIN, ADMIN_PASSWORD));
    }

    protected static String signIn(String username, String password) {
        return tokenRequest(Map.of("grant_type", "password", "username", username, "password", password,
                "client_id", "test-suite")).then().statusCode(200).extract().path("access_token");
    }

    /** POST /auth/token with a form body (sent as one encoded string so that the contract check sees it). */
    protected static io.restassured.response.Response tokenRequest(Map<String, String> form) {
        return formPost("/api/v1/auth/token", form);
    }

    protected static io.restassured.response.Response formPost(String path, Map<String, String> form) {
        return formSpec(form).post(path);
    }

    /** A token request that breaks the contract on purpose (only the response is checked). */
    protected static io.restassured.response.Response invalidTokenRequest(Map<String, String> form) {
        return formSpec(form).header(ContractValidationFilter.INVALID_REQUEST, "true").post("/api/v1/auth/token");
    }

    private static RequestSpecification formSpec(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8").accept(ContentType.JSON).body(body);
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Creates an account with one role in an organisation (once per test run) and signs it in. */
    protected static String tokenFor(String role, String organizationId) {
        return TOKENS.computeIfAbsent(RestAssured.port + ":" + role + "@" + organizationId, key -> {
            String username = createUser(role, organizationId);
            if ("PORTAL_CLIENT".equals(role)) {
                return tokenRequest(Map.of("grant_type", "client_credentials", "client_id", username,
                        "client_secret", PASSWORD)).then().statusCode(200).extract().path("access_token");
            }
            return signIn(username, PASSWORD);
        });
    }

    protected static String createUser(String role, String organizationId) {
        String username = (role.toLowerCase().replace('_', '-') + "." + UUID.randomUUID().toString().substring(0, 8));
        Map<String, Object> body = new java.util.HashMap<>(Map.of("username", username,
                "fullName", "Cán bộ " + role, "roles", List.of(role), "password", PASSWORD));
        if (organizationId != null) {
            body.put("organizationId", organizationId);
        }
        api().body(body).post("/api/v1/users").then().statusCode(201);
        return username;
    }

    protected static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static final java.util.concurrent.atomic.AtomicLong CODES =
            new java.util.concurrent.atomic.AtomicLong(new java.util.Random().nextInt(1000));

    /**
     * A numeric code of the given length that no other call of this run returns (while the run needs
     * fewer than 10^digits codes): each run has a fresh database, so codes never collide.
     */
    protected static String numericCode(int digits) {
        long bound = (long) Math.pow(10, digits);
        long value = Math.floorMod(CODES.getAndIncrement() * 7919L, bound);
        return String.format("%0" + digits + "d", value);
    }

    protected static String createProvince(String name) {
        return createOrganization(Map.of("name", name, "type", "PROVINCIAL_PEOPLES_COMMITTEE"));
    }

    protected static String createChild(String parentId, String name, String type) {
        return createOrganization(Map.of("name", name, "type", type, "parentId", parentId));
    }

    protected static String createOrganization(Map<String, Object> body) {
        return api().body(body).post("/api/v1/organizations").then().statusCode(201).extract().path("id");
    }
}
