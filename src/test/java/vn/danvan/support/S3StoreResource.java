package vn.danvan.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * An S3-compatible server in the test JVM (s3proxy on a filesystem back end under target/), with one bucket and
 * credentials it checks (AWS signature V4), so that the service's S3 file store talks to a real S3 API.
 */
public class S3StoreResource implements QuarkusTestResourceLifecycleManager {

    public static final String BUCKET = "danvan-files";
    public static final String ACCESS_KEY = "danvan-test";
    public static final String SECRET_KEY = "danvan-test-secret-0123456789";

    private S3Proxy proxy;
    private BlobStoreContext context;

    @Override
    public Map<String, String> start() {
        try {
            Path base = Files.createDirectories(Path.of("target", "s3-test", "run-" + ProcessHandle.current().pid()));
            Properties properties = new Properties();
            properties.setProperty("jclouds.filesystem.basedir", base.toAbsolutePath().toString());
            context = ContextBuilder.newBuilder("filesystem")
                    .credentials("unused", "unused")
                    .overrides(properties)
                    .build(BlobStoreContext.class);
            context.getBlobStore().createContainerInLocation(null, BUCKET);
            proxy = S3Proxy.builder()
                    .blobStore(context.getBlobStore())
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                    .build();
            proxy.start();
            long deadline = System.currentTimeMillis() + 10_000;
            while (!"STARTED".equals(proxy.getState()) && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            return Map.of(
                    "danvan.files.store", "s3",
                    "danvan.files.s3.endpoint", "http://127.0.0.1:" + proxy.getPort(),
                    "danvan.files.s3.bucket", BUCKET,
                    "danvan.files.s3.region", "us-east-1",
                    "danvan.files.s3.access-key-id", ACCESS_KEY,
                    "danvan.files.s3.secret-access-key", SECRET_KEY);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("s3proxy did not start", e);
        }
    }

    @Override
    public void stop() {
        try {
            if (proxy != null) {
                proxy.stop();
            }
        } catch (Exception ignored) {
            // the JVM ends with the tests
        }
        if (context != null) {
            context.close();
        }
    }
}
