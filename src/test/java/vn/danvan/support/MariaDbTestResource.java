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
 * and DANVAN_TEST_DB_PASSWORD), where a new database danvan_test_&lt;time&gt; is created.
 */
public class MariaDbTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedMariaDb embedded;
    private Path home;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new java.util.HashMap<>(database());
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

    @Override
    public void stop() {
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
