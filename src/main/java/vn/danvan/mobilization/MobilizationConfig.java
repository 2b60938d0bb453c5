package vn.danvan.mobilization;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** "Dân vận khéo" models (danvan.mobilization.*). */
@ConfigMapping(prefix = "danvan.mobilization")
public interface MobilizationConfig {
    /** Requests to the public showcase from one source address within {@link #showcaseWindow()} before 429. */
    @WithDefault("300")
    int showcaseRequestsPerSource();

    @WithDefault("PT1M")
    Duration showcaseWindow();

    /** How long browsers and shared caches may keep a showcase answer (Cache-Control max-age). */
    @WithDefault("60")
    int showcaseMaxAgeSeconds();
}
