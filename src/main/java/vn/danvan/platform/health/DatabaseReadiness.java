package vn.danvan.platform.health;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.danvan.platform.config.DanvanConfig;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Readiness of the database, answered within a bound. A database that hangs (a network partition) would keep a plain
 * check waiting for the connection or socket timeout, longer than the orchestrator's probe; this one waits at most
 * {@code danvan.health.database-timeout} for a pooled connection that answers a ping, and reports DOWN otherwise.
 * One ping at a time: while one is still waiting, further probes report DOWN without starting another.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";

    private final AgroalDataSource dataSource;
    private final Duration timeout;
    private final ExecutorService pinger = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "database-readiness");
        thread.setDaemon(true);
        return thread;
    });
    private Future<Boolean> running;

    DatabaseReadiness(AgroalDataSource dataSource, DanvanConfig config) {
        this.dataSource = dataSource;
        this.timeout = config.health().databaseTimeout();
    }

    @Override
    public HealthCheckResponse call() {
        Future<Boolean> ping = currentPing();
        try {
            return ping.get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    ? HealthCheckResponse.up(NAME)
                    : down("the database did not answer the ping");
        } catch (TimeoutException e) {
            return down("no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            return down(String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted");
        }
    }

    private synchronized Future<Boolean> currentPing() {
        if (running == null || running.isDone()) {
            running = pinger.submit(this::ping);
        }
        return running;
    }

    private boolean ping() throws Exception {
        boolean valid;
        try (Connection connection = dataSource.getConnection()) {
            valid = connection.isValid((int) Math.max(1, timeout.toSeconds()));
        }
        if (!valid) {
            // A connection that failed the ping goes back to the pool as it is: drop every idle one that is dead, so
            // that neither the next probe nor a request gets it.
            dataSource.flush(AgroalDataSource.FlushMode.INVALID);
        }
        return valid;
    }

    private static HealthCheckResponse down(String reason) {
        return HealthCheckResponse.named(NAME).down().withData("reason", reason).build();
    }
}
