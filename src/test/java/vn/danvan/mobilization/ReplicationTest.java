package vn.danvan.mobilization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.danvan.support.MariaDbTestResource;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class ReplicationTest extends MobilizationFixtures {

    @Test
    void lineageShowsTheOriginalAndItsReplicationsWithCounts() {
        Province p = provinceWithSettings();
        String original = create(collective(p.commune(), "Mô hình gốc"));
        Map<String, Object> first = collective(p.commune(), "Nhân rộng 1");
        first.put("replicationOfId", original);
        String child = create(first);
        Map<String, Object> second = collective(p.commune(), "Nhân rộng 2");
        second.put("replicationOfId", child);
        String grandchild = create(second);

        api().get(MODELS + "/" + grandchild + "/lineage").then().statusCode(200)
                .body("modelId", equalTo(grandchild))
                .body("root.id", equalTo(original))
                .body("root.replicationCount", equalTo(1))
                .body("root.replications[0].id", equalTo(child))
                .body("root.replications[0].replications[0].id", equalTo(grandchild));
        api().get(MODELS + "/" + original).then().body("replicationCount", equalTo(1));
        api().queryParam("replicationOfId", original).get(MODELS).then().body("items", hasSize(1))
                .body("items[0].id", equalTo(child));
    }

    @Test
    void aReplicationCycleIsRefusedAndChangesNothing() {
        Province p = provinceWithSettings();
        Map<String, Object> originalBody = collective(p.commune(), "Gốc");
        String original = create(originalBody);
        Map<String, Object> childBody = collective(p.commune(), "Con");
        childBody.put("replicationOfId", original);
        String child = create(childBody);

        originalBody.put("replicationOfId", child);
        api().header("If-Match", "\"0\"").body(originalBody).put(MODELS + "/" + original).then().statusCode(409)
                .body("type", equalTo("urn:danvan:problem:replication-cycle"));
        originalBody.put("replicationOfId", original);
        api().header("If-Match", "\"0\"").body(originalBody).put(MODELS + "/" + original).then().statusCode(409)
                .body("type", equalTo("urn:danvan:problem:replication-cycle"));
        api().get(MODELS + "/" + original).then().body("version", equalTo(0))
                .body("replicationOfId", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aModelOfAnotherProvinceCanBeReplicatedOnlyOncePublished() {
        Province p = provinceWithSettings();
        Province other = provinceWithSettings();
        String foreign = recognized(other, collective(other.commune(), "Mô hình tỉnh bạn"));
        Map<String, Object> body = collective(p.commune(), "Học tập tỉnh bạn");
        body.put("replicationOfId", foreign);
        String officer = tokenFor("OFFICER", p.commune());
        as(officer).body(body).post(MODELS).then().statusCode(400)
                .body("errors[0].field", equalTo("replicationOfId"));
        action(foreign, "publication", null);
        as(officer).body(body).post(MODELS).then().statusCode(201).body("replicationOfId", equalTo(foreign));
    }
}
