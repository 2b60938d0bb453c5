package vn.danvan.mobilization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;
import vn.danvan.support.MariaDbTestResource;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * On the packaged jar: a "Dân vận khéo" model is registered in the open window, appraised against the province's
 * criteria, recognised, commended and published on the public showcase.
 */
@QuarkusIntegrationTest
@WithTestResource(MariaDbTestResource.class)
class MobilizationFlowIT extends MobilizationFixtures {

    private static final String SHOWCASE = "/api/v1/public/mobilization-models";

    @Test
    void aModelIsRegisteredAppraisedRecognisedCommendedAndShownToThePublic() {
        Province p = provinceWithSettings();
        String id = create(collective(p.commune(), unique("Dân vận khéo trong xây dựng nông thôn mới")));

        action(id, "registration", null);
        action(id, "appraisal", appraisal(p.criteria(), 18));
        api().get(MODELS + "/" + id).then().body("status", equalTo("APPRAISED")).body("appraisal.totalScore", equalTo(90));
        action(id, "recognition", recognition());
        action(id, "commendation", Map.of("form", "LETTER_OF_COMMENDATION", "level", "GRASSROOTS",
                "issuingAuthority", "UBND xã", "decisionNumber", "15/QĐ-UBND", "decisionDate", today().toString()));
        action(id, "publication", null);

        anonymous().queryParam("provinceId", p.id()).get(SHOWCASE).then().statusCode(200)
                .body("items.id", hasItem(id));
        anonymous().get(SHOWCASE + "/" + id).then().statusCode(200).body("status", equalTo("COMMENDED"));
    }
}
