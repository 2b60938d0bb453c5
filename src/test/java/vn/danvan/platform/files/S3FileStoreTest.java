package vn.danvan.platform.files;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import vn.danvan.platform.config.DanvanConfig;
import vn.danvan.support.ApiTest;
import vn.danvan.support.ContractValidationFilter;
import vn.danvan.support.MariaDbTestResource;
import vn.danvan.support.S3StoreResource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attachments in an S3-compatible bucket: stored there, streamed back, and every failure of the bucket a clear answer. */
@QuarkusTest
@TestProfile(S3StoreProfile.class)
@WithTestResource(MariaDbTestResource.class)
class S3FileStoreTest extends ApiTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes();

    @ConfigProperty(name = "danvan.files.s3.endpoint")
    URI endpoint;

    @ConfigProperty(name = "quarkus.management.test-port")
    int managementPort;

    private S3Client bucket() {
        return S3Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1).forcePathStyle(true)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(S3StoreResource.ACCESS_KEY, S3StoreResource.SECRET_KEY)))
                .build();
    }

    @AfterEach
    void bucketIsBack() {
        try (S3Client s3 = bucket()) {
            if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(S3StoreResource.BUCKET))) {
                s3.createBucket(r -> r.bucket(S3StoreResource.BUCKET));
            }
        }
    }

    @Test
    void anUploadLivesInTheBucketNotOnLocalDiskAndComesBackStreamedWithItsHeaders() throws IOException {
        String province = createProvince(unique("UBND tỉnh"));
        String coordinator = tokenFor("COORDINATOR", province);
        String directive = directive(coordinator, province);
        byte[] large = Arrays.copyOf(PDF, 900_000); // most of the test limit: several buffers' worth, streamed
        String id = upload(coordinator, directive, large).then().statusCode(201).extract().path("id");

        try (S3Client s3 = bucket()) {
            S3Object stored = s3.listObjectsV2(r -> r.bucket(S3StoreResource.BUCKET)).contents().stream()
                    .filter(o -> o.key().endsWith(id)).findFirst().orElseThrow();
            assertThat(stored.size(), equalTo((long) large.length));
            assertTrue(stored.key().startsWith("directive/"), stored.key());
            assertArrayEquals(large, s3.getObjectAsBytes(r -> r.bucket(S3StoreResource.BUCKET).key(stored.key())).asByteArray());
        }
        assertFalse(onLocalDisk(id), "the local folder must not hold an S3-stored file");

        byte[] downloaded = as(coordinator).accept("application/pdf").get(content(directive, id)).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Length", String.valueOf(large.length))
                .header("Content-Disposition", containsString("filename*=UTF-8''B%C3%A1o%20c%C3%A1o.pdf"))
                .header("X-Content-Type-Options", "nosniff")
                .header("ETag", notNullValue())
                .extract().asByteArray();
        assertArrayEquals(large, downloaded);
    }

    @Test
    void anObjectMissingFromTheBucketAnswers404ProblemNot500() {
        String province = createProvince(unique("UBND tỉnh"));
        String coordinator = tokenFor("COORDINATOR", province);
        String directive = directive(coordinator, province);
        String id = upload(coordinator, directive, PDF).then().statusCode(201).extract().path("id");
        try (S3Client s3 = bucket()) {
            String key = s3.listObjectsV2(r -> r.bucket(S3StoreResource.BUCKET)).contents().stream()
                    .map(S3Object::key).filter(k -> k.endsWith(id)).findFirst().orElseThrow();
            s3.deleteObject(r -> r.bucket(S3StoreResource.BUCKET).key(key));
        }
        as(coordinator).accept("application/pdf, application/problem+json").get(content(directive, id))
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:danvan:problem:not-found"))
                .body("detail", containsString("Báo cáo.pdf"));
    }

    @Test
    void aMissingBucketRefusesUploadsWith503StoresNoRowAndKeepsReadinessDown() {
        String province = createProvince(unique("UBND tỉnh"));
        String coordinator = tokenFor("COORDINATOR", province);
        String directive = directive(coordinator, province);
        String kept = upload(coordinator, directive, PDF).then().statusCode(201).extract().path("id");
        try (S3Client s3 = bucket()) {
            s3.listObjectsV2(r -> r.bucket(S3StoreResource.BUCKET)).contents()
                    .forEach(o -> s3.deleteObject(r -> r.bucket(S3StoreResource.BUCKET).key(o.key())));
            s3.deleteBucket(r -> r.bucket(S3StoreResource.BUCKET));
        }
        upload(coordinator, directive, PDF).then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:danvan:problem:service-unavailable"));
        // nothing half-stored: the list still holds the one file uploaded before
        as(coordinator).get("/api/v1/directives/" + directive + "/attachments").then().statusCode(200)
                .body("items", hasSize(1)).body("items.id", hasItem(kept));
        readiness().then().statusCode(503)
                .body("checks.find { it.name == 'file-store' }.data.reason", containsString("does not exist"));

        bucketIsBack();
        upload(coordinator, directive, PDF).then().statusCode(201);
        readiness().then().statusCode(200);
        as(coordinator).get("/api/v1/directives/" + directive + "/attachments").then().body("items", hasSize(2));
    }

    @Test
    void wrongCredentialsOrAMissingBucketAreNamedInTheError() throws IOException {
        Path file = Files.createTempFile("s3-check-", ".pdf");
        Files.write(file, PDF);
        try (S3FileStore wrongSecret = new S3FileStore(settings(S3StoreResource.BUCKET, "not-the-secret"));
             S3FileStore noBucket = new S3FileStore(settings("no-such-bucket", S3StoreResource.SECRET_KEY))) {
            IOException refused = assertThrows(IOException.class, wrongSecret::check);
            assertThat(refused.getMessage(), containsString("refused the credentials"));
            assertThrows(IOException.class, () -> wrongSecret.put("check/a.pdf", file));

            IOException missing = assertThrows(IOException.class, noBucket::check);
            assertThat(missing.getMessage(), containsString("bucket no-such-bucket"));
            assertThat(missing.getMessage(), containsString("does not exist"));
            IOException missingOnUse = assertThrows(IOException.class, () -> noBucket.put("check/a.pdf", file));
            assertFalse(missingOnUse instanceof NoSuchFileException, "a missing bucket is not a missing file");
        } finally {
            Files.delete(file);
        }
        try (S3Client s3 = bucket()) {
            assertTrue(s3.listObjectsV2(r -> r.bucket(S3StoreResource.BUCKET)).contents().stream()
                    .noneMatch(o -> o.key().startsWith("check/")), "nothing was stored with refused credentials");
        }
    }

    private DanvanConfig.Files.S3 settings(String bucketName, String secret) {
        return new DanvanConfig.Files.S3() {
            public Optional<URI> endpoint() { return Optional.of(endpoint); }
            public Optional<String> bucket() { return Optional.of(bucketName); }
            public String region() { return "us-east-1"; }
            public Optional<String> accessKeyId() { return Optional.of(S3StoreResource.ACCESS_KEY); }
            public Optional<String> secretAccessKey() { return Optional.of(secret); }
            public boolean pathStyle() { return true; }
            public Duration timeout() { return Duration.ofSeconds(5); }
        };
    }

    private io.restassured.response.Response readiness() {
        return given().header(ContractValidationFilter.OFF_CONTRACT, "true").port(managementPort).get("/q/health/ready");
    }

    static String directive(String coordinator, String province) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "OFFICIAL_LETTER");
        body.put("issuerOrganizationId", province);
        body.put("numberSymbol", "9/UBND-NC");
        body.put("issueDate", "2025-09-05");
        body.put("subject", "V/v lưu tệp");
        body.put("signerName", "Trần Phước Hiền");
        body.put("signerPosition", "CHỦ TỊCH");
        body.put("recipientOrganizationIds", List.of());
        return as(coordinator).body(body).post("/api/v1/directives").then().statusCode(201).extract().path("id");
    }

    static io.restassured.response.Response upload(String token, String directive, byte[] bytes) {
        return as(token).contentType("application/pdf").body(bytes).queryParam("fileName", "Báo cáo.pdf")
                .post("/api/v1/directives/" + directive + "/attachments");
    }

    static String content(String directive, String attachment) {
        return "/api/v1/directives/" + directive + "/attachments/" + attachment + "/content";
    }

    static boolean onLocalDisk(String attachmentId) throws IOException {
        Path root = Path.of("target", "test-files");
        if (!Files.exists(root)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.anyMatch(p -> p.getFileName().toString().equals(attachmentId));
        }
    }
}
