package vn.danvan.platform;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.danvan.platform.embedded.EmbeddedMariaDb;
import vn.danvan.platform.security.KeyFiles;
import vn.danvan.platform.security.SecretKeyFile;
import vn.danvan.support.PackagedJar;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged service started as production starts it, on a database of its own: without its keys it refuses to
 * start and names the settings (it never invents keys that a second instance would not share); with them it is ready.
 */
class ProductionStartIT {

    private static EmbeddedMariaDb database;
    private static Path work;

    @BeforeAll
    static void database() throws IOException {
        work = Files.createDirectories(Path.of("target", "production-start-it"));
        database = EmbeddedMariaDb.start(work.resolve("mariadb-" + ProcessHandle.current().pid()), "64M");
    }

    @AfterAll
    static void stop() {
        if (database != null) {
            database.stop();
        }
    }

    private Map<String, String> productionEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", database.username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        env.put("QUARKUS_HIBERNATE_ORM_DATABASE_VERSION_CHECK_ENABLED", "false");
        env.put("DANVAN_SECURITY_BOOTSTRAP_ADMIN_PASSWORD", "Production-Start-2026");
        return env;
    }

    /** Starts the jar in an empty folder (no data or keys to fall back on); it must exit by itself. */
    private String startExpectingFailure(Map<String, String> env) throws Exception {
        Path folder = Files.createTempDirectory(work, "run-");
        try (PackagedJar jar = PackagedJar.start(folder, env)) {
            OptionalInt exit = jar.awaitExit(Duration.ofSeconds(90));
            assertTrue(exit.isPresent(), "the service should have refused to start:\n" + jar.output());
            assertTrue(exit.getAsInt() != 0);
            // Nothing was invented in its working folder.
            assertTrue(!Files.exists(folder.resolve("data")), "keys or data were written into " + folder);
            return jar.output();
        }
    }

    @Test
    void withoutTheSigningKeysTheServiceRefusesToStartAndNamesTheSettings() throws Exception {
        assertThat(startExpectingFailure(productionEnvironment()), containsString("DANVAN_SECURITY_PRIVATE_KEY_LOCATION"));
    }

    @Test
    void withoutThePersonalDataKeyTheServiceRefusesToStartAndNamesTheSetting() throws Exception {
        Path keys = KeyFiles.ensure(work.resolve("keys"));
        Map<String, String> env = productionEnvironment();
        env.put("DANVAN_SECURITY_PRIVATE_KEY_LOCATION", keys.resolve(KeyFiles.PRIVATE_KEY).toAbsolutePath().toString());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.resolve(KeyFiles.PUBLIC_KEY).toAbsolutePath().toString());
        String output = startExpectingFailure(env);
        assertThat(output, containsString("DANVAN_PERSONAL_DATA_KEY"));
        assertThat(output, not(containsString("Cannot decrypt")));
    }

    @Test
    void withItsKeysTheServiceStartsAndIsReady() throws Exception {
        Path keys = KeyFiles.ensure(work.resolve("keys"));
        Path personalDataKey = SecretKeyFile.ensure(work.resolve("keys").resolve(SecretKeyFile.PERSONAL_DATA_KEY));
        Map<String, String> env = productionEnvironment();
        env.put("DANVAN_SECURITY_PRIVATE_KEY_LOCATION", keys.resolve(KeyFiles.PRIVATE_KEY).toAbsolutePath().toString());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.resolve(KeyFiles.PUBLIC_KEY).toAbsolutePath().toString());
        env.put("DANVAN_PERSONAL_DATA_KEY_FILE", personalDataKey.toAbsolutePath().toString());
        try (PackagedJar jar = PackagedJar.start(Files.createTempDirectory(work, "run-"), env)) {
            jar.awaitReady(Duration.ofSeconds(90));
            // The API port carries neither health nor metrics.
            assertEquals(404, PackagedJar.statusOf(URI.create("http://127.0.0.1:" + jar.httpPort() + "/q/metrics")));
        }
    }
}
