package vn.danvan.mobilization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.danvan.support.MariaDbTestResource;
import vn.danvan.support.Parallel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * Gia hạn đăng ký: a closed registration window reopened for one commune (a late registration with its reason, until a
 * date) accepts that commune's registrations in that period, and still refuses every other unit of the province.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class RegistrationReopeningTest extends MobilizationFixtures {

    static final String WINDOWS = "/api/v1/mobilization-registration-windows/";

    record ClosedWindow(String province, String window, String late, String other) {
    }

    /** A province whose window for next year closed yesterday, with two communes. */
    static ClosedWindow closedWindow() {
        String province = createProvince(unique("UBND tỉnh"));
        String late = createChild(province, unique("UBND xã Mới Lập"), "COMMUNE_PEOPLES_COMMITTEE");
        String other = createChild(province, unique("UBND xã Khác"), "COMMUNE_PEOPLES_COMMITTEE");
        String window = window(province, thisYear() + 1, today().minusDays(40), today().minusDays(1));
        return new ClosedWindow(province, window, late, other);
    }

    static String draft(String organizationId) {
        Map<String, Object> body = collective(organizationId, unique("Dân vận khéo"));
        body.put("registrationYear", thisYear() + 1);
        return create(body);
    }

    static Map<String, Object> reopening(String organizationId, int days) {
        return Map.of("organizationId", organizationId,
                "reason", "Xã mới thành lập sau sắp xếp, chưa kịp đăng ký trong thời hạn",
                "openUntil", today().plusDays(days).toString());
    }

    @Test
    void aUnitReopenedLateRegistersWhileEveryOtherUnitIsStillRefused() {
        ClosedWindow w = closedWindow();
        String coordinator = tokenFor("COORDINATOR", w.province());
        String lateModel = draft(w.late());
        String otherModel = draft(w.other());
        api().post(MODELS + "/" + lateModel + "/registration").then().statusCode(422)
                .body("type", equalTo("urn:danvan:problem:outside-registration-window"));

        String reopeningId = as(coordinator).body(reopening(w.late(), 10)).post(WINDOWS + w.window() + "/reopenings")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/mobilization-registration-windows/" + w.window()
                        + "/reopenings/[0-9a-f-]{36}$"))
                .header("ETag", "\"0\"")
                .body("organizationId", equalTo(w.late()))
                .body("windowId", equalTo(w.window()))
                .body("openUntil", equalTo(today().plusDays(10).toString()))
                .extract().path("id");
        // The window itself is unchanged for the province; it lists the reopening and its version moved.
        api().get(WINDOWS + w.window()).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("closesOn", equalTo(today().minusDays(1).toString()))
                .body("reopenings.id", contains(reopeningId))
                .body("reopenings[0].reason", equalTo("Xã mới thành lập sau sắp xếp, chưa kịp đăng ký trong thời hạn"));
        as(tokenFor("OFFICER", w.late())).get(WINDOWS + w.window() + "/reopenings/" + reopeningId).then()
                .statusCode(200).body("organizationId", equalTo(w.late()));

        as(tokenFor("OFFICER", w.late())).post(MODELS + "/" + lateModel + "/registration").then().statusCode(200)
                .body("status", equalTo("REGISTERED"));
        as(tokenFor("OFFICER", w.other())).post(MODELS + "/" + otherModel + "/registration").then().statusCode(422)
                .body("type", equalTo("urn:danvan:problem:outside-registration-window"));
        org.hamcrest.MatcherAssert.assertThat(status(otherModel), equalTo("DRAFT"));

        // A unit under the reopened commune registers too; withdrawn, the reopening accepts nothing more.
        String front = createChild(w.late(), unique("Ủy ban MTTQ xã"), "FATHERLAND_FRONT_COMMITTEE");
        String frontModel = draft(front);
        api().post(MODELS + "/" + frontModel + "/registration").then().statusCode(200);
        String secondLate = draft(w.late());
        as(coordinator).header("If-Match", "\"0\"").delete(WINDOWS + w.window() + "/reopenings/" + reopeningId)
                .then().statusCode(204);
        api().post(MODELS + "/" + secondLate + "/registration").then().statusCode(422);
        api().get(WINDOWS + w.window()).then().body("reopenings", hasSize(0));
        api().get(WINDOWS + w.window() + "/reopenings/" + reopeningId).then().statusCode(404);
    }

    @Test
    void aReopeningNeedsAReasonADateAfterTheCloseAUnitOfTheProvinceAndOnlyOneAtATime() {
        ClosedWindow w = closedWindow();
        String foreign = createChild(createProvince(unique("UBND tỉnh khác")), unique("UBND xã"),
                "COMMUNE_PEOPLES_COMMITTEE");
        api().body(reopening(w.late(), -1)).post(WINDOWS + w.window() + "/reopenings").then().statusCode(400)
                .body("errors.field", contains("openUntil")).body("errors[0].code", equalTo("Past"));
        api().body(reopening(foreign, 5)).post(WINDOWS + w.window() + "/reopenings").then().statusCode(400)
                .body("errors.field", contains("organizationId"));
        Map<String, Object> noReason = new HashMap<>(reopening(w.late(), 5));
        noReason.put("reason", "");
        invalidRequest().body(noReason).post(WINDOWS + w.window() + "/reopenings").then().statusCode(400)
                .body("errors.field", contains("reason"));
        api().get(WINDOWS + w.window()).then().header("ETag", "\"0\"").body("reopenings", hasSize(0));

        api().body(reopening(w.late(), 5)).post(WINDOWS + w.window() + "/reopenings").then().statusCode(201);
        api().body(reopening(w.late(), 9)).post(WINDOWS + w.window() + "/reopenings").then().statusCode(409)
                .body("type", equalTo("urn:danvan:problem:conflict"));
        as(tokenFor("OFFICER", w.late())).body(reopening(w.late(), 5)).post(WINDOWS + w.window() + "/reopenings")
                .then().statusCode(403);
    }

    @Test
    void eightCoordinatorsReopeningForTheSameUnitAtOnceCreateOneReopening() {
        ClosedWindow w = closedWindow();
        List<Integer> statuses = Parallel.run(8, i -> as(tokenFor("COORDINATOR", w.province()))
                .body(reopening(w.late(), 5 + i)).post(WINDOWS + w.window() + "/reopenings").statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "one reopening: " + statuses);
        assertEquals(7, statuses.stream().filter(s -> s == 409).count(), "the others are told it exists: " + statuses);
        api().get(WINDOWS + w.window()).then().statusCode(200).body("reopenings", hasSize(1))
                .header("ETag", "\"1\"");
    }

    @Test
    void aWindowStillOpenCannotBeReopenedForAUnitBeforeItCloses() {
        String province = createProvince(unique("UBND tỉnh"));
        String commune = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        String window = window(province, thisYear() + 1, today().minusDays(5), today().plusDays(20));
        api().body(reopening(commune, 10)).post(WINDOWS + window + "/reopenings").then().statusCode(400)
                .body("errors[0].code", equalTo("NotAfterClose"));
    }
}
