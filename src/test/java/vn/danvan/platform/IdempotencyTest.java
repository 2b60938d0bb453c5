package vn.danvan.platform;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class IdempotencyTest extends ApiTest {

    @Test
    void aRetriedCreateReturnsTheFirstResponseAndCreatesOnce() {
        String province = createProvince(unique("UBND tỉnh"));
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "Phòng Nội vụ", "type", "OFFICE_DIVISION", "parentId", province);
        var first = api().header("Idempotency-Key", key).body(body).post("/api/v1/organizations").then()
                .statusCode(201).extract();
        api().header("Idempotency-Key", key).body(body).post("/api/v1/organizations").then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .header("ETag", equalTo(first.header("ETag")))
                .body("id", equalTo(first.path("id")))
                .body("createdAt", equalTo(first.path("createdAt")));
        api().queryParam("parentId", province).get("/api/v1/organizations").then().body("items", hasSize(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndChangesNothing() {
        String province = createProvince(unique("UBND tỉnh"));
        String key = UUID.randomUUID().toString();
        api().header("Idempotency-Key", key).body(Map.of("name", "Phòng A", "type", "OFFICE_DIVISION", "parentId", province))
                .post("/api/v1/organizations").then().statusCode(201);
        api().header("Idempotency-Key", key).body(Map.of("name", "Phòng B", "type", "OFFICE_DIVISION", "parentId", province))
                .post("/api/v1/organizations").then()
                .statusCode(422)
                .body("type", equalTo("urn:danvan:problem:idempotency-key-reused"));
        api().queryParam("parentId", province).get("/api/v1/organizations").then()
                .body("items", hasSize(1)).body("items[0].name", equalTo("Phòng A"));
    }

    @Test
    void aFailedRequestIsNotRememberedSoItsCorrectionGoesThrough() {
        String province = createProvince(unique("UBND tỉnh"));
        String key = UUID.randomUUID().toString();
        api().header("Idempotency-Key", key).body(Map.of("name", "UBND xã", "type", "COMMUNE_PEOPLES_COMMITTEE",
                "parentId", province, "officialCode", "12")).post("/api/v1/organizations").then().statusCode(400);
        api().header("Idempotency-Key", key).body(Map.of("name", "UBND xã", "type", "COMMUNE_PEOPLES_COMMITTEE",
                "parentId", province)).post("/api/v1/organizations").then().statusCode(201);
    }

    @Test
    void actionsHonourTheKeyToo() {
        String province = createProvince(unique("UBND tỉnh"));
        String unit = createChild(province, "Trung tâm", "PUBLIC_SERVICE_UNIT");
        String key = UUID.randomUUID().toString();
        api().header("Idempotency-Key", key).body(Map.of("validTo", "2025-06-30"))
                .post("/api/v1/organizations/" + unit + "/dissolution").then().statusCode(200).body("version", equalTo(1));
        api().header("Idempotency-Key", key).body(Map.of("validTo", "2025-06-30"))
                .post("/api/v1/organizations/" + unit + "/dissolution").then()
                .statusCode(200).header("Idempotent-Replayed", "true").body("version", equalTo(1));
    }

    @Test
    void concurrentRetriesCreateExactlyOneUnit() throws Exception {
        String province = createProvince(unique("UBND tỉnh"));
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "Phòng song song", "type", "OFFICE_DIVISION", "parentId", province);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            Callable<Integer> send = () -> api().header("Idempotency-Key", key).body(body)
                    .post("/api/v1/organizations").then().extract().statusCode();
            List<Future<Integer>> results = pool.invokeAll(List.of(send, send, send, send, send, send));
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            assertThat(statuses, hasItem(201));
            statuses.forEach(s -> assertThat("201 or 409 while the first is in flight", s == 201 || s == 409));
        } finally {
            pool.shutdown();
        }
        api().queryParam("parentId", province).get("/api/v1/organizations").then().body("items", hasSize(1));
    }
}
