package vn.danvan.directive;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** "Kính gửi": a directive's recipients come back in the order they were sent, through every read and a change. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class DirectiveRecipientOrderTest extends ApiTest {

    @Test
    void recipientsKeepTheOrderOfKinhGui() {
        String province = createProvince(unique("UBND tỉnh"));
        List<String> units = new ArrayList<>();
        for (String name : List.of("Sở Nội vụ", "Sở Tài chính", "UBND xã Tịnh Khê", "UBND phường Cẩm Thành", "UBND xã An Phú")) {
            units.add(createChild(province, unique(name), name.startsWith("Sở") ? "DEPARTMENT" : "COMMUNE_PEOPLES_COMMITTEE"));
        }
        // neither the order of the IDs nor of their creation: the reverse of the IDs' order
        List<String> sent = new ArrayList<>(units);
        sent.sort(Comparator.reverseOrder());
        String coordinator = tokenFor("COORDINATOR", province);
        String id = as(coordinator).body(DirectiveTest.directive(province, unique("12/UBND").replace(" ", "-"), sent))
                .post("/api/v1/directives").then().statusCode(201)
                .body("recipientOrganizationIds", equalTo(sent)).extract().path("id");
        as(coordinator).get("/api/v1/directives/" + id).then().statusCode(200)
                .body("recipientOrganizationIds", equalTo(sent));
        as(coordinator).queryParam("pageSize", 200).get("/api/v1/directives").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.recipientOrganizationIds", equalTo(sent));

        // reordered (and a repeat, counted once where it first comes): the new order is kept
        List<String> reordered = List.of(sent.get(2), sent.get(0), sent.get(4), sent.get(1), sent.get(3));
        List<String> withRepeat = new ArrayList<>(reordered);
        withRepeat.add(sent.get(0));
        int version = as(coordinator).get("/api/v1/directives/" + id).then().extract().path("version");
        Map<String, Object> body = DirectiveTest.directive(province, "13/UBND", withRepeat);
        as(coordinator).header("If-Match", "\"" + version + "\"").body(body).put("/api/v1/directives/" + id)
                .then().statusCode(200).body("recipientOrganizationIds", equalTo(reordered));
        as(coordinator).post("/api/v1/directives/" + id + "/issuance").then().statusCode(200)
                .body("recipientOrganizationIds", equalTo(reordered));
        as(tokenFor("OFFICER", sent.get(3))).get("/api/v1/directives/" + id).then().statusCode(200)
                .body("recipientOrganizationIds", equalTo(reordered));
    }
}
