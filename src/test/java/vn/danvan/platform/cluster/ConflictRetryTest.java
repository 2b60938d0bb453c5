package vn.danvan.platform.cluster;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;
import vn.danvan.support.Parallel;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/**
 * A transaction rolled back at commit by a certification conflict (as Galera does to the second of two conflicting
 * writes through two nodes) is run again by the service: the client gets its success and exactly one record. The
 * conflicts are injected at commit by {@link CommitConflictInjector}.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class ConflictRetryTest extends ApiTest {

    @Test
    void aCreateThatConflictsTwiceAtCommitSucceedsOnceAndItsKeyReplaysTheSameRecord() {
        String name = unique("UBND tỉnh xung đột");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", name, "type", "PROVINCIAL_PEOPLES_COMMITTEE");
        String id = api().header("Idempotency-Key", key).header(CommitConflictInjector.HEADER, "2").body(body)
                .post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        api().header("Idempotency-Key", key).body(body).post("/api/v1/organizations").then().statusCode(201)
                .body("id", equalTo(id));
        assertThat(recordsNamed(name), equalTo(1));
    }

    @Test
    void parallelIdempotentCreatesUnderConflictsEachMakeExactlyOneRecord() {
        int keys = 8;
        String prefix = unique("UBND tỉnh song song");
        List<Integer> statuses = Parallel.run(keys, i -> api()
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header(CommitConflictInjector.HEADER, String.valueOf(1 + i % 2))
                .body(Map.of("name", prefix + " " + i, "type", "PROVINCIAL_PEOPLES_COMMITTEE"))
                .post("/api/v1/organizations").statusCode());
        assertThat(statuses, everyItem(equalTo(201)));
        for (int i = 0; i < keys; i++) {
            assertThat(prefix + " " + i, recordsNamed(prefix + " " + i), equalTo(1));
        }
    }

    @Test
    void conflictsBeyondTheBoundAnswer503WithNothingStoredAndTheSameKeyThenSucceeds() {
        String name = unique("UBND tỉnh quá tải");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", name, "type", "PROVINCIAL_PEOPLES_COMMITTEE");
        api().header("Idempotency-Key", key).header(CommitConflictInjector.HEADER, "3").body(body)
                .post("/api/v1/organizations").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:danvan:problem:service-unavailable"));
        assertThat(recordsNamed(name), equalTo(0));
        api().header("Idempotency-Key", key).body(body).post("/api/v1/organizations").then().statusCode(201);
        assertThat(recordsNamed(name), equalTo(1));
    }

    private static int recordsNamed(String name) {
        List<String> names = api().queryParam("q", name).queryParam("pageSize", 50).get("/api/v1/organizations")
                .then().statusCode(200).body("items", notNullValue()).extract().path("items.name");
        return (int) names.stream().filter(name::equals).count();
    }
}
