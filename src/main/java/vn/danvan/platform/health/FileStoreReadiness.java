package vn.danvan.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.danvan.platform.files.FileStore;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Readiness of the file store: DOWN, with the store's reason, while the bucket is missing, the credentials are refused or
 * the store does not answer within two seconds; so a rollout with a wrong setting never takes traffic. One check at a
 * time, as for the database.
 */
@Readiness
@ApplicationScoped
public class FileStoreReadiness implements HealthCheck {

    static final String NAME = "file-store";
    private static final long TIMEOUT_MILLIS = 2_000;

    private final FileStore store;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "file-store-readiness");
        thread.setDaemon(true);
        return thread;
    });
    private Future<Void> running;

    FileStoreReadiness(FileStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            currentCheck().get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            return HealthCheckResponse.named(NAME).up().withData("store", store.describe()).build();
        } catch (TimeoutException e) {
            return down("no answer within " + TIMEOUT_MILLIS + " ms");
        } catch (ExecutionException e) {
            return down(String.valueOf(e.getCause().getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted");
        }
    }

    private synchronized Future<Void> currentCheck() {
        if (running == null || running.isDone()) {
            running = checker.submit(() -> {
                store.check();
                return null;
            });
        }
        return running;
    }

    private static HealthCheckResponse down(String reason) {
        return HealthCheckResponse.named(NAME).down().withData("reason", reason).build();
    }
}
