package vn.danvan.directive;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** On the packaged jar: a directive is drafted, issued and superseded by a newer one; a draft-only edit is refused. */
@QuarkusIntegrationTest
@WithTestResource(MariaDbTestResource.class)
class DirectiveFlowIT extends ApiTest {

    private static Map<String, Object> directive(String province, String commune, String number) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "OFFICIAL_LETTER");
        body.put("issuerOrganizationId", province);
        body.put("numberSymbol", number);
        body.put("issueDate", "2025-09-05");
        body.put("subject", "V/v tiếp tục đẩy mạnh công tác dân vận chính quyền");
        body.put("recipientOrganizationIds", List.of(commune));
        return body;
    }

    @Test
    void aDirectiveIsDraftedIssuedAndSuperseded() {
        String province = createProvince(unique("UBND tỉnh"));
        String commune = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        String old = api().body(directive(province, commune, numericCode(4) + "/UBND-NC")).post("/api/v1/directives")
                .then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
        api().post("/api/v1/directives/" + old + "/issuance").then().statusCode(200).body("status", equalTo("ISSUED"));
        // an issued directive is no longer edited: 409 naming its status
        api().header("If-Match", "\"1\"").body(directive(province, commune, numericCode(4) + "/UBND-NC"))
                .put("/api/v1/directives/" + old).then().statusCode(409)
                .body("type", equalTo("urn:danvan:problem:invalid-state")).body("detail", containsString("ISSUED"));

        String replacement = api().body(directive(province, commune, numericCode(4) + "/UBND-NC"))
                .post("/api/v1/directives").then().statusCode(201).extract().path("id");
        api().post("/api/v1/directives/" + replacement + "/issuance").then().statusCode(200);
        api().body(Map.of("replacedByDirectiveId", replacement)).post("/api/v1/directives/" + old + "/supersession")
                .then().statusCode(200).body("status", equalTo("SUPERSEDED"))
                .body("replacedByDirectiveId", equalTo(replacement));
    }
}
