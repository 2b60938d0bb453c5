package vn.danvan.platform.http;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Tells the person who started the service where to find it. */
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class);

    void onStart(@Observes StartupEvent event,
                 @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port,
                 @ConfigProperty(name = "quarkus.management.port", defaultValue = "9000") int managementPort) {
        LOG.infof("Swagger UI: http://localhost:%d/q/swagger-ui — contract: http://localhost:%d/q/openapi", port, port);
        LOG.infof("Health and metrics: http://localhost:%d/q/health/ready — http://localhost:%d/q/metrics",
                managementPort, managementPort);
    }
}
