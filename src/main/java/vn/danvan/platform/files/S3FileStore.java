package vn.danvan.platform.files;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import vn.danvan.platform.config.DanvanConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Attachments in a bucket of an S3-compatible store, so that every instance sees every file. Uploads go from the
 * spooled temporary file with their length known (the SDK streams it, nothing is held whole in memory); downloads
 * are the object's stream, handed to the HTTP layer as it arrives. The bucket is never created here: a missing bucket or
 * refused credentials are an operator's error, reported by readiness ({@link #check()}) and on use.
 */
public class S3FileStore implements FileStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final String where;

    S3FileStore(DanvanConfig.Files.S3 config) {
        this.bucket = config.bucket().filter(b -> !b.isBlank()).orElseThrow(() -> new IllegalStateException(
                "danvan.files.store=s3 needs a bucket: set DANVAN_FILES_S3_BUCKET"));
        var builder = S3Client.builder()
                .region(Region.of(config.region()))
                .credentialsProvider(credentials(config))
                .forcePathStyle(config.pathStyle())
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(config.timeout())
                        .socketTimeout(config.timeout()))
                // Checksums only where the API requires them: S3-compatible servers do not all accept the SDK's
                // trailing checksums; the service keeps its own SHA-256 of every file anyway.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD));
        config.endpoint().ifPresent(builder::endpointOverride);
        this.s3 = builder.build();
        this.where = "bucket " + bucket + config.endpoint().map(e -> " at " + e).orElse(" in AWS " + config.region());
    }

    private static AwsCredentialsProvider credentials(DanvanConfig.Files.S3 config) {
        if (config.accessKeyId().isPresent() != config.secretAccessKey().isPresent()) {
            throw new IllegalStateException("Set both DANVAN_FILES_S3_ACCESS_KEY_ID and DANVAN_FILES_S3_SECRET_ACCESS_KEY,"
                    + " or neither (the SDK's default chain)");
        }
        return config.accessKeyId().<AwsCredentialsProvider>map(id -> StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(id, config.secretAccessKey().orElseThrow())))
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    }

    @Override
    public void put(String key, Path source) throws IOException {
        long length = Files.size(source);
        call(key, () -> s3.putObject(r -> r.bucket(bucket).key(key).contentLength(length),
                RequestBody.fromFile(source)));
    }

    @Override
    public InputStream open(String key) throws IOException {
        return call(key, () -> s3.getObject(r -> r.bucket(bucket).key(key)));
    }

    @Override
    public void delete(String key) throws IOException {
        call(key, () -> s3.deleteObject(r -> r.bucket(bucket).key(key)));
    }

    @Override
    public void check() throws IOException {
        call(null, () -> s3.headBucket(r -> r.bucket(bucket)));
    }

    @Override
    public String describe() {
        return where;
    }

    @Override
    public void close() {
        s3.close();
    }

    private interface Call<T> {
        T run();
    }

    /** The SDK's unchecked failures as the store's: a missing object, or a reason an operator can act on. */
    private <T> T call(String key, Call<T> call) throws IOException {
        try {
            return call.run();
        } catch (S3Exception e) {
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            if ("NoSuchBucket".equals(code) || (key == null && e.statusCode() == 404)) {
                throw new IOException("The S3 " + where + " does not exist (create it, or correct DANVAN_FILES_S3_BUCKET)", e);
            }
            if (e.statusCode() == 404) {
                throw new NoSuchFileException(key, null, "no such object in the S3 " + where);
            }
            if (e.statusCode() == 403 || "InvalidAccessKeyId".equals(code) || "SignatureDoesNotMatch".equals(code)) {
                throw new IOException("The S3 " + where + " refused the credentials (" + (code == null ? e.statusCode() : code)
                        + "): check DANVAN_FILES_S3_ACCESS_KEY_ID / DANVAN_FILES_S3_SECRET_ACCESS_KEY and the bucket policy", e);
            }
            throw new IOException("The S3 " + where + " answered " + e.statusCode() + " " + code, e);
        } catch (SdkClientException e) {
            throw new IOException("The S3 " + where + " cannot be reached: " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException("The S3 " + where + " failed: " + e.getMessage(), e);
        }
    }
}
