package vn.danvan.webhook.delivery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
 * to send, and recording the attempt with another conditional UPDATE under the claim (a claim taken over by another
 * instance records nothing). Plain conditional UPDATEs rather than row locks: MySQL 8 and MariaDB agree on them.
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
                move(claim, delivery.attemptCount, WebhookDeliveryStatus.ABANDONED, delivery.nextAttemptAt);
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
            WebhookDeliveryEntity delivery = em.find(WebhookDeliveryEntity.class, claim.deliveryId());
            if (delivery == null || !claim.token().equals(delivery.claimToken)) {
                return false;
            }
            int number = delivery.attemptCount + 1;
            WebhookDeliveryStatus status = result.succeeded() ? WebhookDeliveryStatus.SUCCEEDED
                    : number >= config.maxAttempts() ? WebhookDeliveryStatus.ABANDONED : WebhookDeliveryStatus.PENDING;
            Instant next = status != WebhookDeliveryStatus.PENDING ? delivery.nextAttemptAt : now().plus(Backoff.delay(
                    number, config.initialBackoff(), config.maxBackoff(), random.nextDouble()));
            if (!move(claim, number, status, next)) {
                return false;
            }
            em.persist(attempt(delivery.id, number, result));
            em.flush();
            return true;
        });
    }

    /**
     * The delivery's next state, and the claim released, by a conditional UPDATE: it happens only while the claim is
     * still this one (the row's lock then holds until the transaction ends).
     */
    private boolean move(Claim claim, int attempts, WebhookDeliveryStatus status, Instant nextAttemptAt) {
        return em.createQuery("update WebhookDeliveryEntity d set d.attemptCount = :attempts, d.status = :status,"
                        + " d.nextAttemptAt = :next, d.finishedAt = :finished, d.claimToken = null, d.claimedUntil = null"
                        + " where d.id = :id and d.claimToken = :token and d.status = :pending")
                .setParameter("attempts", attempts).setParameter("status", status).setParameter("next", nextAttemptAt)
                .setParameter("finished", status == WebhookDeliveryStatus.PENDING ? null : now())
                .setParameter("id", claim.deliveryId()).setParameter("token", claim.token())
                .setParameter("pending", WebhookDeliveryStatus.PENDING).executeUpdate() == 1;
    }

    private static WebhookAttemptEntity attempt(UUID deliveryId, int number, AttemptResult result) {
        WebhookAttemptEntity attempt = new WebhookAttemptEntity();
        attempt.id = UUID.randomUUID();
        attempt.deliveryId = deliveryId;
        attempt.number = number;
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
