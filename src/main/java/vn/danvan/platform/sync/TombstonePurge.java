package vn.danvan.platform.sync;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;
import vn.danvan.platform.cluster.JobLease;
import vn.danvan.platform.config.DanvanConfig;
import vn.danvan.platform.time.AppClock;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Deletes the tombstones that no delta token can still ask for: a token older than the retention answers 410, so a
 * deletion older than that is never answered again. Once per cluster at a time (a lease in the database); each
 * feature's purge in a transaction of its own, so that one failing leaves the others done.
 */
@ApplicationScoped
public class TombstonePurge {

    static final String JOB = "tombstone-purge";
    private static final Logger LOG = Logger.getLogger(TombstonePurge.class);
    /** Instances' clocks may differ a little: a tombstone is kept a day beyond the retention. */
    private static final Duration CLOCK_MARGIN = Duration.ofDays(1);
    private static final Duration LEASE = Duration.ofMinutes(30);

    private final Instance<PurgeableTombstones> features;
    private final JobLease lease;
    private final AppClock clock;
    private final DanvanConfig config;
    private final String holder = "instance-" + UUID.randomUUID();

    TombstonePurge(Instance<PurgeableTombstones> features, JobLease lease, AppClock clock, DanvanConfig config) {
        this.features = features;
        this.lease = lease;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(every = "${danvan.sync.purge-every:6h}", delayed = "10m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        int purged = runAs(holder);
        if (purged > 0) {
            LOG.infof("Tombstone purge: %d records deleted for good", purged);
        }
    }

    /** One run on behalf of {@code holderId} (an instance). @return the records deleted, or -1 if another runs it. */
    public int runAs(String holderId) {
        if (!lease.acquire(JOB, holderId, LEASE)) {
            return -1;
        }
        try {
            Instant cutoff = cutoff();
            int purged = 0;
            for (PurgeableTombstones feature : features) {
                try {
                    purged += QuarkusTransaction.requiringNew().call(() -> feature.purgeDeletedBefore(cutoff));
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Tombstone purge of %s failed; the next run tries again",
                            feature.getClass().getSimpleName());
                }
            }
            return purged;
        } finally {
            lease.release(JOB, holderId);
        }
    }

    /** Tombstones older than this are purged. */
    public Instant cutoff() {
        return clock.now().minus(config.sync().tombstoneRetention()).minus(CLOCK_MARGIN);
    }
}
