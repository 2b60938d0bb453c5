package vn.danvan.organization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** On the packaged jar: a province and its commune are created, found, renamed with If-Match and kept in history. */
@QuarkusIntegrationTest
@WithTestResource(MariaDbTestResource.class)
class OrganizationFlowIT extends ApiTest {

    @Test
    void aCommuneIsCreatedUnderItsProvinceRenamedAndItsHistoryKept() {
        String province = createProvince(unique("UBND tỉnh"));
        String commune = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");

        api().get("/api/v1/organizations/" + province + "/children").then().statusCode(200)
                .body("items.id", hasItem(commune));
        var read = api().get("/api/v1/organizations/" + commune).then().statusCode(200).extract();
        String renamed = unique("UBND xã Tịnh Khê");
        api().header("If-Match", read.header("ETag"))
                .body(Map.of("name", renamed, "type", "COMMUNE_PEOPLES_COMMITTEE"))
                .put("/api/v1/organizations/" + commune).then().statusCode(200).body("name", equalTo(renamed));
        // the ETag read before the change no longer holds
        api().header("If-Match", read.header("ETag"))
                .body(Map.of("name", unique("UBND xã"), "type", "COMMUNE_PEOPLES_COMMITTEE"))
                .put("/api/v1/organizations/" + commune).then().statusCode(412);
        api().get("/api/v1/organizations/" + commune + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("UPDATED", "CREATED")));
    }
}
