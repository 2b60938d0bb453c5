package vn.danvan.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Base of the API tests: contract validation on every call, and helpers that build test data. */
public abstract class ApiTest {

    @BeforeAll
    static void validateAgainstContract() {
        if (RestAssured.filters().stream().noneMatch(f -> f instanceof ContractValidationFilter)) {
            RestAssured.filters(new ContractValidationFilter());
        }
    }

    protected static RequestSpecification api() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** For requests that break the contract on purpose: only the response is checked. */
    protected static RequestSpecification invalidRequest() {
        return api().header(ContractValidationFilter.INVALID_REQUEST, "true");
    }

    protected static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A numeric code of the given length, unique enough for one test run. */
    protected static String numericCode(int digits) {
        long bound = (long) Math.pow(10, digits);
        long value = Math.floorMod(UUID.randomUUID().getMostSignificantBits(), bound);
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
