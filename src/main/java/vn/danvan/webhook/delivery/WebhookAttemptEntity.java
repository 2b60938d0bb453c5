package vn.danvan.webhook.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One HTTP request of a delivery: its answer's status, or why there was none (a message key and its argument). */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttemptEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    public UUID id;

    @Column(name = "delivery_id", nullable = false, updatable = false)
    public UUID deliveryId;

    @Column(name = "number", nullable = false, updatable = false)
    public int number;

    @Column(name = "started_at", nullable = false, updatable = false)
    public Instant startedAt;

    @Column(name = "duration_ms", nullable = false, updatable = false)
    public long durationMillis;

    @Column(name = "status_code", updatable = false)
    public Integer statusCode;

    @Column(name = "error_key", updatable = false)
    public String errorKey;

    @Column(name = "error_detail", updatable = false)
    public String errorDetail;

    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
