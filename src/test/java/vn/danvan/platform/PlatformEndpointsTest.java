package vn.danvan.platform;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.danvan.organization.OrganizationEntity;
import vn.danvan.organization.OrganizationRepository;
import vn.danvan.support.ApiTest;
import vn.danvan.support.ContractValidationFilter;
import vn.danvan.support.MariaDbTestResource;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class PlatformEndpointsTest extends ApiTest {

    @Inject
    OrganizationRepository organizations;

    private static io.restassured.specification.RequestSpecification offContract() {
        return given().header(ContractValidationFilter.OFF_CONTRACT, "true");
    }

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.management.test-port")
    int managementPort;

    private io.restassured.specification.RequestSpecification management() {
        return offContract().port(managementPort);
    }

    @Test
    void healthChecksTheDatabaseOnTheManagementPort() {
        management().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem("database"));
        management().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theServedContractIsTheBundle() throws Exception {
        String served = offContract().get("/q/openapi").then().statusCode(200).extract().asString();
        var parser = new io.swagger.v3.parser.OpenAPIV3Parser();
        var fromServer = parser.readContents(served).getOpenAPI();
        var fromFile = parser.read(vn.danvan.support.Contract.BUNDLE.toString());
        org.junit.jupiter.api.Assertions.assertEquals(operations(fromFile), operations(fromServer),
                "/q/openapi serves other operations than the bundled contract");
        org.junit.jupiter.api.Assertions.assertEquals(fromFile.getComponents().getSchemas().keySet(),
                fromServer.getComponents().getSchemas().keySet());
        org.junit.jupiter.api.Assertions.assertEquals(fromFile.getInfo().getVersion(), fromServer.getInfo().getVersion());
        offContract().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static java.util.Set<String> operations(io.swagger.v3.oas.models.OpenAPI spec) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        spec.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, op) -> ids.add(method + " " + path + " " + op.getOperationId())));
        return ids;
    }

    @Test
    void metricsArePublishedOnTheManagementPortOnly() {
        // one API request first: request metrics appear once there was a request (the class may run alone)
        api().get("/api/v1/organizations?pageSize=1").then().statusCode(200);
        management().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        // Not on the public port, where anyone could read the traffic.
        offContract().get("/q/metrics").then().statusCode(404);
        offContract().get("/q/health/ready").then().statusCode(404);
    }

    @Test
    void unknownAddressesAndMethodsAreProblems() {
        offContract().accept("application/json").get("/api/v1/nothing-here").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:danvan:problem:not-found"));
        offContract().accept("application/json").patch("/api/v1/organizations").then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:danvan:problem:method-not-allowed"));
        invalidRequest().get("/api/v1/organizations/not-a-uuid").then()
                .statusCode(404)
                .body("type", equalTo("urn:danvan:problem:not-found"));
    }

    @Test
    void everyWriteTakesANewChangeNumberAndDeletesLeaveTombstones() {
        String province = createProvince(unique("UBND tỉnh"));
        String id = createChild(province, "Phòng Tổng hợp", "OFFICE_DIVISION");
        long created = changeSeq(id);
        api().header("If-Match", "\"0\"").body(Map.of("name", "Phòng Tổng hợp - Hành chính", "type", "OFFICE_DIVISION"))
                .put("/api/v1/organizations/" + id).then().statusCode(200);
        long updated = changeSeq(id);
        assertTrue(updated > created, "an update takes a higher change number");
        api().header("If-Match", "\"1\"").delete("/api/v1/organizations/" + id).then().statusCode(204);
        OrganizationEntity tombstone = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> organizations.findById(UUID.fromString(id)));
        assertNotNull(tombstone.deletedAt, "the row stays as a tombstone");
        org.hamcrest.MatcherAssert.assertThat(tombstone.changeSeq, greaterThan(updated));
    }

    private long changeSeq(String id) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> organizations.findById(UUID.fromString(id)).changeSeq);
    }
}
