package vn.danvan.platform.cluster;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.danvan.platform.config.DanvanConfig;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs a whole transaction again when the database rolled it back for a certification conflict or a deadlock
 * ({@link CertificationConflicts}): on a Galera cluster two nodes may accept conflicting writes, and the one that
 * commits second is told to restart. It wraps every {@code @Transactional} (REQUIRED) method from outside the
 * transaction (a lower priority than the transaction interceptor), and only where that method starts the
 * transaction: a nested call is part of its caller's transaction, which is retried whole. Nothing of a rolled-back
 * attempt stays (its rows, its Idempotency-Key record and its stored files go with it), so the retry has no
 * duplicate effect. Bounded: {@code danvan.database.conflict-attempts} attempts with jittered exponential backoff; after
 * that the conflict goes to the client as 503 with Retry-After (ExceptionClassifier), and the client may send the
 * same request (with the same Idempotency-Key) again.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConflictRetryInterceptor {

    private static final Logger LOG = Logger.getLogger(ConflictRetryInterceptor.class);

    private final TransactionManager transactions;
    private final DanvanConfig config;
    private final MeterRegistry meters;

    ConflictRetryInterceptor(TransactionManager transactions, DanvanConfig config, MeterRegistry meters) {
        this.transactions = transactions;
        this.config = config;
        this.meters = meters;
    }

    @AroundInvoke
    Object retryConflicts(InvocationContext context) throws Exception {
        if (insideTransaction()) {
            return context.proceed();
        }
        int attempts = Math.max(1, config.database().conflictAttempts());
        for (int attempt = 1; ; attempt++) {
            try {
                return context.proceed();
            } catch (Exception e) {
                if (attempt >= attempts || !CertificationConflicts.isConflict(e)) {
                    if (attempt > 1) {
                        meters.counter("danvan.database.conflicts.given.up").increment();
                    }
                    throw e;
                }
                meters.counter("danvan.database.conflicts.retried").increment();
                long pause = backoffMillis(attempt);
                LOG.debugf("Certification conflict or deadlock in %s (attempt %d of %d): retrying in %d ms",
                        context.getMethod().getName(), attempt, attempts, pause);
                Thread.sleep(pause);
            }
        }
    }

    /** 10 ms, 20 ms, 40 ms … times a random factor in [0.5, 1.5): two conflicting requests rarely meet again. */
    long backoffMillis(int attempt) {
        long base = config.database().conflictBackoff().toMillis() << Math.min(attempt - 1, 6);
        return (long) (base * (0.5 + ThreadLocalRandom.current().nextDouble()));
    }

    private boolean insideTransaction() throws SystemException {
        return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
    }
}
