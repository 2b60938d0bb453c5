package vn.danvan.platform.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.danvan.platform.config.DanvanConfig;
import vn.danvan.platform.time.AppClock;

/**
 * Deletes events older than the outbox's retention, relayed or not (a consumer switched off for that long has lost
 * them). Safe on several instances: the delete is idempotent.
 */
@ApplicationScoped
public class OutboxCleanup {

    private final EntityManager em;
    private final AppClock clock;
    private final DanvanConfig config;

    OutboxCleanup(EntityManager em, AppClock clock, DanvanConfig config) {
        this.em = em;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void deleteExpired() {
        em.createQuery("delete from OutboxEventEntity e where e.occurredAt < :before")
                .setParameter("before", clock.now().minus(config.outbox().retention())).executeUpdate();
    }
}
