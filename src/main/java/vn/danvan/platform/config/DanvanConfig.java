package vn.danvan.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.ZoneId;

/**
 * Typed settings of the platform; every one has a default that suits the embedded run. Each feature has its own
 * mapping beside its code (IdentityConfig, ReceptionConfig, MobilizationConfig, RemindersConfig).
 */
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

    Outbox outbox();

    /** The transactional outbox of events (platform/outbox). */
    interface Outbox {
        /** How long an event is kept, handed on or not; its consumers must have sent it by then. */
        @WithDefault("P30D")
        Duration retention();
    }

    Sync sync();

    /** The mobile sync (platform/sync). */
    interface Sync {
        /**
         * How long a delta token stays usable after the client last caught up: the tombstones of deleted records are
         * kept this long. A client away longer gets a 410 and downloads its collections again.
         */
        @WithDefault("P90D")
        Duration tombstoneRetention();

        /** How often the cluster looks for tombstones older than the retention to delete (TombstonePurge). */
        @WithDefault("6h")
        String purgeEvery();
    }

    Demo demo();

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

    Files files();

    Database database();

    Search search();

    /** The {@code q} of the lists (platform/text, docs/operations.md "Search"). */
    interface Search {
        /**
         * Search through the FULLTEXT indexes when the database server allows it (innodb_ft_min_token_size=1,
         * innodb_ft_enable_stopword=0); false keeps the LIKE scans whatever the server.
         */
        @WithDefault("true")
        boolean fullText();
    }

    /** How the service treats its database as a cluster member (docs/operations.md, "A database cluster"). */
    interface Database {
        /** Attempts of a transaction rolled back by a certification conflict or deadlock (1: no retry). */
        @WithDefault("3")
        int conflictAttempts();

        /** The first pause before a retry; doubled on each further one, with jitter. */
        @WithDefault("PT0.01S")
        Duration conflictBackoff();
    }

    /** Attachments: where the local file store keeps them and how large one may be. */
    interface Files {
        /** Folder of the local-disk file store (the default store). */
        @WithDefault("data/files")
        String dir();

        /** Largest attachment accepted (413 beyond). */
        @WithDefault("10485760")
        long maxUploadBytes();

        /** Which store keeps the bytes: {@code local} (a folder, the default) or {@code s3} (an S3-compatible bucket). */
        @WithDefault("local")
        StoreKind store();

        /** The S3-compatible store, read when {@link #store()} is {@code s3}. */
        S3 s3();

        enum StoreKind { LOCAL, S3 }

        /** An S3-compatible bucket (AWS S3, MinIO, Ceph RGW, …). */
        interface S3 {
            /** The service's URL, e.g. {@code https://s3.example.vn}; none: AWS S3 of {@link #region()}. */
            java.util.Optional<java.net.URI> endpoint();

            /** The bucket; it must exist (the service never creates it). Required with store=s3. */
            java.util.Optional<String> bucket();

            @WithDefault("us-east-1")
            String region();

            /** Access key; none: the SDK's default chain (AWS_ACCESS_KEY_ID, a web identity, an instance role). */
            java.util.Optional<String> accessKeyId();

            java.util.Optional<String> secretAccessKey();

            /** Path-style addressing (endpoint/bucket/key), which most S3-compatible servers need. */
            @WithDefault("true")
            boolean pathStyle();

            /** Timeout of one call to the store (connect and each read). */
            @WithDefault("PT30S")
            java.time.Duration timeout();
        }
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

    interface Demo {
        /** Load the demo province on first start (the embedded run turns it on). */
        @WithDefault("false")
        boolean enabled();
    }
}
