package vn.danvan.webhook;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.danvan.platform.outbox.OutboxRelay;
import vn.danvan.support.MariaDbTestResource;
import vn.danvan.support.Parallel;
import vn.danvan.webhook.delivery.DeliveryClaims;
import vn.danvan.webhook.delivery.DeliveryPlanner;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Several instances run the delivery job at once, and instances stop and start: each event still arrives once. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class WebhookClusterTest extends WebhookTestSupport {

    @Inject
    DeliveryClaims claims;

    @Inject
    OutboxRelay relay;

    @Inject
    DeliveryPlanner planner;

    @Test
    void twoInstancesRunningTheJobAtOnceDeliverEachEventOnce() {
        Receiver receiver = receiver().slow(100);
        subscribe(portal, receiver.url(), "RECEPTION_SCHEDULE_PUBLISHED");
        for (int i = 0; i < 8; i++) {
            publishedSession(unique("Điểm tiếp dân số " + i));
        }

        long deadline = System.currentTimeMillis() + 60_000;
        while (receiver.succeeded().size() < 8 && System.currentTimeMillis() < deadline) {
            // Two instances' schedulers firing together (the same bean, as two JVMs share one database).
            Parallel.run(2, instance -> dispatcher.runOnce());
        }

        Map<String, Long> perDelivery = receiver.hits().stream()
                .collect(Collectors.groupingBy(Receiver.Hit::webhookId, Collectors.counting()));
        assertEquals(8, perDelivery.size(), perDelivery.toString());
        assertTrue(perDelivery.values().stream().allMatch(n -> n == 1), "no event sent twice: " + perDelivery);
        assertEquals(8, receiver.hits().stream().map(Receiver.Hit::eventId).distinct().count());
    }

    @Test
    void anInstanceThatDiesAfterClaimingLeavesTheEventToAnotherOnceTheClaimRunsOutAndARestartSendsNothingAgain() {
        Receiver receiver = receiver();
        Subscribed subscription = subscribe(portal, receiver.url(), "RECEPTION_SCHEDULE_PUBLISHED");
        publishedSession(unique("Trụ sở UBND xã"));
        relay.relay(1000, planner::plan);
        String deliveryId = (String) log(subscription).get(0).get("id");

        // An instance claims the delivery and dies before sending it.
        Optional<DeliveryClaims.Claim> claim = Optional.empty();
        for (int i = 0; i < 100 && claim.map(c -> !c.deliveryId().toString().equals(deliveryId)).orElse(true); i++) {
            claim = claims.claimNext();
        }
        assertEquals(deliveryId, claim.orElseThrow().deliveryId().toString());

        // The others leave it alone while the claim holds (3 s in the test profile)…
        dispatcher.runOnce();
        assertEquals(List.of(), receiver.hits());
        assertEquals("PENDING", log(subscription).get(0).get("status"));
        pause(3200);
        // …and send it once it has run out.
        deliverUntil(() -> !receiver.succeeded().isEmpty());

        // The job stopped and started again (a restart, another instance): nothing is sent twice.
        pause(200);
        dispatcher.runOnce();
        dispatcher.runOnce();
        assertEquals(1, receiver.hits().size());
        assertEquals(deliveryId, receiver.hits().get(0).webhookId());
        Map<String, Object> delivery = log(subscription).get(0);
        assertEquals("SUCCEEDED", delivery.get("status"));
        assertEquals(1, delivery.get("attemptCount"));
        Function<Object, Integer> size = attempts -> ((List<?>) attempts).size();
        assertEquals(1, size.apply(delivery.get("attempts")));
    }
}
