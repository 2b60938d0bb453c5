package vn.danvan.webhook.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.danvan.api.model.WebhookDeliveryStatus;

import java.time.Instant;
import java.util.UUID;

/**
 * One event queued for one subscription. An instance claims it (claim token and time) before sending and clears the
 * claim when it records the attempt; a claim that runs out is taken to belong to an instance that died.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDeliveryEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    public UUID id;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    public UUID subscriptionId;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    /** The event's place in the outbox: events of one subject go out in this order. */
    @Column(name = "event_seq", nullable = false, updatable = false)
    public long eventSeq;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    public UUID subjectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public WebhookDeliveryStatus status;

    @Column(name = "attempt_count", nullable = false)
    public int attemptCount;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "claim_token")
    public UUID claimToken;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
