package vn.danvan.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Sign-in, tokens and accounts (danvan.security.*); defaults suit the embedded run. */
@ConfigMapping(prefix = "danvan.security")
public interface IdentityConfig {
    /** The issuer ({@code iss}) of this service's access tokens. */
    @WithDefault("danvan")
    String issuer();

    /**
     * PEM file of the RSA private key that signs access tokens (the public key: mp.jwt.verify.publickey.location).
     * Required: the service does not start without it (the embedded run generates one).
     */
    java.util.Optional<String> privateKeyLocation();

    @WithDefault("PT15M")
    Duration accessTokenLifetime();

    @WithDefault("P30D")
    Duration refreshTokenLifetime();

    /** bcrypt cost factor of password hashes. */
    @WithDefault("11")
    int bcryptCost();

    /** Password hashes computed at once (sign-ins, password changes); unset: one per core. */
    java.util.Optional<Integer> concurrentPasswordChecks();

    /** How long a sign-in waits for a free hashing slot before it gets 503 with Retry-After. */
    @WithDefault("PT2S")
    Duration passwordCheckWait();

    /**
     * How long a spent refresh token presented again gets the same new pair (a mobile client that lost the
     * answer and retries) instead of revoking its sign-in as a stolen copy.
     */
    @WithDefault("PT30S")
    Duration refreshReuseInterval();

    /** Failed sign-ins in a row that lock an account. */
    @WithDefault("5")
    int maxFailedSignIns();

    @WithDefault("PT15M")
    Duration lockDuration();

    /** Failed sign-ins from one source address within {@link #sourceWindow()} before it gets 429. */
    @WithDefault("20")
    int maxFailuresPerSource();

    /** Token requests from one source address within {@link #sourceWindow()} before it gets 429. */
    @WithDefault("120")
    int maxTokenRequestsPerSource();

    @WithDefault("PT15M")
    Duration sourceWindow();

    /** First system administrator, created on start when there is none and a password is set. */
    @WithDefault("admin")
    String bootstrapAdminUsername();

    java.util.Optional<String> bootstrapAdminPassword();

    External external();

    /** The provincial single sign-on, whose tokens are accepted when an issuer and JWKS are set. */
    interface External {
        java.util.Optional<String> issuer();

        /** URL or file of the identity provider's JSON Web Key Set. */
        java.util.Optional<String> jwksLocation();

        /** Claim holding the roles (a list or a space/comma separated string). */
        @WithDefault("groups")
        String rolesClaim();

        /** Claim holding the organisation: this service's organisation ID or its official code. */
        @WithDefault("org")
        String organizationClaim();

        /** External role name → role of this service; roles not listed are ignored. */
        java.util.Map<String, String> roleMap();
    }
}
