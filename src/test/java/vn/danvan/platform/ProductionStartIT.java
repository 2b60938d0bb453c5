package vn.danvan.platform;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.danvan.platform.embedded.EmbeddedMariaDb;
import vn.danvan.platform.security.KeyFiles;
import vn.danvan.platform.security.SecretKeyFile;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
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

    private Map<String, String> productionEnvironment() throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", database.username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        env.put("QUARKUS_HIBERNATE_ORM_DATABASE_VERSION_CHECK_ENABLED", "false");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(freePort()));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(freePort()));
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        env.put("DANVAN_SECURITY_BOOTSTRAP_ADMIN_PASSWORD", "Production-Start-2026");
        return env;
    }

    private record Run(int exitCode, String output) {
    }

    /** Starts the jar in an empty folder (no data/keys to fall back on) and waits for it to exit. */
    private Run startExpectingFailure(Map<String, String> env) throws Exception {
        Path folder = Files.createTempDirectory(work, "run-");
        ProcessBuilder builder = new ProcessBuilder(List.of("java", "-jar", JAR.toAbsolutePath().toString()))
                .directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        boolean exited = process.waitFor(90, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes());
        if (!exited) {
            process.destroyForcibly();
        }
        assertTrue(exited, "the service should have refused to start:\n" + output);
        // Nothing was invented in its working folder.
        assertTrue(!Files.exists(folder.resolve("data")), "keys or data were written into " + folder);
        return new Run(process.exitValue(), output);
    }

    @Test
    void withoutTheSigningKeysTheServiceRefusesToStartAndNamesTheSettings() throws Exception {
        Run run = startExpectingFailure(productionEnvironment());
        assertTrue(run.exitCode() != 0);
        assertThat(run.output(), containsString("DANVAN_SECURITY_PRIVATE_KEY_LOCATION"));
    }

    @Test
    void withoutThePersonalDataKeyTheServiceRefusesToStartAndNamesTheSetting() throws Exception {
        Path keys = KeyFiles.ensure(work.resolve("keys"));
        Map<String, String> env = productionEnvironment();
        env.put("DANVAN_SECURITY_PRIVATE_KEY_LOCATION", keys.resolve(KeyFiles.PRIVATE_KEY).toAbsolutePath().toString());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.resolve(KeyFiles.PUBLIC_KEY).toAbsolutePath().toString());
        Run run = startExpectingFailure(env);
        assertTrue(run.exitCode() != 0);
        assertThat(run.output(), containsString("DANVAN_PERSONAL_DATA_KEY"));
        assertThat(run.output(), not(containsString("Cannot decrypt")));
    }

    @Test
    void withItsKeysTheServiceStartsAndIsReady() throws Exception {
        Path keys = KeyFiles.ensure(work.resolve("keys"));
        Path personalDataKey = SecretKeyFile.ensure(work.resolve("keys").resolve(SecretKeyFile.PERSONAL_DATA_KEY));
        Map<String, String> env = productionEnvironment();
        env.put("DANVAN_SECURITY_PRIVATE_KEY_LOCATION", keys.resolve(KeyFiles.PRIVATE_KEY).toAbsolutePath().toString());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.resolve(KeyFiles.PUBLIC_KEY).toAbsolutePath().toString());
        env.put("DANVAN_PERSONAL_DATA_KEY_FILE", personalDataKey.toAbsolutePath().toString());
        Path folder = Files.createTempDirectory(work, "run-");
        ProcessBuilder builder = new ProcessBuilder(List.of("java", "-jar", JAR.toAbsolutePath().toString()))
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(folder.resolve("out.log").toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        try {
            URI ready = URI.create("http://127.0.0.1:" + env.get("QUARKUS_MANAGEMENT_PORT") + "/q/health/ready");
            long deadline = System.currentTimeMillis() + 90_000;
            int status = -1;
            while (System.currentTimeMillis() < deadline && process.isAlive() && status != 200) {
                status = statusOf(ready);
                Thread.sleep(250);
            }
            assertEquals(200, status, "not ready:\n" + Files.readString(folder.resolve("out.log")));
            // The API port carries neither health nor metrics.
            assertEquals(404, statusOf(URI.create("http://127.0.0.1:" + env.get("QUARKUS_HTTP_PORT") + "/q/metrics")));
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static int statusOf(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(3000);
            return connection.getResponseCode();
        } catch (IOException notYet) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @SuppressWarnings("unused")
    private static List<String> lines(String output) {
        return new ArrayList<>(output.lines().toList());
    }
}
