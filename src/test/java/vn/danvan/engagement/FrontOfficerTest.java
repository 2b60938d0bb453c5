package vn.danvan.engagement;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.danvan.support.MariaDbTestResource;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The Front's officers sign in with their own role and see what their organisation sent and the answers, nothing else. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class FrontOfficerTest extends EngagementTestSupport {

    @BeforeEach
    void province() {
        setUpProvince();
    }

    private Map<String, Object> recommendation(String issuer) {
        return Map.of("issuingOrganizationId", issuer, "numberSymbol", "07/KN-HND", "issuedOn", TODAY.minusDays(10).toString(),
                "kind", "SOCIAL_CRITIQUE", "subject", "Phản biện dự thảo đề án phát triển nông nghiệp",
                "items", List.of(Map.of("text", "Bổ sung chính sách hỗ trợ liên kết tiêu thụ nông sản",
                        "responsibleOrganizationId", commune, "dueDate", TODAY.plusDays(20).toString(),
                        "deadlineBasis", "LEGAL")));
    }

    @Test
    void aFrontOfficerSeesOnlyWhatTheirOrganisationSentAndTheAnswers() {
        String frontOfficer = tokenFor("FRONT_OFFICER", provinceFront);
        // sent by the officer's own Front committee, through their own account
        String own = as(frontOfficer).body(recommendation(provinceFront)).post("/api/v1/front-recommendations").then()
                .statusCode(201).extract().path("id");
        String itemId = as(frontOfficer).get("/api/v1/front-recommendations/" + own).then().statusCode(200)
                .extract().path("items[0].id");
        // another organisation's: neither recorded in its name, nor read
        as(frontOfficer).body(recommendation(farmersUnion)).post("/api/v1/front-recommendations").then().statusCode(400)
                .body("errors[0].code", equalTo("NotOwn"));
        String other = as(coordinator).body(recommendation(farmersUnion)).post("/api/v1/front-recommendations").then()
                .statusCode(201).extract().path("id");
        as(frontOfficer).get("/api/v1/front-recommendations/" + other).then().statusCode(404);
        as(frontOfficer).get("/api/v1/front-recommendations").then().statusCode(200)
                .body("items.id", hasItem(own)).body("items.id", not(hasItem(other)));
        // the answers: given by the commune, read by the Front; the Front does not answer itself
        as(frontOfficer).body(Map.of("outcome", "EXPLAINED", "text", "x"))
                .post("/api/v1/front-recommendations/" + own + "/items/" + itemId + "/answer").then().statusCode(403);
        as(communeOfficer).body(Map.of("outcome", "ACCEPTED_ACTED", "text", "Đã bổ sung vào đề án."))
                .post("/api/v1/front-recommendations/" + own + "/items/" + itemId + "/answer").then().statusCode(200);
        as(frontOfficer).get("/api/v1/front-recommendations/" + own).then().statusCode(200)
                .body("items[0].answer", equalTo("Đã bổ sung vào đề án.")).body("status", equalTo("ANSWERED"));
        as(frontOfficer).accept("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .get("/api/v1/front-recommendations/" + own + "/reply").then().statusCode(200);
        // nothing else: no dialogues, tasks, receptions, directives
        as(frontOfficer).get("/api/v1/dialogues").then().statusCode(403);
        as(frontOfficer).get("/api/v1/tasks").then().statusCode(403);
        as(frontOfficer).get("/api/v1/receptions").then().statusCode(403);
        as(frontOfficer).get("/api/v1/directives").then().statusCode(403);
        // their own account: 0.4.0's roles leave the new role out, grantedRoles carries it
        as(frontOfficer).get("/api/v1/users/me").then().statusCode(200)
                .body("roles", empty()).body("grantedRoles", contains("FRONT_OFFICER"));
        // the account: 0.4.0's roles leave the new role out, grantedRoles carries it
        api().queryParam("role", "FRONT_OFFICER").queryParam("organizationId", provinceFront).get("/api/v1/users").then()
                .statusCode(200).body("items[0].roles", empty())
                .body("items[0].grantedRoles", contains("FRONT_OFFICER"));
    }
}
