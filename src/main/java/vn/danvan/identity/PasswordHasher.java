package vn.danvan.identity;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.ProblemType;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * bcrypt hashes (Elytron's implementation) and the bulkhead around them. A sign-in or password change runs its whole
 * attempt in one of a few slots ({@link #exclusive}): as many as the machine has cores unless
 * {@code danvan.security.concurrent-password-checks} says otherwise, so that a flood of sign-ins cannot take the CPU
 * or the worker threads from everyone else. A caller that finds no free slot within {@code password-check-wait} gets
 * 503 with Retry-After. Callers never hold a database connection or a transaction while a hash is computed: their
 * short transactions come before and after it.
 */
@ApplicationScoped
class PasswordHasher {

    private final int cost;
    private final String dummyHash;
    private final Semaphore slots;
    private final Duration wait;

    PasswordHasher(IdentityConfig config) {
        IdentityConfig security = config;
        this.cost = security.bcryptCost();
        this.dummyHash = BcryptUtil.bcryptHash("no-such-user-password", cost);
        this.slots = new Semaphore(security.concurrentPasswordChecks().orElse(Runtime.getRuntime().availableProcessors()));
        this.wait = security.passwordCheckWait();
    }

    /** Runs work that hashes or checks passwords in one of the slots; 503 when none frees up in time. */
    <T> T exclusive(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new ApiException(ProblemType.SERVICE_UNAVAILABLE, "detail.password-checks-busy").retryAfter(1);
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    /** A new hash, computed in a slot of its own: call it before opening a transaction. */
    String hashExclusive(String password) {
        return exclusive(() -> hash(password));
    }

    /** Inside {@link #exclusive} only. */
    String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    /** Inside {@link #exclusive} only. */
    boolean matches(String password, String hash) {
        return password != null && BcryptUtil.matches(password, hash);
    }

    /** Inside {@link #exclusive} only: spends the same time as a real check, for unknown or locked accounts. */
    void matchNothing(String password) {
        BcryptUtil.matches(password == null ? "" : password, dummyHash);
    }
}
