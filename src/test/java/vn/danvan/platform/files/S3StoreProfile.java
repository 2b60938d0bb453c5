package vn.danvan.platform.files;

import io.quarkus.test.junit.QuarkusTestProfile;
import vn.danvan.support.S3StoreResource;

import java.util.List;

/** The service with its attachments in an S3-compatible bucket (s3proxy in the test JVM). */
public class S3StoreProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(S3StoreResource.class));
    }
}
