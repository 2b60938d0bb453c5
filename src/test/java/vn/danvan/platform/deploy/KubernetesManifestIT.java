package vn.danvan.platform.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

/** The Kubernetes manifests that `package` generates (target/kubernetes/kubernetes.yml), read as a cluster would. */
class KubernetesManifestIT {

    private static final Map<String, JsonNode> BY_KIND = new HashMap<>();

    @BeforeAll
    static void parse() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (var documents = yaml.readerFor(JsonNode.class)
                .readValues(Path.of("target", "kubernetes", "kubernetes.yml").toFile())) {
            while (documents.hasNext()) {
                JsonNode document = (JsonNode) documents.next();
                BY_KIND.put(document.path("kind").asText(), document);
            }
        }
    }

    private static JsonNode container() {
        return BY_KIND.get("Deployment").path("spec").path("template").path("spec").path("containers").get(0);
    }

    @Test
    void twoReplicasBehindAService() {
        assertThat(BY_KIND.get("Deployment").path("spec").path("replicas").asInt(), equalTo(2));
        JsonNode service = BY_KIND.get("Service");
        assertThat(service, notNullValue());
        assertThat(service.path("spec").path("selector").path("app.kubernetes.io/name").asText(), equalTo("danvan-backend"));
    }

    @Test
    void probesOnTheManagementPortWithTimeouts() {
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            JsonNode p = container().path(probe);
            assertThat(probe, p.path("httpGet").path("port").asInt(), equalTo(9000));
            assertThat(probe, p.path("timeoutSeconds").asInt(), greaterThan(0));
            assertThat(probe, p.path("periodSeconds").asInt(), greaterThan(0));
            assertThat(probe, p.path("failureThreshold").asInt(), greaterThan(0));
        }
        assertThat(container().path("readinessProbe").path("httpGet").path("path").asText(), equalTo("/q/health/ready"));
        assertThat(container().path("livenessProbe").path("httpGet").path("path").asText(), equalTo("/q/health/live"));
    }

    @Test
    void resourceRequestsAndLimits() {
        JsonNode resources = container().path("resources");
        for (String bound : List.of("requests", "limits")) {
            assertThat(bound, resources.path(bound).path("cpu").asText(), notNullValue());
            assertThat(bound + " memory", resources.path(bound).path("memory").asText().endsWith("Mi"), equalTo(true));
        }
    }

    @Test
    void databaseCredentialsAndKeysComeFromSecrets() {
        Map<String, String> fromSecret = new HashMap<>();
        for (JsonNode env : container().path("env")) {
            JsonNode ref = env.path("valueFrom").path("secretKeyRef");
            if (!ref.isMissingNode()) {
                fromSecret.put(env.path("name").asText(), ref.path("name").asText());
            }
        }
        assertThat(fromSecret.keySet(), hasItems("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD", "DANVAN_PERSONAL_DATA_KEY", "DANVAN_FILES_S3_ACCESS_KEY_ID",
                "DANVAN_FILES_S3_SECRET_ACCESS_KEY"));
        assertThat(fromSecret.get("QUARKUS_DATASOURCE_PASSWORD"), equalTo("danvan-database"));
        List<String> secretVolumes = new ArrayList<>();
        for (JsonNode volume : BY_KIND.get("Deployment").path("spec").path("template").path("spec").path("volumes")) {
            secretVolumes.add(volume.path("secret").path("secretName").asText());
        }
        assertThat("the token-signing key pair is mounted from a Secret", secretVolumes, hasItems("danvan-signing-keys"));
        for (JsonNode env : container().path("env")) {
            String name = env.path("name").asText();
            if (name.contains("PASSWORD") || name.contains("SECRET") || name.endsWith("_KEY")) {
                assertThat(name + " is not written into the manifest", env.has("value"), equalTo(false));
            }
        }
    }
}
