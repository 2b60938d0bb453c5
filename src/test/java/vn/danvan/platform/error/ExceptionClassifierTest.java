package vn.danvan.platform.error;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;

import javax.transaction.xa.XAException;
import java.sql.SQLTransactionRollbackException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ExceptionClassifierTest {

    /** What a Galera certification conflict at commit looked like once the retries were spent (bench/galera/run.sh). */
    private static Throwable conflictAtCommit() {
        XAException commitFailed = new XAException("Error trying to transactionCommit local transaction: Deadlock found");
        commitFailed.initCause(new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(commitFailed);
        return new ArcUndeclaredThrowableException("Error invoking subclass method", rollback);
    }

    @Test
    void aConflictAtCommitAmongTheSuppressedExceptionsIs503NotAnUnexpected500() {
        ApiException problem = ExceptionClassifier.classify(conflictAtCommit(), null, false, null);
        assertEquals(ProblemType.SERVICE_UNAVAILABLE, problem.type());
    }

    @Test
    void aRollbackForAnotherReasonStaysUnexpected() {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new XAException("Error trying to transactionCommit local transaction: disk full"));
        assertNull(ExceptionClassifier.classify(new ArcUndeclaredThrowableException("Error invoking subclass method",
                rollback), null, false, null));
    }
}
