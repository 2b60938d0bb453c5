package vn.danvan.mobilization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.danvan.support.MariaDbTestResource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "Dân vận khéo" models on the phones: a commune's own models and their stages, none of another commune's. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class ModelSyncTest extends MobilizationFixtures {

    private static final String DELTA = "/api/v1/mobilization-models/delta";

    @Test
    void aCommuneSyncsItsModelsAndTheirStagesOnly() {
        Province p = provinceWithSettings();
        String other = createChild(p.id(), unique("UBND xã khác"), "COMMUNE_PEOPLES_COMMITTEE");
        String ours = create(collective(p.commune(), unique("Mô hình đường bê tông")));
        create(collective(other, unique("Mô hình nước sạch")));

        String official = tokenFor("OFFICER", p.commune());
        JsonPath first = as(official).get(DELTA).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(ours), first.getList("changed.id"));
        assertEquals("DRAFT", first.getString("changed[0].status"));

        action(ours, "registration", null);
        JsonPath changes = as(official).queryParam("deltaToken", first.getString("deltaToken")).get(DELTA).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(ours), changes.getList("changed.id"));
        assertEquals("REGISTERED", changes.getString("changed[0].status"));
        assertEquals(List.of(), changes.getList("removed"));
    }
}
