package vn.danvan.webhook.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.WebhookDeliveryStatus;
import vn.danvan.identity.Officials;
import vn.danvan.platform.outbox.OutboxEvent;
import vn.danvan.platform.time.AppClock;
import vn.danvan.webhook.subscription.SubscriptionQueries;
import vn.danvan.webhook.subscription.WebhookSubscriptionEntity;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns events handed on by the outbox relay into deliveries, one per subscription that takes the event's type and
 * existed when the event happened (a new subscription gets no backlog), in the relay's transaction. An event with an audience (a petition's) goes only to that client's subscriptions; a
 * client account that was disabled or deleted gets nothing.
 */
@ApplicationScoped
public class DeliveryPlanner {

    private final EntityManager em;
    private final SubscriptionQueries subscriptions;
    private final Officials accounts;
    private final AppClock clock;

    DeliveryPlanner(EntityManager em, SubscriptionQueries subscriptions, Officials accounts, AppClock clock) {
        this.em = em;
        this.subscriptions = subscriptions;
        this.accounts = accounts;
        this.clock = clock;
    }

    public void plan(List<OutboxEvent> events) {
        List<WebhookSubscriptionEntity> live = subscriptions.live();
        Map<UUID, Boolean> activeOwners = new HashMap<>();
        var now = clock.now().truncatedTo(ChronoUnit.MICROS);
        for (OutboxEvent event : events) {
            for (WebhookSubscriptionEntity subscription : live) {
                if (subscription.takes(event.type()) && !event.occurredAt().isBefore(subscription.createdAt)
                        && (event.audience() == null || event.audience().equals(subscription.ownerId.toString()))
                        && activeOwners.computeIfAbsent(subscription.ownerId, id -> accounts.active(id).isPresent())) {
                    em.persist(delivery(event, subscription, now));
                }
            }
        }
        em.flush();
    }

    private static WebhookDeliveryEntity delivery(OutboxEvent event, WebhookSubscriptionEntity subscription,
                                                  java.time.Instant now) {
        WebhookDeliveryEntity delivery = new WebhookDeliveryEntity();
        delivery.id = UUID.randomUUID();
        delivery.subscriptionId = subscription.id;
        delivery.eventId = event.id();
        delivery.eventSeq = event.seq();
        delivery.eventType = event.type();
        delivery.subjectId = event.subjectId();
        delivery.status = WebhookDeliveryStatus.PENDING;
        delivery.attemptCount = 0;
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        return delivery;
    }
}
