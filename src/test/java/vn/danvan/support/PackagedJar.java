package vn.danvan.support;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) started as a user starts it, with {@code java -jar}
 * in a folder of its own, on free ports; for tests that need what {@code @QuarkusIntegrationTest} cannot do (start
 * without a database URL, restart on the same data, watch it refuse to start).
 */
public final class PackagedJar implements AutoCloseable {

    public static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private final Process process;
    private final Path folder;
    private final int httpPort;
    private final int managementPort;

    private PackagedJar(Process process, Path folder, int httpPort, int managementPort) {
        this.process = process;
        this.folder = folder;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
    }

    /** Starts the jar in {@code folder} with these environment variables (plus free HTTP and management ports). */
    public static PackagedJar start(Path folder, Map<String, String> environment) throws IOException {
        Files.createDirectories(folder);
        int http = freePort();
        int management = freePort();
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toAbsolutePath().toString()))
                .directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("out.log").toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(http));
        builder.environment().put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(management));
        return new PackagedJar(builder.start(), folder, http, management);
    }

    /** Waits until the readiness check answers 200; fails with the service's output otherwise. */
    public PackagedJar awaitReady(Duration within) throws Exception {
        URI ready = URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready");
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (statusOf(ready) == 200) {
                return this;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The packaged service was not ready within " + within + ":\n" + output());
    }

    /** Waits for the service to exit by itself (a refused start); the exit code, or empty when it kept running. */
    public java.util.OptionalInt awaitExit(Duration within) throws InterruptedException {
        if (process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            return java.util.OptionalInt.of(process.exitValue());
        }
        return java.util.OptionalInt.empty();
    }

    public int httpPort() {
        return httpPort;
    }

    public int managementPort() {
        return managementPort;
    }

    public String output() throws IOException {
        Path log = folder.resolve("out.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** Stops the service as Ctrl+C would (SIGTERM: a graceful shutdown, the embedded database with it). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    public static int statusOf(URI uri) {
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
}
