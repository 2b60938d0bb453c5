package vn.danvan.webhook.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.danvan.api.model.WebhookEventType;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Đăng ký nhận sự kiện: a machine client's address, the event types it takes and its signing secret (sealed). */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscriptionEntity extends SyncedEntity {

    /** The client account (PORTAL_CLIENT) that owns it; only it sees the subscription. */
    @Column(name = "owner_id", nullable = false, updatable = false)
    public UUID ownerId;

    @Column(name = "url", nullable = false)
    public String url;

    /** The event types, comma-separated in the enum's order (see {@link #eventTypes()}). */
    @Column(name = "event_types", nullable = false)
    String eventTypes;

    @Column(name = "description")
    public String description;

    @Column(name = "secret_sealed", nullable = false)
    public byte[] secretSealed;

    @Column(name = "previous_secret_sealed")
    public byte[] previousSecretSealed;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    public Set<WebhookEventType> eventTypes() {
        return eventTypes.isEmpty() ? EnumSet.noneOf(WebhookEventType.class) : Arrays.stream(eventTypes.split(","))
                .map(WebhookEventType::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(WebhookEventType.class)));
    }

    public void eventTypes(Set<WebhookEventType> types) {
        this.eventTypes = EnumSet.copyOf(types).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public boolean takes(String eventType) {
        return eventTypes().stream().anyMatch(t -> t.name().equals(eventType));
    }
}
