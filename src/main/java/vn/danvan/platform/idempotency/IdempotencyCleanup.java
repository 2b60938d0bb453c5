package vn.danvan.platform.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.danvan.platform.time.AppClock;

/** Deletes expired idempotency records. Safe on several instances: the delete is idempotent. */
@ApplicationScoped
public class IdempotencyCleanup {

    private final AppClock clock;
    private final IdempotencyRecordRepository records;

    public IdempotencyCleanup(AppClock clock, IdempotencyRecordRepository records) {
        this.clock = clock;
        this.records = records;
    }

    @Scheduled(every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void deleteExpired() {
        records.delete("expiresAt < ?1", clock.now());
    }
}
