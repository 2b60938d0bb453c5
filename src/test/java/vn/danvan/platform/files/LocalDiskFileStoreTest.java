package vn.danvan.platform.files;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The default store, a local folder: an instance that lacks a file (a folder that is not the shared one) answers 404. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class LocalDiskFileStoreTest extends ApiTest {

    @Test
    void aFileMissingFromThisInstancesFolderAnswers404ProblemNot500() throws IOException {
        String province = createProvince(unique("UBND tỉnh"));
        String coordinator = tokenFor("COORDINATOR", province);
        String directive = S3FileStoreTest.directive(coordinator, province);
        String id = S3FileStoreTest.upload(coordinator, directive, S3FileStoreTest.PDF).then().statusCode(201)
                .extract().path("id");
        as(coordinator).accept("application/pdf").get(S3FileStoreTest.content(directive, id)).then().statusCode(200);

        try (Stream<Path> files = Files.walk(Path.of("target", "test-files"))) {
            Path stored = files.filter(p -> p.getFileName().toString().equals(id)).findFirst().orElseThrow();
            Files.delete(stored);
        }
        as(coordinator).accept("application/pdf, application/problem+json").get(S3FileStoreTest.content(directive, id))
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:danvan:problem:not-found"))
                .body("detail", containsString("Báo cáo.pdf"));
    }
}
