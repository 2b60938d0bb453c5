package vn.danvan.sync;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;
import vn.danvan.support.Parallel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mobile app's day offline, as docs/api-guide.md ("Writing offline: an outbox on the phone") tells it to work: the
 * official downloads the commune's book, writes in the village without network (a new record with a client-chosen ID,
 * an edit of a record held offline), and on return sends the outbox over a flaky network (the same create retried at
 * once, as a phone that lost the answers does), meets a 412 because a colleague edited the same record meanwhile,
 * resolves it and syncs: the server holds each record once, with both edits, and the delta brings exactly that.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class OfflineOutboxTest extends ApiTest {

    private static final String DELTA = "/api/v1/receptions/delta";

    @Test
    void anOutboxReplayedOverAFlakyNetworkWritesEachChangeOnceAndTheDeltaBringsThem() {
        String province = createProvince(unique("UBND tỉnh"));
        String commune = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        String phone = signIn(createUser("OFFICER", commune), PASSWORD);
        String colleague = tokenFor("OFFICER", commune);
        String held = as(colleague).body(reception(null, commune, "Kiến nghị sửa đường liên thôn")).post("/api/v1/receptions")
                .then().statusCode(201).extract().path("id");

        // Morning, in network: the first download.
        JsonPath download = as(phone).get(DELTA).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(held), download.getList("changed.id"));
        String deltaToken = download.getString("deltaToken");
        String heldTag = as(phone).get("/api/v1/receptions/" + held).then().extract().header("ETag");

        // In the village, offline: the outbox holds a create (client-chosen ID, its key) and an edit of the held copy.
        String created = UUID.randomUUID().toString();
        String createKey = "outbox-" + UUID.randomUUID();
        Map<String, Object> createBody = reception(created, commune, "Phản ánh ô nhiễm nguồn nước thôn Mỹ Lai");
        Map<String, Object> editBody = reception(null, commune, "Kiến nghị sửa đường liên thôn, đoạn qua trường học");
        editBody.remove("organizationId");

        // Meanwhile a colleague at the office edits the same record.
        Map<String, Object> officeEdit = reception(null, commune, "Kiến nghị sửa đường liên thôn (đã xác minh)");
        officeEdit.remove("organizationId");
        as(colleague).header("If-Match", heldTag).body(officeEdit).put("/api/v1/receptions/" + held).then().statusCode(200);

        // Back in network, the answers keep getting lost: the phone sends the create eight times at once.
        List<Response> creates = Parallel.run(8, i -> as(phone).header("Idempotency-Key", createKey).body(createBody)
                .post("/api/v1/receptions"));
        List<Integer> statuses = creates.stream().map(Response::statusCode).toList();
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), "201, or 409 while the first is in flight: " + statuses);
        assertTrue(statuses.contains(201));
        creates.stream().filter(r -> r.statusCode() == 201)
                .forEach(r -> assertEquals(created, r.path("id"), "every 201 is the record the phone chose"));
        // The next retry after the burst replays the first answer.
        Response replay = as(phone).header("Idempotency-Key", createKey).body(createBody).post("/api/v1/receptions");
        assertEquals(201, replay.statusCode());
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(created, replay.path("id"));

        // The edit was made on the morning's copy: 412, nothing overwritten.
        as(phone).header("If-Match", heldTag).body(editBody).put("/api/v1/receptions/" + held).then().statusCode(412)
                .contentType("application/problem+json");
        Response current = as(phone).get("/api/v1/receptions/" + held);
        assertEquals("Kiến nghị sửa đường liên thôn (đã xác minh)", current.path("content"), "the office's edit stands");
        // The official compares both versions and sends the change again on the current one.
        as(phone).header("If-Match", current.header("ETag")).body(editBody).put("/api/v1/receptions/" + held)
                .then().statusCode(200);

        // The outbox is empty: the delta brings the new record once and the held one as it now stands.
        JsonPath delta = as(phone).queryParam("deltaToken", deltaToken).get(DELTA).then().statusCode(200).extract()
                .jsonPath();
        List<String> changed = delta.getList("changed.id");
        assertEquals(2, changed.size(), "each record once: " + changed);
        assertTrue(changed.containsAll(List.of(created, held)));
        assertEquals(List.of(), delta.getList("removed"));
        int heldAt = changed.indexOf(held);
        assertEquals("Kiến nghị sửa đường liên thôn, đoạn qua trường học", delta.getString("changed[" + heldAt + "].content"));
        assertEquals(1, as(phone).queryParam("q", "ô nhiễm nguồn nước thôn Mỹ Lai").get("/api/v1/receptions")
                .then().statusCode(200).extract().jsonPath().getList("items").size(), "created exactly once");
        // Nothing new after that.
        JsonPath after = as(phone).queryParam("deltaToken", delta.getString("deltaToken")).get(DELTA).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(), after.getList("changed"));
    }

    private static Map<String, Object> reception(String id, String commune, String content) {
        Map<String, Object> citizen = Map.of("fullName", "Trần Văn Bình", "address", "Thôn Mỹ Lai",
                "phone", "0905123456", "idType", "CCCD", "idNumber", "051195003333", "representative", false);
        Map<String, Object> body = new HashMap<>();
        if (id != null) {
            body.put("id", id);
        }
        body.put("organizationId", commune);
        body.put("receivedOn", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString());
        body.put("receptionType", "REGULAR");
        body.put("channel", "IN_PERSON");
        body.put("kind", "FEEDBACK");
        body.put("domain", "ENVIRONMENT");
        body.put("peopleCount", 1);
        body.put("citizens", List.of(citizen));
        body.put("content", content);
        body.put("handling", "PENDING");
        body.put("receivingOfficials", List.of("Võ Minh Tâm"));
        return body;
    }
}
