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

    Health health();

    /** The readiness probe. */
    interface Health {
        /** How long readiness waits for the database's answer before reporting DOWN. */
        @WithDefault("PT2S")
        Duration databaseTimeout();
    }

    Idempotency idempotency();

    Demo demo();

    Security security();

    Embedded embedded();

    PersonalData personalData();

    /** Protection of personal data at rest (see platform/crypto). */
    interface PersonalData {
        /**
         * Base64 of the 32-byte key from which every personal-data key is derived (AES-GCM encryption of ID numbers,
         * addresses, phones and stored replays; HMAC search hashes). Required outside the embedded run (or
         * {@link #keyFile()}), the same on every instance; the embedded run generates one.
         */
        java.util.Optional<String> key();

        /** A file holding that key in Base64, instead of {@link #key()}. */
        java.util.Optional<String> keyFile();
    }

    Reception reception();

    /** Citizen reception. */
    interface Reception {
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

    Mobilization mobilization();

    /** "Dân vận khéo" models. */
    interface Mobilization {
        /** Requests to the public showcase from one source address within {@link #showcaseWindow()} before 429. */
        @WithDefault("300")
        int showcaseRequestsPerSource();

        @WithDefault("PT1M")
        Duration showcaseWindow();

        /** How long browsers and shared caches may keep a showcase answer (Cache-Control max-age). */
        @WithDefault("60")
        int showcaseMaxAgeSeconds();
    }

    Files files();

    Reminders reminders();

    /** Attachments: where the local file store keeps them and how large one may be. */
    interface Files {
        /** Folder of the local-disk file store (the default store). */
        @WithDefault("data/files")
        String dir();

        /** Largest attachment accepted (413 beyond). */
        @WithDefault("10485760")
        long maxUploadBytes();
    }

    /** Task deadline reminders (theo dõi, đôn đốc). */
    interface Reminders {
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

    /** Read by the embedded launcher before start; declared here so that they are valid settings. */
    interface Embedded {
        /** Folder of the embedded MariaDB (binaries, data, temp); not under the system temp folder. */
        @WithDefault("data/mariadb")
        String dir();

        /** Folder of the generated token-signing key pair. */
        @WithDefault("data/keys")
        String keysDir();

        /** InnoDB buffer pool of the embedded MariaDB (read by the launcher before Quarkus starts). */
        @WithDefault(vn.danvan.platform.embedded.EmbeddedMariaDb.DEFAULT_BUFFER_POOL_SIZE)
        String bufferPoolSize();
    }

    interface Http {
        /** Longest request line target (path and query) accepted (414 beyond). */
        @WithDefault("8192")
        int maxUriLength();

        /** Largest total of request headers accepted, names and values (431 beyond). */
        @WithDefault("16384")
        int maxHeaderBytes();

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

    interface Security {
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

    interface Demo {
        /** Load the demo province on first start (the embedded run turns it on). */
        @WithDefault("false")
        boolean enabled();
    }
}
