package vn.danvan.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.danvan.platform.time.AppClock;

import java.time.Duration;

/**
 * A cluster-wide lease on a scheduled job, held in the database: an instance runs the job only when
 * its conditional UPDATE takes the lease, so that of several instances one runs it at a time.
 * (What the job writes is also unique by key, so an overlap after a lost lease cannot duplicate.)
 */
@ApplicationScoped
public class JobLease {

    private final EntityManager em;
    private final AppClock clock;

    JobLease(EntityManager em, AppClock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** @return whether this holder now has the lease for {@code length}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean acquire(String job, String holder, Duration length) {
        var now = clock.now();
        return em.createNativeQuery("UPDATE job_lease SET holder = ?1, leased_until = ?2"
                        + " WHERE job = ?3 AND (leased_until < ?4 OR holder = ?1)")
                .setParameter(1, holder).setParameter(2, now.plus(length)).setParameter(3, job).setParameter(4, now)
                .executeUpdate() == 1;
    }

    /**
     * Holds the job's row lock until the caller's transaction ends: of several instances one goes on at a time and the
     * others wait for it, for short jobs that must never overlap (a lease may run out under a slow holder, a lock
     * cannot).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockForTransaction(String job) {
        if (em.createNativeQuery("SELECT job FROM job_lease WHERE job = ?1 FOR UPDATE").setParameter(1, job)
                .getResultList().isEmpty()) {
            throw new IllegalStateException("No job_lease row for " + job);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String job, String holder) {
        em.createNativeQuery("UPDATE job_lease SET holder = NULL, leased_until = ?1"
                        + " WHERE job = ?2 AND holder = ?3")
                .setParameter(1, java.time.Instant.parse("2000-01-01T00:00:00Z")).setParameter(2, job)
                .setParameter(3, holder).executeUpdate();
    }
}
