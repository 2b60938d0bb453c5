package vn.danvan.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.UUID;

/**
 * The lockout counter of an account, kept by atomic updates so that parallel guesses are each counted. Every attempt
 * first takes a number ({@link #begin}): the attempts since the last success or the end of the last lock. Only the
 * first {@code max-failed-sign-ins} are checked; the rest fail at once. A failure locks the account when the count
 * has reached the limit ({@link #lockIfDue}); a success takes back its own number and those before it, not those of
 * attempts still running beside it. Each method runs in the caller's (short) transaction.
 */
@ApplicationScoped
class SignInAttempts {

    /** The number an attempt took and whether the account was locked when it took it. */
    record Attempt(int ordinal, boolean locked) {
        boolean mayCheck(int max) {
            return !locked && ordinal <= max;
        }
    }

    private final EntityManager em;
    private final int max;

    SignInAttempts(EntityManager em, IdentityConfig config) {
        this.em = em;
        this.max = config.maxFailedSignIns();
    }

    int max() {
        return max;
    }

    Attempt begin(UUID accountId, Instant now) {
        // Assignments run left to right: the second still sees the old locked_until. An expired lock starts afresh.
        em.createQuery("update UserAccount set"
                        + " failedSignIns = case when lockedUntil is not null and lockedUntil <= :now then 1"
                        + " else failedSignIns + 1 end,"
                        + " lockedUntil = case when lockedUntil is not null and lockedUntil <= :now then null"
                        + " else lockedUntil end"
                        + " where id = :id")
                .setParameter("now", now).setParameter("id", accountId).executeUpdate();
        // The row stays locked by this transaction, so this reads the number it has just taken.
        Object[] row = em.createQuery("select failedSignIns, lockedUntil from UserAccount where id = :id", Object[].class)
                .setParameter("id", accountId).getSingleResult();
        Instant lockedUntil = (Instant) row[1];
        return new Attempt((Integer) row[0], lockedUntil != null && lockedUntil.isAfter(now));
    }

    void succeeded(UUID accountId, Attempt attempt) {
        em.createQuery("update UserAccount set failedSignIns = case when failedSignIns > :ordinal"
                        + " then failedSignIns - :ordinal else 0 end where id = :id")
                .setParameter("ordinal", attempt.ordinal()).setParameter("id", accountId).executeUpdate();
    }

    /** @return whether this call locked the account (once per lock, however many failures run beside it) */
    boolean lockIfDue(UUID accountId, Instant now, Instant until) {
        return em.createQuery("update UserAccount set lockedUntil = :until where id = :id and failedSignIns >= :max"
                        + " and (lockedUntil is null or lockedUntil <= :now)")
                .setParameter("until", until).setParameter("id", accountId).setParameter("max", max)
                .setParameter("now", now).executeUpdate() == 1;
    }

    /** Seconds until the account's lock ends, or 0. */
    long secondsLocked(UUID accountId, Instant now) {
        Instant until = em.createQuery("select lockedUntil from UserAccount where id = :id", Instant.class)
                .setParameter("id", accountId).getSingleResult();
        return until == null || !until.isAfter(now) ? 0 : java.time.Duration.between(now, until).toSeconds() + 1;
    }
}
