package vn.danvan.platform;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.ContractValidationFilter;
import vn.danvan.support.DatabaseProxy;
import vn.danvan.support.MariaDbTestResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

/** A database that hangs or restarts under the service, through the test's TCP proxy in front of it. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class DatabaseOutageTest extends ApiTest {

    @ConfigProperty(name = "quarkus.management.test-port")
    int managementPort;

    @AfterEach
    void recover() {
        DatabaseProxy.current().recover();
    }

    private io.restassured.response.Response readiness() {
        return given().header(ContractValidationFilter.OFF_CONTRACT, "true").port(managementPort).get("/q/health/ready");
    }

    @Test
    void readinessAnswersDownWithinSecondsWhileTheDatabaseHangs() {
        readiness().then().statusCode(200);
        DatabaseProxy.current().hang();
        long started = System.nanoTime();
        var answer = readiness();
        long millis = (System.nanoTime() - started) / 1_000_000;
        answer.then().statusCode(503).body("status", equalTo("DOWN"));
        assertThat(millis, lessThan(4_000L));
        // Probes keep answering promptly while it hangs: no pile-up of checks.
        started = System.nanoTime();
        readiness().then().statusCode(503);
        assertThat((System.nanoTime() - started) / 1_000_000, lessThan(4_000L));
        DatabaseProxy.current().recover();
        long deadline = System.currentTimeMillis() + 15_000;
        while (readiness().statusCode() != 200 && System.currentTimeMillis() < deadline) {
            sleep(200);
        }
        readiness().then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void afterADatabaseRestartTheFirstRequestSucceeds() {
        // Fill the pool with connections, then "restart" the database: every open connection dies.
        for (int i = 0; i < 5; i++) {
            api().get("/api/v1/organizations?pageSize=1").then().statusCode(200);
        }
        DatabaseProxy.current().dropConnections();
        // Idle for longer than the validation interval, as an idle instance is during a restart.
        sleep(1_500);
        readiness().then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            api().get("/api/v1/organizations?pageSize=1").then().statusCode(200);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
