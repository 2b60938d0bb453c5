package vn.danvan.webhook.delivery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import vn.danvan.api.model.WebhookDeliveryStatus;
import vn.danvan.platform.outbox.OutboxEvent;
import vn.danvan.platform.outbox.OutboxRelay;
import vn.danvan.platform.time.AppClock;
import vn.danvan.webhook.WebhookConfig;
import vn.danvan.webhook.subscription.SigningSecrets;
import vn.danvan.webhook.subscription.SubscriptionQueries;
import vn.danvan.webhook.subscription.WebhookSubscriptionEntity;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The delivery table's state moves, each a short transaction of its own (never one held across an HTTP call):
 * claiming the next due delivery with a conditional UPDATE (of several instances exactly one succeeds), reading what
 * to send, and recording the attempt under the claim (a claim taken over by another instance records nothing).
 */
@ApplicationScoped
public class DeliveryClaims {

    /** How many due deliveries one claim looks at before giving up (others took them). */
    private static final int CANDIDATES = 20;

    /** A delivery this instance may send until {@code until}. */
    public record Claim(UUID deliveryId, UUID token) {
    }

    private final EntityManager em;
    private final SubscriptionQueries subscriptions;
    private final SigningSecrets secrets;
    private final OutboxRelay outbox;
    private final EventBodies bodies;
    private final AppClock clock;
    private final WebhookConfig config;
    private final SecureRandom random = new SecureRandom();

    DeliveryClaims(EntityManager em, SubscriptionQueries subscriptions, SigningSecrets secrets, OutboxRelay outbox,
                   EventBodies bodies, AppClock clock, WebhookConfig config) {
        this.em = em;
        this.subscriptions = subscriptions;
        this.secrets = secrets;
        this.outbox = outbox;
        this.bodies = bodies;
        this.clock = clock;
        this.config = config;
    }

    /**
     * Claims the next due delivery: pending, its time come, not claimed (or its claim run out), and no earlier event
     * of the same subject still pending for the same subscription (events of a subject go out in order).
     */
    public Optional<Claim> claimNext() {
        Instant now = now();
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "select d.id from WebhookDeliveryEntity d where d.status = :pending and d.nextAttemptAt <= :now"
                                + " and (d.claimedUntil is null or d.claimedUntil < :now)"
                                + " and not exists (select 1 from WebhookDeliveryEntity e"
                                + " where e.subscriptionId = d.subscriptionId and e.subjectId = d.subjectId"
                                + " and e.status = :pending and e.eventSeq < d.eventSeq)"
                                + " order by d.nextAttemptAt, d.eventSeq", UUID.class)
                .setParameter("pending", WebhookDeliveryStatus.PENDING).setParameter("now", now)
                .setMaxResults(CANDIDATES).getResultList());
        for (UUID id : due) {
            UUID token = new UUID(random.nextLong(), random.nextLong());
            int taken = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                            "update WebhookDeliveryEntity d set d.claimToken = :token, d.claimedUntil = :until"
                                    + " where d.id = :id and d.status = :pending and d.nextAttemptAt <= :now"
                                    + " and (d.claimedUntil is null or d.claimedUntil < :now)")
                    .setParameter("token", token).setParameter("until", now.plus(config.claimTimeout()))
                    .setParameter("id", id).setParameter("pending", WebhookDeliveryStatus.PENDING)
                    .setParameter("now", now).executeUpdate());
            if (taken == 1) {
                return Optional.of(new Claim(id, token));
            }
        }
        return Optional.empty();
    }

    /**
     * What to send under the claim; empty when there is nothing to send any more: the subscription was deleted or the
     * event has outlived the outbox's retention (the delivery is then given up), or the claim was lost.
     */
    public Optional<Parcel> parcel(Claim claim) {
        return QuarkusTransaction.requiringNew().call(() -> {
            WebhookDeliveryEntity delivery = em.find(WebhookDeliveryEntity.class, claim.deliveryId());
            if (delivery == null || !claim.token().equals(delivery.claimToken)) {
                return Optional.empty();
            }
            Optional<WebhookSubscriptionEntity> subscription = subscriptions.find(delivery.subscriptionId)
                    .filter(s -> s.deletedAt == null);
            Optional<OutboxEvent> event = outbox.find(delivery.eventId);
            if (subscription.isEmpty() || event.isEmpty()) {
                finish(delivery, WebhookDeliveryStatus.ABANDONED);
                return Optional.empty();
            }
            return Optional.of(new Parcel(delivery.id, subscription.get().url,
                    secrets.keys(subscription.get(), clock.now()), bodies.body(event.get())));
        });
    }

    /**
     * Records an attempt under the claim: success ends the delivery; a failure schedules the next attempt after the
     * backoff, or gives the delivery up after the last. @return false when the claim was no longer this instance's.
     */
    public boolean record(Claim claim, AttemptResult result) {
        return QuarkusTransaction.requiringNew().call(() -> {
            WebhookDeliveryEntity delivery = em.find(WebhookDeliveryEntity.class, claim.deliveryId(),
                    LockModeType.PESSIMISTIC_WRITE);
            if (delivery == null || !claim.token().equals(delivery.claimToken)
                    || delivery.status != WebhookDeliveryStatus.PENDING) {
                return false;
            }
            delivery.attemptCount++;
            em.persist(attempt(delivery, result));
            if (result.succeeded()) {
                finish(delivery, WebhookDeliveryStatus.SUCCEEDED);
            } else if (delivery.attemptCount >= config.maxAttempts()) {
                finish(delivery, WebhookDeliveryStatus.ABANDONED);
            } else {
                delivery.nextAttemptAt = now().plus(Backoff.delay(delivery.attemptCount, config.initialBackoff(),
                        config.maxBackoff(), random.nextDouble()));
                release(delivery);
            }
            em.flush();
            return true;
        });
    }

    private void finish(WebhookDeliveryEntity delivery, WebhookDeliveryStatus status) {
        delivery.status = status;
        delivery.finishedAt = now();
        release(delivery);
    }

    private static void release(WebhookDeliveryEntity delivery) {
        delivery.claimToken = null;
        delivery.claimedUntil = null;
    }

    private static WebhookAttemptEntity attempt(WebhookDeliveryEntity delivery, AttemptResult result) {
        WebhookAttemptEntity attempt = new WebhookAttemptEntity();
        attempt.id = UUID.randomUUID();
        attempt.deliveryId = delivery.id;
        attempt.number = delivery.attemptCount;
        attempt.startedAt = result.startedAt().truncatedTo(ChronoUnit.MICROS);
        attempt.durationMillis = result.durationMillis();
        attempt.statusCode = result.statusCode();
        attempt.errorKey = result.errorKey();
        attempt.errorDetail = result.errorDetail();
        return attempt;
    }

    private Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MICROS);
    }
}
