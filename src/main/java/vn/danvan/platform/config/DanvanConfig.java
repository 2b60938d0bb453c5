package vn.danvan.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.ZoneId;

/** Typed settings of the service; every one has a default that suits the embedded run. */
@ConfigMapping(prefix = "danvan")
public interface DanvanConfig {

    /** The zone in which legal deadlines and report dates are counted. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();

    Http http();

    Idempotency idempotency();

    Demo demo();

    interface Http {
        /** Largest JSON body accepted (413 beyond). */
        @WithDefault("262144")
        long maxJsonBodyBytes();

        /** Largest CSV import accepted (413 beyond). */
        @WithDefault("5242880")
        long maxImportBodyBytes();
    }

    interface Idempotency {
        /** How long a stored response is replayed for the same Idempotency-Key. */
        @WithDefault("PT24H")
        Duration retention();
    }

    interface Demo {
        /** Load the demo province on first start (the embedded run turns it on). */
        @WithDefault("false")
        boolean enabled();
    }
}
