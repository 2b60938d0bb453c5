package vn.danvan.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.danvan.platform.embedded.EmbeddedMariaDb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The tests' database: a fresh schema per run, on the embedded MariaDB by default, or on the
 * server named by DANVAN_TEST_DB_URL (e.g. jdbc:mysql://127.0.0.1:3306, with DANVAN_TEST_DB_USER
 * and DANVAN_TEST_DB_PASSWORD), where a new database danvan_test_&lt;time&gt; is created. The service reaches it
 * through a {@link DatabaseProxy}, so that tests can make it hang or restart. The database is waited for (up to two
 * minutes) before the service starts, so that a busy machine delays the run instead of failing it.
 */
public class MariaDbTestResource implements QuarkusTestResourceLifecycleManager {

    private static final java.time.Duration DATABASE_WAIT = java.time.Duration.ofMinutes(2);

    private EmbeddedMariaDb embedded;
    private Path home;
    private DatabaseProxy proxy;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new java.util.HashMap<>(database());
        String url = config.get("quarkus.datasource.jdbc.url");
        awaitDatabase(url, config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
        config.put("quarkus.datasource.jdbc.url", throughProxy(url));
        config.put("quarkus.management.test-port", String.valueOf(freePort()));
        java.nio.file.Path keys = vn.danvan.platform.security.KeyFiles.ensure(Path.of("target", "test-keys"));
        config.put("danvan.security.private-key-location", keys.resolve(vn.danvan.platform.security.KeyFiles.PRIVATE_KEY).toString());
        config.put("mp.jwt.verify.publickey.location", keys.resolve(vn.danvan.platform.security.KeyFiles.PUBLIC_KEY).toString());
        config.putAll(ExternalIdentityProvider.configuration());
        return config;
    }

    private Map<String, String> database() {
        String external = System.getenv("DANVAN_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            String database = "danvan_test_" + System.currentTimeMillis();
            return Map.of(
                    "quarkus.datasource.jdbc.url", external.replaceAll("/+$", "") + "/" + database
                            + "?createDatabaseIfNotExist=true&characterEncoding=UTF-8",
                    "quarkus.datasource.username", env("DANVAN_TEST_DB_USER", "root"),
                    "quarkus.datasource.password", env("DANVAN_TEST_DB_PASSWORD", ""),
                    "quarkus.hibernate-orm.database.version-check.enabled",
                    env("DANVAN_TEST_DB_VERSION_CHECK", "true"));
        }
        try {
            home = Files.createDirectories(Path.of("target", "mariadb-test")).resolve("run-" + ProcessHandle.current().pid());
            deleteTree(home);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        embedded = EmbeddedMariaDb.start(home, "128M");
        return Map.of(
                "quarkus.datasource.jdbc.url", embedded.jdbcUrl(),
                "quarkus.datasource.username", embedded.username(),
                "quarkus.datasource.password", "",
                "quarkus.hibernate-orm.database.version-check.enabled", "false");
    }

    /** The same URL, with host and port replaced by those of a proxy in front of them. */
    private String throughProxy(String url) {
        var matcher = java.util.regex.Pattern.compile("^jdbc:mysql://([^:/]+)(?::(\\d+))?(/.*)?$").matcher(url);
        if (!matcher.matches()) {
            throw new IllegalStateException("Unexpected test database URL " + url);
        }
        try {
            proxy = DatabaseProxy.start(matcher.group(1), matcher.group(2) == null ? 3306 : Integer.parseInt(matcher.group(2)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return "jdbc:mysql://127.0.0.1:" + proxy.port() + (matcher.group(3) == null ? "" : matcher.group(3));
    }

    /** Connects until the database answers: on a loaded machine its first connection can take long. */
    private static void awaitDatabase(String url, String user, String password) {
        long deadline = System.nanoTime() + DATABASE_WAIT.toNanos();
        java.sql.SQLException last = null;
        while (System.nanoTime() < deadline) {
            try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, user, password)) {
                if (connection.isValid(10)) {
                    return;
                }
            } catch (java.sql.SQLException e) {
                last = e;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("The test database did not answer within " + DATABASE_WAIT, last);
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
        if (embedded != null) {
            embedded.stop();
            deleteTree(home);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static void deleteTree(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: target/ is cleaned by the next build
        }
    }
}
