package vn.danvan.webhook;

import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import vn.danvan.support.ApiTest;
import vn.danvan.webhook.delivery.WebhookDispatcher;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * What the webhook tests share: a province with a commune, its officer and the portal's client account, receivers that
 * are closed and subscriptions that are deleted after each test (so that later tests' events do not pile up for them),
 * and the delivery job run by the test itself (it is off in the test profile).
 */
abstract class WebhookTestSupport extends ApiTest {

    static final String SUBSCRIPTIONS = "/api/v1/webhook-subscriptions";

    static String province;
    static String commune;
    static String officer;
    static String coordinator;
    static String portal;

    @Inject
    WebhookDispatcher dispatcher;

    private final List<Receiver> receivers = new ArrayList<>();
    private final List<String[]> subscriptions = new ArrayList<>();

    /** A subscription of one client: its ID and the secret shown at creation. */
    record Subscribed(String id, String secret, String token) {
    }

    @Inject
    DataSource dataSource;

    private static final Set<Class<?>> STARTED = ConcurrentHashMap.newKeySet();

    /**
     * Other tests leave subscriptions behind (the contract fuzzer subscribes the contract's example address): ended
     * here, with what is queued for them, so that this class's runs of the job call no address but its receivers.
     */
    @BeforeEach
    void onlyThisClassesSubscriptions() throws SQLException {
        if (!STARTED.add(getClass())) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE webhook_subscription SET deleted_at = UTC_TIMESTAMP(6) WHERE deleted_at IS NULL");
            statement.executeUpdate("UPDATE webhook_delivery SET status = 'ABANDONED', finished_at = UTC_TIMESTAMP(6)"
                    + " WHERE status = 'PENDING'");
        }
    }

    @BeforeEach
    void province() {
        if (province != null) {
            return;
        }
        province = createProvince(unique("UBND tỉnh"));
        commune = createChild(province, unique("UBND xã Tịnh Khê"), "COMMUNE_PEOPLES_COMMITTEE");
        officer = tokenFor("OFFICER", commune);
        coordinator = tokenFor("COORDINATOR", province);
        portal = tokenFor("PORTAL_CLIENT", province);
    }

    @AfterEach
    void cleanUp() {
        for (String[] s : subscriptions) {
            String etag = as(s[0]).get(SUBSCRIPTIONS + "/" + s[1]).then().extract().header("ETag");
            if (etag != null) {
                as(s[0]).header("If-Match", etag).delete(SUBSCRIPTIONS + "/" + s[1]).then().statusCode(204);
            }
        }
        subscriptions.clear();
        receivers.forEach(Receiver::close);
        receivers.clear();
    }

    Receiver receiver() {
        try {
            Receiver receiver = new Receiver();
            receivers.add(receiver);
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Subscribed subscribe(String token, String url, String... types) {
        Response created = as(token).body(Map.of("url", url, "eventTypes", List.of(types))).post(SUBSCRIPTIONS);
        created.then().statusCode(201);
        subscriptions.add(new String[]{token, created.path("id")});
        return new Subscribed(created.path("id"), created.path("secret"), token);
    }

    /** The delivery log of a subscription, newest first. */
    List<Map<String, Object>> log(Subscribed subscription) {
        return as(subscription.token()).get(SUBSCRIPTIONS + "/" + subscription.id() + "/deliveries?pageSize=200")
                .then().statusCode(200).extract().path("items");
    }

    /** Runs the delivery job, as an instance's scheduler would, until {@code done} (or fails after 30 s). */
    void deliverUntil(BooleanSupplier done) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("not delivered in time");
            }
            dispatcher.runOnce();
            pause(20);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> session(String place, boolean published) {
        Map<String, Object> body = new HashMap<>(Map.of("organizationId", commune, "sessionType", "REGULAR",
                "sessionDate", LocalDate.now().plusDays(7).toString(), "startTime", "07:30", "endTime", "11:00",
                "place", place, "hostName", "Nguyễn Văn An", "hostPosition", "Phó Chủ tịch UBND xã"));
        body.put("published", published);
        return body;
    }

    /** A published session of the reception schedule: a RECEPTION_SCHEDULE_PUBLISHED event. */
    static String publishedSession(String place) {
        return as(officer).body(session(place, true)).post("/api/v1/reception-schedules").then().statusCode(201)
                .extract().path("id");
    }

    /** Changes a session (its place, or whether it is public): a RECEPTION_SCHEDULE_CHANGED or _UNPUBLISHED event. */
    static void changeSession(String id, String place, boolean published) {
        String etag = as(officer).get("/api/v1/reception-schedules/" + id).then().statusCode(200).extract()
                .header("ETag");
        as(officer).header("If-Match", etag).body(session(place, published)).put("/api/v1/reception-schedules/" + id)
                .then().statusCode(200);
    }
}
