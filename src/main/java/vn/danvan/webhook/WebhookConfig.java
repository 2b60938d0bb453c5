package vn.danvan.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Webhooks for machine clients (danvan.webhooks.*). */
@ConfigMapping(prefix = "danvan.webhooks")
public interface WebhookConfig {

    /** Whether this instance runs the delivery job (the cluster still delivers each event once). */
    @WithDefault("true")
    boolean enabled();

    /** How often each instance runs the delivery job (a Quarkus scheduler interval). */
    @WithDefault("5s")
    String every();

    /** Most deliveries one run of the job sends, and most outbox events it relays. */
    @WithDefault("100")
    int batchSize();

    /** Attempts of one delivery before it is given up (ABANDONED). */
    @WithDefault("8")
    int maxAttempts();

    /** The wait after the first failed attempt; it doubles after each further one (with jitter). */
    @WithDefault("PT30S")
    Duration initialBackoff();

    /** The longest wait between two attempts. */
    @WithDefault("PT2H")
    Duration maxBackoff();

    /** How long to wait for the receiver's connection. */
    @WithDefault("PT5S")
    Duration connectTimeout();

    /** How long to wait for the receiver's answer. */
    @WithDefault("PT10S")
    Duration requestTimeout();

    /**
     * How long an instance's claim on a delivery holds: past it, another instance may send the delivery again (the
     * first one is taken to have died). Must be longer than a connection and an answer take.
     */
    @WithDefault("PT2M")
    Duration claimTimeout();

    /** How long a rotated-out secret still signs deliveries beside the new one. */
    @WithDefault("PT24H")
    Duration previousSecretValidity();

    /** How long finished deliveries and their attempts stay in the log. */
    @WithDefault("P30D")
    Duration retention();

    /** Most live subscriptions one client may have. */
    @WithDefault("20")
    int maxSubscriptionsPerClient();

    /** Only https addresses; http only for tests and local trials. */
    @WithDefault("true")
    boolean requireHttps();

    /**
     * Allows private, loopback and link-local receivers. Off everywhere but tests: the service must not be made to
     * call into its own network (SSRF).
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();
}
