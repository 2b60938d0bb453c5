package vn.danvan.platform;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** A query parameter the contract does not declare for the operation is refused, never silently ignored. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class UnknownQueryParametersTest extends ApiTest {

    @Test
    void aListWithAnUndeclaredFilterIsRefusedAndNamesTheParameter() {
        invalidRequest().header("Accept-Language", "en").get("/api/v1/organizations?updatedSince=2026-01-01&pageSize=1")
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("updatedSince"))
                .body("errors[0].code", equalTo("UnknownParameter"))
                .body("errors[0].message", containsString("pageSize"));
        // The same list with its declared parameters answers.
        api().get("/api/v1/organizations?pageSize=1&q=tinh").then().statusCode(200);
    }

    @Test
    void aMisspelledParameterOnAChangeIsRefusedAndNothingIsWritten() {
        String name = unique("UBND tỉnh thử tham số");
        invalidRequest().body(Map.of("name", name, "type", "PROVINCIAL_PEOPLES_COMMITTEE"))
                .post("/api/v1/organizations?dryRun=true").then().statusCode(400)
                .body("errors[0].field", equalTo("dryRun"));
        api().get("/api/v1/organizations?q=" + name).then().statusCode(200).body("items", hasSize(0));
    }
}
