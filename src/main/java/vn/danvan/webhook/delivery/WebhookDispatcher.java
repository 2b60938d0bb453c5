package vn.danvan.webhook.delivery;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.danvan.platform.outbox.OutboxRelay;
import vn.danvan.webhook.WebhookConfig;

import java.util.Optional;

/**
 * The delivery job, on every instance's schedule: relays new outbox events into deliveries, then sends due deliveries
 * one by one (claim, send outside any transaction, record). Several instances may run it at once: the relay takes
 * turns on a row lock and each delivery is claimed by exactly one of them, so every attempt is made once.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final OutboxRelay relay;
    private final DeliveryPlanner planner;
    private final DeliveryClaims claims;
    private final DeliverySender sender;
    private final WebhookConfig config;

    WebhookDispatcher(OutboxRelay relay, DeliveryPlanner planner, DeliveryClaims claims, DeliverySender sender,
                      WebhookConfig config) {
        this.relay = relay;
        this.planner = planner;
        this.claims = claims;
        this.sender = sender;
        this.config = config;
    }

    @Scheduled(every = "${danvan.webhooks.every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (!config.enabled()) {
            return;
        }
        try {
            int attempts = runOnce();
            if (attempts > 0) {
                LOG.debugf("Webhooks: %d attempts", attempts);
            }
        } catch (RuntimeException e) {
            // The next run tries again; a claim left behind runs out and the delivery is sent then.
            LOG.warnf(e, "Webhook delivery run failed");
        }
    }

    /** One run: relay, then up to a batch of claims. @return the attempts made and recorded. */
    public int runOnce() {
        relay.relay(config.batchSize(), planner::plan);
        int attempts = 0;
        for (int i = 0; i < config.batchSize(); i++) {
            Optional<DeliveryClaims.Claim> claim = claims.claimNext();
            if (claim.isEmpty()) {
                break;
            }
            Optional<Parcel> parcel = claims.parcel(claim.get());
            if (parcel.isPresent() && claims.record(claim.get(), sender.send(parcel.get()))) {
                attempts++;
            }
        }
        return attempts;
    }
}
