package vn.danvan.sync;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mobile sync on organisations: a first download page by page, then only what changed (created, updated,
 * deleted as tombstones), units that leave or come into the caller's reach when the tree moves, and tokens that
 * cannot be reused elsewhere.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class OrganizationSyncTest extends ApiTest {

    private static final String DELTA = "/api/v1/organizations/delta";

    @Test
    void aFirstDownloadPagesThroughTheScopeThenOnlyChangesCome() {
        String province = createProvince(unique("UBND tỉnh"));
        String district = createChild(province, "Phòng Nội vụ", "DEPARTMENT");
        String communeA = createChild(province, unique("UBND xã A"), "COMMUNE_PEOPLES_COMMITTEE");
        String communeB = createChild(province, unique("UBND xã B"), "COMMUNE_PEOPLES_COMMITTEE");
        String officer = tokenFor("OFFICER", communeA);
        String coordinator = tokenFor("COORDINATOR", province);

        // The officer of commune A reaches commune A only.
        Sync first = download(officer, 1);
        assertEquals(List.of(communeA), first.changedIds);
        assertTrue(first.removedIds.isEmpty());

        // The coordinator reaches the four units, two per page.
        Sync all = download(coordinator, 2);
        assertTrue(all.changedIds.containsAll(List.of(province, district, communeA, communeB)), all.changedIds.toString());
        assertTrue(all.pages >= 2);

        // Nothing changed: an empty page with a new token.
        JsonPath nothing = delta(coordinator, all.deltaToken);
        assertEquals(List.of(), nothing.getList("changed"));
        assertEquals(List.of(), nothing.getList("removed"));
        assertNotNull(nothing.getString("deltaToken"));

        // A rename and a deletion since: the renamed unit whole, the deleted one as a tombstone.
        String tag = api().get("/api/v1/organizations/" + communeB).then().extract().header("ETag");
        api().header("If-Match", tag).body(Map.of("name", "UBND xã B mới", "type", "COMMUNE_PEOPLES_COMMITTEE"))
                .put("/api/v1/organizations/" + communeB).then().statusCode(200);
        String dtag = api().get("/api/v1/organizations/" + district).then().extract().header("ETag");
        api().header("If-Match", dtag).delete("/api/v1/organizations/" + district).then().statusCode(204);
        JsonPath changes = delta(coordinator, nothing.getString("deltaToken"));
        assertEquals(List.of(communeB), changes.getList("changed.id"));
        assertEquals("UBND xã B mới", changes.getString("changed[0].name"));
        assertEquals(List.of(district), changes.getList("removed.id"));
        assertEquals("DELETED", changes.getString("removed[0].reason"));
        assertNotNull(changes.getString("removed[0].deletedAt"));

        // The officer of commune A saw none of it: changes outside the reach never leak.
        JsonPath officers = delta(officer, first.deltaToken);
        assertEquals(List.of(), officers.getList("changed"));
        assertEquals(List.of(), officers.getList("removed"));
    }

    @Test
    void unitsMovedOutOfTheReachAreRemovedAndThoseMovedInAreSent() {
        String province = createProvince(unique("UBND tỉnh"));
        String ward = createChild(province, unique("UBND phường"), "COMMUNE_PEOPLES_COMMITTEE");
        String office = createChild(ward, "Văn phòng HĐND và UBND", "OFFICE_DIVISION");
        String other = createChild(province, unique("UBND xã khác"), "COMMUNE_PEOPLES_COMMITTEE");
        String officer = tokenFor("ORG_ADMIN", ward);
        Sync before = download(officer, 10);
        assertEquals(java.util.Set.of(ward, office), java.util.Set.copyOf(before.changedIds));

        // The office moves to the other commune: it leaves the ward's reach.
        move(office, other);
        JsonPath left = delta(officer, before.deltaToken);
        assertEquals(List.of(office), left.getList("removed.id"));
        assertEquals("OUT_OF_SCOPE", left.getString("removed[0].reason"));
        assertEquals(List.of(), left.getList("changed"));

        // And back: it comes into the reach again, whole.
        move(office, ward);
        JsonPath back = delta(officer, left.getString("deltaToken"));
        assertEquals(List.of(office), back.getList("changed.id"));
        assertEquals(List.of(), back.getList("removed"));
    }

    @Test
    void tokensBelongToOneAccountAndOneCollectionAndAreSigned() {
        String province = createProvince(unique("UBND tỉnh"));
        String commune = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        String mine = tokenFor("OFFICER", commune);
        String someoneElse = signIn(createUser("OFFICER", commune), PASSWORD);
        String token = download(mine, 10).deltaToken;

        invalidRequest().auth().oauth2(someoneElse).queryParam("deltaToken", token).get(DELTA).then().statusCode(400)
                .body("errors[0].field", equalTo("deltaToken"));
        String forged = token.substring(0, token.indexOf('.')) + ".AAAAAAAAAAAAAAAAAAAAAA";
        invalidRequest().auth().oauth2(mine).queryParam("deltaToken", forged).get(DELTA).then().statusCode(400);
        // A delta token is not a page token, and both at once is refused.
        invalidRequest().auth().oauth2(mine).queryParam("pageToken", token).get(DELTA).then().statusCode(400)
                .body("errors[0].field", equalTo("pageToken"));
        invalidRequest().auth().oauth2(mine).queryParam("pageToken", token).queryParam("deltaToken", token)
                .get(DELTA).then().statusCode(400);
        invalidRequest().auth().oauth2(mine).queryParam("pageSize", 501).get(DELTA).then().statusCode(400);
        invalidRequest().auth().oauth2(mine).queryParam("deltaToken", "junk").get(DELTA).then().statusCode(400)
                .contentType(containsString("application/problem+json"));
    }

    @jakarta.inject.Inject
    vn.danvan.platform.time.AppClock clock;

    @Test
    void aTokenOlderThanTheTombstoneRetentionAnswers410() {
        String province = createProvince(unique("UBND tỉnh"));
        String commune = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        String officer = tokenFor("OFFICER", commune);
        String old;
        clock.set(java.time.Clock.fixed(java.time.Instant.now().minus(java.time.Duration.ofDays(91)), clock.zone()));
        try {
            old = download(officer, 10).deltaToken;
        } finally {
            clock.set(null);
        }
        as(officer).header("Accept-Language", "en").queryParam("deltaToken", old).get(DELTA).then().statusCode(410)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:danvan:problem:sync-token-expired"))
                .body("detail", containsString("90 days"));
        // Starting again from zero works.
        assertEquals(List.of(commune), download(officer, 10).changedIds);
    }

    private record Sync(List<String> changedIds, List<String> removedIds, String deltaToken, int pages) {
    }

    private static Sync download(String token, int pageSize) {
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        String pageToken = null;
        int pages = 0;
        while (true) {
            var request = as(token).queryParam("pageSize", pageSize);
            if (pageToken != null) {
                request.queryParam("pageToken", pageToken);
            }
            JsonPath page = request.get(DELTA).then().statusCode(200).extract().jsonPath();
            pages++;
            changed.addAll(page.getList("changed.id"));
            removed.addAll(page.getList("removed.id"));
            pageToken = page.getString("nextPageToken");
            if (pageToken == null) {
                String delta = page.getString("deltaToken");
                assertNotNull(delta);
                return new Sync(changed, removed, delta, pages);
            }
            assertNull(page.getString("deltaToken"));
            assertFalse(pages > 100);
        }
    }

    private static JsonPath delta(String token, String deltaToken) {
        return as(token).queryParam("deltaToken", deltaToken).get(DELTA).then().statusCode(200).extract().jsonPath();
    }

    private static void move(String unit, String newParent) {
        String tag = api().get("/api/v1/organizations/" + unit).then().extract().header("ETag");
        api().header("If-Match", tag).body(Map.of("parentId", newParent))
                .post("/api/v1/organizations/" + unit + "/move").then().statusCode(200);
    }
}
