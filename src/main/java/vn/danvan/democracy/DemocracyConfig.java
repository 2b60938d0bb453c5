package vn.danvan.democracy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Grassroots democracy's public side (danvan.democracy.*). */
@ConfigMapping(prefix = "danvan.democracy")
public interface DemocracyConfig {

    /** Reads of the public disclosures, consultations and answers from one source address within {@link #publicWindow()}. */
    @WithDefault("300")
    int publicRequestsPerSource();

    @WithDefault("PT1M")
    Duration publicWindow();

    /** Comments one source address may send within {@link #commentWindow()} before 429. */
    @WithDefault("5")
    int commentsPerSource();

    @WithDefault("PT10M")
    Duration commentWindow();

    /** How long browsers and shared caches may keep a public list (Cache-Control max-age). */
    @WithDefault("60")
    int publicMaxAgeSeconds();
}
