package vn.danvan.webhook.delivery;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.danvan.platform.time.AppClock;
import vn.danvan.webhook.WebhookConfig;

/**
 * Deletes finished deliveries older than the log's retention (their attempts go with them: ON DELETE CASCADE). Safe
 * on several instances: the delete is idempotent.
 */
@ApplicationScoped
public class DeliveryLogCleanup {

    private final EntityManager em;
    private final AppClock clock;
    private final WebhookConfig config;

    DeliveryLogCleanup(EntityManager em, AppClock clock, WebhookConfig config) {
        this.em = em;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(every = "1h", delayed = "7m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void deleteExpired() {
        em.createQuery("delete from WebhookDeliveryEntity d where d.finishedAt < :before")
                .setParameter("before", clock.now().minus(config.retention())).executeUpdate();
    }
}
