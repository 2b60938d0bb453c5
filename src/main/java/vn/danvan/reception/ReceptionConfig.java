package vn.danvan.reception;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Citizen reception (danvan.reception.*). */
@ConfigMapping(prefix = "danvan.reception")
public interface ReceptionConfig {
    /** Deprecated name of {@code danvan.personal-data.key}, still read. */
    java.util.Optional<String> personalDataKey();

    /** Deprecated name of {@code danvan.personal-data.key-file}, still read. */
    java.util.Optional<String> personalDataKeyFile();

    /** Length of the sliding window of hot spots, in days. */
    @WithDefault("90")
    int hotspotWindowDays();

    /** A place and subject is a hot spot with at least this many flagged records in the window… */
    @WithDefault("3")
    int hotspotMinFlagged();

    /** …or at least this many mass records. */
    @WithDefault("2")
    int hotspotMinMass();

    /** Searches by ID number one caller may make within {@link #idNumberSearchWindow()} before 429. */
    @WithDefault("30")
    int idNumberSearchesPerCaller();

    @WithDefault("PT15M")
    Duration idNumberSearchWindow();

    /** Public status look-ups allowed per source address within {@link #statusLookupWindow()}. */
    @WithDefault("30")
    int statusLookupsPerSource();

    @WithDefault("PT15M")
    Duration statusLookupWindow();
}
