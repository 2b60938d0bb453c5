package vn.danvan.platform.sync;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rows loaded at database level (seeded by a migration, earlier data imported in bulk) may share one change number:
 * the first download still pages through every one of them.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class DeltaPagingTest extends ApiTest {

    @Inject
    EntityManager em;

    @Test
    void recordsSharingAChangeNumberAreAllDownloadedPageByPage() {
        String province = createProvince(unique("UBND tỉnh"));
        List<String> units = new ArrayList<>(List.of(province));
        for (int i = 0; i < 5; i++) {
            units.add(createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE"));
        }
        // As a bulk load leaves them: one change number for all (a new one, as caches expect numbers to grow).
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE change_sequence SET value = value + 1 WHERE stream = 'global'").executeUpdate();
            Number shared = (Number) em.createNativeQuery("SELECT value FROM change_sequence WHERE stream = 'global'")
                    .getSingleResult();
            em.createNativeQuery("UPDATE organization SET change_seq = :seq WHERE id IN (:ids)")
                    .setParameter("seq", shared.longValue())
                    .setParameter("ids", units.stream().map(UUID::fromString).toList()).executeUpdate();
        });
        String official = tokenFor("OFFICER", province);

        List<String> downloaded = new ArrayList<>();
        JsonPath page = as(official).queryParam("pageSize", 2).get("/api/v1/organizations/delta").then().statusCode(200)
                .extract().jsonPath();
        downloaded.addAll(page.getList("changed.id"));
        while (page.getString("nextPageToken") != null) {
            page = as(official).queryParam("pageSize", 2).queryParam("pageToken", page.getString("nextPageToken"))
                    .get("/api/v1/organizations/delta").then().statusCode(200).extract().jsonPath();
            downloaded.addAll(page.getList("changed.id"));
        }
        assertEquals(new HashSet<>(units), new HashSet<>(downloaded));
        assertEquals(units.size(), downloaded.size(), "each once");
    }
}
