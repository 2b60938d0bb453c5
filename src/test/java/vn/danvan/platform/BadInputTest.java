package vn.danvan.platform;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.ContractValidationFilter;
import vn.danvan.support.MariaDbTestResource;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** Malformed and bent input of every kind is a 400 (or 413/414/431) problem that names what is wrong and changes nothing. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class BadInputTest extends ApiTest {

    private static io.restassured.specification.RequestSpecification bad(String token) {
        return as(token).header(ContractValidationFilter.INVALID_REQUEST, "true");
    }

    private static int children(String parent) {
        return api().queryParam("parentId", parent).queryParam("pageSize", 200).get("/api/v1/organizations").then()
                .statusCode(200).extract().jsonPath().getList("items").size();
    }

    @Test
    void nullsInsideArraysAreRefusedWithTheFieldNamed() {
        String province = createProvince(unique("UBND tỉnh"));
        String department = createChild(province, unique("Sở Nội vụ"), "DEPARTMENT");
        String coordinator = tokenFor("COORDINATOR", department);
        String body = "{\"type\":\"OFFICIAL_LETTER\",\"issuerOrganizationId\":\"" + province + "\",\"numberSymbol\":\"1/UBND\","
                + "\"issueDate\":\"2026-01-05\",\"subject\":\"V/v dân vận\",\"recipientOrganizationIds\":[null]}";
        bad(coordinator).body(body).post("/api/v1/directives").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(startsWith("recipientOrganizationIds")));
        bad(coordinator).body(body.replace("\"recipientOrganizationIds\":[null]",
                        "\"recipientOrganizationIds\":[\"" + department + "\"],\"legalBasisIds\":[null]")).post("/api/v1/directives")
                .then().statusCode(400).body("errors.field", hasItem(startsWith("legalBasisIds")));
        as(coordinator).get("/api/v1/directives?q=1%2FUBND").then().statusCode(200).body("items", hasSize(0));
        bad(adminToken()).body("{\"username\":\"nulls.roles\",\"fullName\":\"A\",\"roles\":[null],\"password\":\"" + PASSWORD
                + "\",\"organizationId\":\"" + province + "\"}").post("/api/v1/users").then().statusCode(400)
                .body("errors.field", hasItem(startsWith("roles")));
        bad(adminToken()).body("{\"username\":\"nulls.roles\",\"fullName\":\"A\",\"roles\":null,\"password\":\"" + PASSWORD
                + "\",\"organizationId\":\"" + province + "\"}").post("/api/v1/users").then().statusCode(400)
                .body("errors.field", hasItem("roles"));
        String commune = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        String officer = tokenFor("OFFICER", commune);
        bad(officer).body("{\"organizationId\":\"" + commune + "\",\"receivedOn\":\"2026-11-02\",\"receptionType\":\"REGULAR\","
                        + "\"channel\":\"IN_PERSON\",\"kind\":\"PETITION\",\"domain\":\"LAND\",\"peopleCount\":1,"
                        + "\"citizens\":[null],\"content\":\"x\",\"handling\":\"PENDING\"}")
                .post("/api/v1/receptions").then().statusCode(400).body("errors.field", hasItem(startsWith("citizens")));
    }

    @Test
    void bentScalarsAndDatesAreRefusedNotConverted() throws Exception {
        String province = createProvince(unique("UBND tỉnh"));
        int before = children(province);
        String base = "{\"name\":\"Phòng Kiểm tra\",\"type\":\"OFFICE_DIVISION\",\"parentId\":\"" + province + "\"";
        // A number where text is due, a duplicate key, a body without Content-Type.
        bad(adminToken()).body(base + ",\"shortName\":40}").post("/api/v1/organizations").then().statusCode(400)
                .body("errors.field", hasItem("shortName"));
        bad(adminToken()).body(base + ",\"name\":\"Phòng khác\"}").post("/api/v1/organizations").then().statusCode(400)
                .body("errors.field", hasItem("name")).body("errors.code", hasItem("Duplicate"));
        // (java.net.http sends no Content-Type of its own; REST Assured would add one.)
        var noContentType = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + RestAssured.port + "/api/v1/organizations"))
                .header("Authorization", "Bearer " + adminToken()).header("Accept", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(base + "}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(noContentType.statusCode(), equalTo(400));
        assertThat(noContentType.body(), containsString("urn:danvan:problem:malformed-request"));
        assertThat(noContentType.body(), containsString("Content-Type"));
        assertThat(children(province), equalTo(before));
        // Dates: year 0000, a negative year, a date-time where a date is due; numbers in quotes and fractions.
        String commune = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        String officer = tokenFor("OFFICER", commune);
        Map<String, String> variants = Map.of(
                "\"receivedOn\":\"0000-01-05\"", "receivedOn",
                "\"receivedOn\":\"-0001-01-05\"", "receivedOn",
                "\"receivedOn\":\"2026-11-02T00:00:00Z\"", "receivedOn",
                "\"receivedOn\":\"2026-11-02\",\"peopleCount\":\"40\"", "peopleCount",
                "\"receivedOn\":\"2026-11-02\",\"peopleCount\":40.5", "peopleCount");
        variants.forEach((fields, field) -> bad(officer).body("{\"organizationId\":\"" + commune + "\"," + fields
                        + ",\"receptionType\":\"REGULAR\",\"channel\":\"IN_PERSON\",\"kind\":\"PETITION\",\"domain\":\"LAND\","
                        + "\"citizens\":[{\"fullName\":\"Lê Văn A\",\"representative\":false}],\"content\":\"x\","
                        + "\"handling\":\"PENDING\"}").post("/api/v1/receptions").then().statusCode(400)
                .body("errors.field", hasItem(field)));
        as(officer).queryParam("organizationId", commune).get("/api/v1/receptions").then().body("items", hasSize(0));
        // The same rules for dates in parameters.
        bad(officer).get("/api/v1/receptions?from=0000-01-01").then().statusCode(400).body("errors.field", hasItem("from"));
        bad(officer).get("/api/v1/receptions?from=2026-01-01T00:00:00Z").then().statusCode(400);
    }

    @Test
    void decomposedVietnameseIsStoredComposedAndFoundEitherWay() {
        String province = createProvince(unique("UBND tỉnh"));
        String composed = "Phòng Dân vận " + UUID.randomUUID().toString().substring(0, 6);
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        String id = api().body(Map.of("name", decomposed, "type", "OFFICE_DIVISION", "parentId", province))
                .post("/api/v1/organizations").then().statusCode(201).body("name", equalTo(composed)).extract().path("id");
        api().queryParam("q", Normalizer.normalize("phòng dân vận", Normalizer.Form.NFD)).queryParam("parentId", province)
                .get("/api/v1/organizations").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void theHttpLayersLimitsAnswerProblems() throws Exception {
        bad(adminToken()).queryParam("q", "x".repeat(9000)).get("/api/v1/organizations").then().statusCode(414)
                .contentType("application/problem+json").body("type", equalTo("urn:danvan:problem:uri-too-long"));
        bad(adminToken()).header("X-Padding", "y".repeat(20_000)).get("/api/v1/organizations").then().statusCode(431)
                .contentType("application/problem+json").body("type", equalTo("urn:danvan:problem:headers-too-large"));
        // A body announced over the server's hard limit (11 MB) is refused before it is read.
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/organizations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 20000000\r\nAccept-Language: en\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            StringBuilder read = new StringBuilder();
            byte[] buffer = new byte[4096];
            // Until the problem's closing brace: the server may keep the connection open.
            for (int n; !read.toString().trim().endsWith("}") && (n = in.read(buffer)) > 0; ) {
                read.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
            String answer = read.toString();
            assertThat(answer, startsWith("HTTP/1.1 413"));
            assertThat(answer, containsString("application/problem+json"));
            assertThat(answer, containsString("urn:danvan:problem:payload-too-large"));
        }
    }

    @Test
    void anIdHeldOutsideTheCallersUnitIsRefusedWithoutSayingWhose() {
        String province = createProvince(unique("UBND tỉnh"));
        String communeA = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        String communeB = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        String adminOfA = tokenFor("ORG_ADMIN", communeA);
        UUID elsewhere = UUID.randomUUID();
        UUID inside = UUID.randomUUID();
        api().body(Map.of("id", elsewhere.toString(), "username", unique("b").replace(" ", "."), "fullName", "Cán bộ B",
                "roles", List.of("OFFICER"), "password", PASSWORD, "organizationId", communeB)).post("/api/v1/users")
                .then().statusCode(201);
        api().body(Map.of("id", inside.toString(), "username", unique("a").replace(" ", "."), "fullName", "Cán bộ A",
                "roles", List.of("OFFICER"), "password", PASSWORD, "organizationId", communeA)).post("/api/v1/users")
                .then().statusCode(201);
        Map<String, Object> outsideAnswer = as(adminOfA).body(Map.of("id", elsewhere.toString(), "username",
                        unique("c").replace(" ", "."), "fullName", "Cán bộ C", "roles", List.of("OFFICER"),
                        "password", PASSWORD, "organizationId", communeA))
                .post("/api/v1/users").then().statusCode(409).extract().jsonPath().getMap("");
        Map<String, Object> insideAnswer = as(adminOfA).body(Map.of("id", inside.toString(), "username",
                        unique("d").replace(" ", "."), "fullName", "Cán bộ D", "roles", List.of("OFFICER"),
                        "password", PASSWORD, "organizationId", communeA))
                .post("/api/v1/users").then().statusCode(409).extract().jsonPath().getMap("");
        outsideAnswer.remove("instance");
        insideAnswer.remove("instance");
        assertThat(outsideAnswer, equalTo(insideAnswer));
        assertThat(String.valueOf(outsideAnswer.get("detail")), org.hamcrest.Matchers.not(containsString(elsewhere.toString())));
    }

    @Test
    void nullInEveryBodyFieldOfEveryOperationIsNeverAServerError() {
        String province = createProvince(unique("UBND tỉnh"));
        Map<String, String> tokens = new HashMap<>();
        for (String role : List.of("COORDINATOR", "ORG_ADMIN", "OFFICER", "VIEWER", "PORTAL_CLIENT")) {
            tokens.put(role, tokenFor(role, province));
        }
        tokens.put("SYSTEM_ADMIN", adminToken());
        List<String> failures = ContractFuzzer.nullEveryField(tokens);
        assertThat(String.join("\n", failures), failures, hasSize(0));
    }
}
