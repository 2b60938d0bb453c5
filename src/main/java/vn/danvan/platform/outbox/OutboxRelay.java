package vn.danvan.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.platform.cluster.JobLease;
import vn.danvan.platform.time.AppClock;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Hands the outbox's events on to their consumer (today the only one: webhooks), oldest first. One relay at a time in
 * the whole cluster (it holds the relay's row lock), so that events reach the consumer in the order of their sequence
 * even when several instances relay; the consumer's writes and the events' relayed mark are one transaction, so an
 * event is handed on once.
 */
@ApplicationScoped
public class OutboxRelay {

    static final String JOB = "outbox-relay";

    private final EntityManager em;
    private final JobLease lease;
    private final AppClock clock;

    OutboxRelay(EntityManager em, JobLease lease, AppClock clock) {
        this.em = em;
        this.lease = lease;
        this.clock = clock;
    }

    /** Hands at most {@code limit} events not relayed yet to {@code consumer}. @return how many. */
    public int relay(int limit, Consumer<List<OutboxEvent>> consumer) {
        return QuarkusTransaction.requiringNew().call(() -> {
            lease.lockForTransaction(JOB);
            List<OutboxEventEntity> rows = em.createQuery("from OutboxEventEntity e where e.relayedAt is null"
                            + " order by e.seq", OutboxEventEntity.class)
                    .setMaxResults(limit).getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            consumer.accept(rows.stream().map(OutboxEvent::of).toList());
            var now = clock.now();
            rows.forEach(row -> row.relayedAt = now);
            em.flush();
            return rows.size();
        });
    }

    /** An event that is still kept (see {@link OutboxCleanup}), for a consumer that sends it later. */
    public Optional<OutboxEvent> find(UUID eventId) {
        return em.createQuery("from OutboxEventEntity e where e.id = :id", OutboxEventEntity.class)
                .setParameter("id", eventId).getResultStream().findFirst().map(OutboxEvent::of);
    }
}
