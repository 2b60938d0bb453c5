package vn.danvan.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.config.DanvanConfig;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The service's notion of "now" and "today". Today is the local date in the configured zone
 * (Asia/Ho_Chi_Minh), which is what legal deadlines count in. Tests may move the clock.
 */
@ApplicationScoped
public class AppClock {

    private final ZoneId zone;
    private volatile Clock clock;

    public AppClock(DanvanConfig config) {
        this.zone = config.zone();
        this.clock = Clock.system(zone);
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZoneId zone() {
        return zone;
    }

    /** For tests: fix the clock; {@code null} returns to the system clock. */
    public void set(Clock fixed) {
        this.clock = fixed == null ? Clock.system(zone) : fixed.withZone(zone);
    }
}
