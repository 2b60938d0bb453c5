package vn.danvan.platform.cluster;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.sql.SQLTransactionRollbackException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only: makes the first N transactions of a request fail at commit exactly as a Galera certification conflict does
 * (Connector/J's SQLTransactionRollbackException, SQLState 40001, error 1213), N from the request header
 * {@value #HEADER}. A real conflict needs two cluster nodes and cannot be timed reliably in a test; this one fails
 * after the request's statements ran, at the point where Galera would.
 */
@ApplicationScoped
public class CommitConflictInjector {

    public static final String HEADER = "X-Test-Commit-Conflicts";

    private final Map<Object, AtomicInteger> failuresByRequest = new ConcurrentHashMap<>();
    private final CurrentVertxRequest request;
    private final TransactionSynchronizationRegistry registry;

    CommitConflictInjector(CurrentVertxRequest request, TransactionSynchronizationRegistry registry) {
        this.request = request;
        this.registry = registry;
    }

    void onTransactionStart(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        var current = request.getCurrent();
        if (current == null) {
            return;
        }
        String wanted = current.request().getHeader(HEADER);
        if (wanted == null) {
            return;
        }
        AtomicInteger failed = failuresByRequest.computeIfAbsent(current, r -> {
            current.addEndHandler(done -> failuresByRequest.remove(current));
            return new AtomicInteger();
        });
        if (failed.get() >= Integer.parseInt(wanted)) {
            return;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                failed.incrementAndGet();
                throw new IllegalStateException(new SQLTransactionRollbackException(
                        "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
            }

            @Override
            public void afterCompletion(int status) {
                // the transaction is rolled back
            }
        });
    }
}
