package vn.danvan.platform.cluster;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Recognises a transaction that the database rolled back so that it may simply be run again: a Galera certification
 * conflict (another node committed a conflicting write first) and an InnoDB deadlock both answer
 * "Deadlock found when trying to get lock; try restarting transaction", SQLState 40001, error 1213, at a statement or at
 * commit.
 */
public final class CertificationConflicts {

    static final int ER_LOCK_DEADLOCK = 1213;
    static final String SERIALIZATION_FAILURE = "40001";

    private CertificationConflicts() {
    }

    /** Whether the failure, or anything it wraps (causes and suppressed), is such a conflict. */
    public static boolean isConflict(Throwable thrown) {
        return search(thrown, new IdentityHashMap<>());
    }

    private static boolean search(Throwable t, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) {
            return false;
        }
        if (t instanceof SQLException sql && (sql.getErrorCode() == ER_LOCK_DEADLOCK
                || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
            return true;
        }
        if (t instanceof org.hibernate.exception.LockAcquisitionException lock && lock.getSQLException() != null
                && search(lock.getSQLException(), seen)) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (search(suppressed, seen)) {
                return true;
            }
        }
        return search(t.getCause(), seen);
    }
}
