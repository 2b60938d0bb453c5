package vn.danvan.task;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Task deadline reminders, theo dõi, đôn đốc (danvan.reminders.*). */
@ConfigMapping(prefix = "danvan.reminders")
public interface RemindersConfig {
    /** Whether the scheduled reminder job runs on this instance (it still runs once per cluster). */
    @WithDefault("true")
    boolean enabled();

    /** How often each instance tries to run the job (a Quarkus scheduler interval, e.g. 15m, 1h). */
    @WithDefault("15m")
    String every();

    /** How many days before a deadline the "due soon" reminder is sent. */
    @WithDefault("3")
    int daysBefore();

    /** How long one instance holds the cluster-wide lease of the reminder job. */
    @WithDefault("PT10M")
    java.time.Duration lease();
}
