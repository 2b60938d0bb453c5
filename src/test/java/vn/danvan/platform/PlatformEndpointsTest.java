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
    void theServedContractIsTheBundleByteForByte() throws Exception {
        byte[] written = java.nio.file.Files.readAllBytes(vn.danvan.support.Contract.BUNDLE);
        var served = offContract().get("/q/openapi").then().statusCode(200)
                .contentType(containsString("application/yaml")).extract();
        org.junit.jupiter.api.Assertions.assertArrayEquals(written, served.asByteArray(),
                "/q/openapi must serve the bundle as written, not a re-serialisation");
        // Quoted times stay strings for YAML 1.1 parsers (unquoted, 11:30 would read as the integer 690).
        assertTrue(served.asString().contains("endTime: '11:30'"));

        var yaml = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(written);
        var asJson = new com.fasterxml.jackson.databind.ObjectMapper().readTree(offContract()
                .get("/q/openapi?format=json").then().statusCode(200).contentType(containsString("application/json"))
                .extract().asByteArray());
        org.junit.jupiter.api.Assertions.assertEquals(yaml, asJson);
        org.junit.jupiter.api.Assertions.assertEquals(yaml, new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(offContract().accept("application/json").get("/q/openapi").asByteArray()));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("bearerAuth"),
                iterable(asJson.path("components").path("securitySchemes").fieldNames()));

        String tag = served.header("ETag");
        offContract().header("If-None-Match", tag).get("/q/openapi").then().statusCode(304);
        offContract().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static java.util.List<String> iterable(java.util.Iterator<String> names) {
        java.util.List<String> all = new java.util.ArrayList<>();
        names.forEachRemaining(all::add);
        return all;
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
