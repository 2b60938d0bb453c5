package vn.danvan.webhook;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.danvan.support.MariaDbTestResource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signed deliveries, retries with backoff, the delivery log, order per subject and giving up. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class WebhookDeliveryTest extends WebhookTestSupport {

    @Test
    void aFailingReceiverGetsTheEventAgainWithTheSameIdAndTheLogShowsEveryAttempt() {
        AtomicInteger calls = new AtomicInteger();
        Receiver receiver = receiver().answering(event -> calls.incrementAndGet() <= 2 ? 500 : 204);
        Subscribed subscription = subscribe(portal, receiver.url(), "RECEPTION_SCHEDULE_PUBLISHED");
        String session = publishedSession(unique("Trụ sở UBND xã"));

        deliverUntil(() -> !receiver.succeeded().isEmpty());

        List<Receiver.Hit> hits = receiver.hits();
        assertEquals(List.of(500, 500, 204), hits.stream().map(Receiver.Hit::answered).toList());
        assertEquals(1, hits.stream().map(Receiver.Hit::webhookId).distinct().count(), "one webhook-id for all attempts");
        assertTrue(hits.stream().allMatch(h -> h.signedWith(subscription.secret())), "every attempt is signed");
        assertTrue(hits.stream().allMatch(h -> Math.abs(h.timestamp() - System.currentTimeMillis() / 1000) < 60),
                "timestamps are current");
        // Backoff with jitter: at least half of the initial 100 ms between the first two attempts, more after.
        assertTrue(hits.get(1).receivedAtMillis() - hits.get(0).receivedAtMillis() >= 50);
        Receiver.Hit hit = hits.get(2);
        assertEquals("RECEPTION_SCHEDULE_PUBLISHED", hit.type());
        assertEquals(session, hit.subjectId());
        assertEquals(session, hit.data().get("id"));
        assertEquals(commune, hit.data().get("organizationId"));
        assertEquals("07:30", hit.data().get("startTime"));

        List<Map<String, Object>> log = log(subscription);
        assertEquals(1, log.size());
        Map<String, Object> delivery = log.get(0);
        assertEquals(hit.webhookId(), delivery.get("id"));
        assertEquals(hit.eventId(), delivery.get("eventId"));
        assertEquals("SUCCEEDED", delivery.get("status"));
        assertEquals(3, delivery.get("attemptCount"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> attempts = (List<Map<String, Object>>) delivery.get("attempts");
        assertEquals(List.of(1, 2, 3), attempts.stream().map(a -> a.get("number")).toList());
        assertEquals(List.of(500, 500, 204), attempts.stream().map(a -> a.get("statusCode")).toList());
        assertEquals(List.of("FAILED", "FAILED", "SUCCEEDED"), attempts.stream().map(a -> a.get("outcome")).toList());
        assertTrue(attempts.stream().allMatch(a -> ((Number) a.get("durationMillis")).longValue() >= 0));
        as(portal).get(SUBSCRIPTIONS + "/" + subscription.id() + "/deliveries?status=ABANDONED").then().statusCode(200)
                .body("items.id", not(hasItem(hit.webhookId())));
    }

    @Test
    void anUnreachableReceiverIsGivenUpAfterTheLastAttemptWithTheReasonInTheLog() {
        Receiver gone = receiver();
        String url = gone.url();
        gone.close();
        Subscribed subscription = subscribe(portal, url, "RECEPTION_SCHEDULE_PUBLISHED");
        publishedSession(unique("Nhà văn hóa thôn"));

        deliverUntil(() -> log(subscription).stream().anyMatch(d -> "ABANDONED".equals(d.get("status"))));

        List<Map<String, Object>> attempts = as(portal).header("Accept-Language", "en")
                .get(SUBSCRIPTIONS + "/" + subscription.id() + "/deliveries").then().statusCode(200)
                .extract().path("items[0].attempts");
        assertEquals(4, attempts.size(), "danvan.webhooks.max-attempts in the test profile");
        assertTrue(attempts.stream().allMatch(a -> a.get("statusCode") == null && "FAILED".equals(a.get("outcome"))));
        assertEquals("Could not connect to 127.0.0.1.", attempts.get(0).get("error"));
        as(portal).get(SUBSCRIPTIONS + "/" + subscription.id() + "/deliveries").then()
                .body("items[0].attempts[0].error", org.hamcrest.Matchers.equalTo("Không kết nối được tới 127.0.0.1."));
    }

    @Test
    void eventsOfOneSubjectArriveInOrderWhileOtherSubjectsAreNotHeldBack() {
        Receiver receiver = receiver();
        AtomicInteger firstFailures = new AtomicInteger();
        String firstPlace = unique("Hội trường UBND xã");
        receiver.answering(event -> firstPlace.equals(((Map<?, ?>) event.get("data")).get("place"))
                && firstFailures.incrementAndGet() <= 2 ? 503 : 204);
        subscribe(portal, receiver.url(), "RECEPTION_SCHEDULE_PUBLISHED", "RECEPTION_SCHEDULE_CHANGED");
        String session = publishedSession(firstPlace);
        changeSession(session, firstPlace + " (phòng 2)", true);
        changeSession(session, firstPlace + " (phòng 3)", true);
        String other = publishedSession(unique("Trụ sở Tiếp công dân"));

        deliverUntil(() -> receiver.succeeded().size() == 4);

        List<Receiver.Hit> ofSession = receiver.hits().stream().filter(h -> session.equals(h.subjectId())).toList();
        assertEquals(List.of("RECEPTION_SCHEDULE_PUBLISHED", "RECEPTION_SCHEDULE_PUBLISHED",
                "RECEPTION_SCHEDULE_PUBLISHED", "RECEPTION_SCHEDULE_CHANGED", "RECEPTION_SCHEDULE_CHANGED"),
                ofSession.stream().map(Receiver.Hit::type).toList(), "a later event waits for the earlier one");
        assertEquals(List.of(503, 503, 204, 204, 204), ofSession.stream().map(Receiver.Hit::answered).toList());
        assertEquals(List.of(firstPlace + " (phòng 2)", firstPlace + " (phòng 3)"),
                ofSession.subList(3, 5).stream().map(h -> h.data().get("place")).toList());
        List<Receiver.Hit> all = receiver.hits();
        int otherArrived = indexOf(all, other);
        int firstSucceeded = all.indexOf(ofSession.get(2));
        assertTrue(otherArrived < firstSucceeded, "another session's event is not held back by a failing one");
    }

    @Test
    void anEventGivenUpNoLongerHoldsBackTheNextOfItsSubject() {
        Receiver receiver = receiver();
        receiver.answering(event -> "RECEPTION_SCHEDULE_PUBLISHED".equals(event.get("type")) ? 500 : 204);
        Subscribed subscription = subscribe(portal, receiver.url(), "RECEPTION_SCHEDULE_PUBLISHED",
                "RECEPTION_SCHEDULE_CHANGED", "RECEPTION_SCHEDULE_UNPUBLISHED");
        String session = publishedSession(unique("Trụ sở UBND xã"));
        changeSession(session, "Nhà văn hóa thôn Mỹ Lai", true);
        changeSession(session, "Nhà văn hóa thôn Mỹ Lai", false);

        deliverUntil(() -> receiver.succeeded().size() == 2);

        assertEquals(List.of("RECEPTION_SCHEDULE_PUBLISHED", "RECEPTION_SCHEDULE_PUBLISHED",
                        "RECEPTION_SCHEDULE_PUBLISHED", "RECEPTION_SCHEDULE_PUBLISHED", "RECEPTION_SCHEDULE_CHANGED",
                        "RECEPTION_SCHEDULE_UNPUBLISHED"),
                receiver.hits().stream().map(Receiver.Hit::type).toList());
        Receiver.Hit unpublished = receiver.hits().get(5);
        assertEquals(Map.of("id", session, "organizationId", commune), unpublished.data());
        List<Map<String, Object>> log = log(subscription);
        assertEquals(List.of("SUCCEEDED", "SUCCEEDED", "ABANDONED"), log.stream().map(d -> d.get("status")).toList());
        assertEquals(4, log.get(2).get("attemptCount"));
    }

    @Test
    void afterARotationDeliveriesCarryASignatureOfTheNewAndOfThePreviousSecret() {
        Receiver receiver = receiver();
        Subscribed subscription = subscribe(portal, receiver.url(), "RECEPTION_SCHEDULE_PUBLISHED");
        String rotated = as(portal).post(SUBSCRIPTIONS + "/" + subscription.id() + "/secret-rotation").then()
                .statusCode(200).extract().path("secret");
        publishedSession(unique("Trụ sở UBND xã"));

        deliverUntil(() -> !receiver.succeeded().isEmpty());

        Receiver.Hit hit = receiver.hits().get(0);
        assertEquals(2, hit.signatureHeader().split(" ").length, hit.signatureHeader());
        assertTrue(hit.signedWith(rotated) && hit.signedWith(subscription.secret()));
    }

    private static int indexOf(List<Receiver.Hit> hits, String subject) {
        for (int i = 0; i < hits.size(); i++) {
            if (subject.equals(hits.get(i).subjectId())) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
