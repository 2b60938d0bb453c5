package vn.danvan.platform.files;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;
import vn.danvan.platform.config.DanvanConfig;

import java.io.IOException;
import java.nio.file.Path;

/** The file store the configuration names (danvan.files.store), checked once at start so a bad setting shows at once. */
@ApplicationScoped
public class FileStores {

    private static final Logger LOG = Logger.getLogger(FileStores.class);

    @Produces
    @ApplicationScoped
    FileStore fileStore(DanvanConfig config) {
        return switch (config.files().store()) {
            case LOCAL -> new LocalDiskFileStore(Path.of(config.files().dir()));
            case S3 -> new S3FileStore(config.files().s3());
        };
    }

    void close(@Disposes FileStore store) {
        if (store instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // shutting down
            }
        }
    }

    /**
     * A missing bucket or refused credentials do not stop the service (everything but files keeps working, and nothing
     * is lost: an upload then answers 503 and stores no row); they are logged here and keep readiness DOWN.
     */
    void checkAtStart(@Observes StartupEvent start, FileStore store) {
        try {
            store.check();
            LOG.infof("Attachments are stored in the %s", store.describe());
        } catch (IOException e) {
            LOG.errorf("Attachments cannot be stored: %s", e.getMessage());
        }
    }
}
