package vn.danvan.platform.sync;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.danvan.mobilization.settings.AppraisalCriterionEntity;
import vn.danvan.platform.time.AppClock;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tombstones older than the retention (90 days in tests as by default) are deleted for good, once per cluster; younger
 * ones stay, so a client within the retention still learns of the deletion.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class TombstonePurgeTest extends ApiTest {

    private static final String CRITERIA = "/api/v1/mobilization-appraisal-criteria";
    private static final String WINDOWS = "/api/v1/mobilization-registration-windows";

    @Inject
    TombstonePurge purge;

    @Inject
    AppClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        clock.set(null);
    }

    @Test
    void tombstonesPastTheRetentionGoAndYoungerOnesStay() {
        String province = createProvince(unique("UBND tỉnh"));
        String official = tokenFor("OFFICER", createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE"));
        String old = criterion(province, "OLD");
        String oldWindow = api().body(Map.of("provinceId", province, "phase", "PHASE_2026_2030", "year", 2026,
                        "opensOn", "2026-03-01", "closesOn", "2026-04-30", "reportDueOn", "2026-09-20"))
                .post(WINDOWS).then().statusCode(201).extract().path("id");
        String recent = criterion(province, "RECENT");

        clock.set(Clock.fixed(Instant.now().minus(Duration.ofDays(100)), ZoneId.of("Asia/Ho_Chi_Minh")));
        api().header("If-Match", "\"0\"").delete(CRITERIA + "/" + old).then().statusCode(204);
        api().header("If-Match", "\"0\"").delete(WINDOWS + "/" + oldWindow).then().statusCode(204);
        clock.set(null);
        String beforeRecentDeletion = as(official).get(CRITERIA + "/delta").then().statusCode(200).extract()
                .path("deltaToken");
        api().header("If-Match", "\"0\"").delete(CRITERIA + "/" + recent).then().statusCode(204);

        int purged = purge.runAs("test-" + UUID.randomUUID());

        assertTrue(purged >= 2, "both old tombstones deleted, purged " + purged);
        assertNull(find(old), "a tombstone 100 days old is gone");
        assertNotNull(find(recent), "a tombstone of today stays");
        assertNotNull(find(recent).deletedAt);
        JsonPath delta = as(official).queryParam("deltaToken", beforeRecentDeletion).get(CRITERIA + "/delta").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(recent), delta.getList("removed.id"), "a client within the retention learns of it");
        assertEquals(List.of("DELETED"), delta.getList("removed.reason"));
        assertEquals(0, purge.runAs("test-" + UUID.randomUUID()), "a second run finds nothing old");
    }

    @Test
    void anotherInstanceHoldingTheLeaseKeepsThisOneOut() {
        String holder = "other-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE job_lease SET holder = ?1, leased_until = ?2 WHERE job = 'tombstone-purge'")
                .setParameter(1, holder).setParameter(2, Instant.now().plus(Duration.ofMinutes(5))).executeUpdate());
        try {
            assertEquals(-1, purge.runAs("test-" + UUID.randomUUID()));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "UPDATE job_lease SET holder = NULL, leased_until = '2000-01-01' WHERE job = 'tombstone-purge'")
                    .executeUpdate());
        }
    }

    private String criterion(String province, String code) {
        return api().body(Map.of("provinceId", province, "phase", "PHASE_2026_2030", "code", code + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                        "name", "Tiêu chí " + code, "minScore", 0, "maxScore", 10, "sortOrder", 0))
                .post(CRITERIA).then().statusCode(201).extract().path("id");
    }

    private AppraisalCriterionEntity find(String id) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(AppraisalCriterionEntity.class, UUID.fromString(id)));
    }
}
