package vn.danvan.mobilization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.danvan.mobilization.model.ModelLifecycle;
import vn.danvan.support.MariaDbTestResource;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class ModelLifecycleTest extends MobilizationFixtures {

    @Test
    void modelGoesFromDraftToCommendedThroughExplicitActions() {
        Province p = provinceWithSettings();
        String officer = tokenFor("OFFICER", p.commune());
        String coordinator = tokenFor("COORDINATOR", p.id());
        String id = as(officer).body(collective(p.commune(), "Dân vận khéo trong hiến đất làm đường"))
                .post(MODELS).then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"))
                .body("provinceId", equalTo(p.id()))
                .body("indicators[0].name", equalTo("Đường bê tông"))
                .extract().path("id");

        as(officer).post(MODELS + "/" + id + "/registration").then().statusCode(200)
                .body("status", equalTo("REGISTERED")).body("registeredAt", notNullValue());
        as(coordinator).body(appraisal(p.criteria(), 17)).post(MODELS + "/" + id + "/appraisal").then().statusCode(200)
                .body("status", equalTo("APPRAISED"))
                .body("appraisal.totalScore", equalTo(85))
                .body("appraisal.maxTotalScore", equalTo(100))
                .body("appraisal.scores", hasSize(5))
                .body("appraisal.scores[0].criterionCode", equalTo("EFFECTIVENESS"));
        as(coordinator).body(recognition()).post(MODELS + "/" + id + "/recognition").then().statusCode(200)
                .body("status", equalTo("RECOGNIZED")).body("recognition.decisionNumber", equalTo("12/QĐ-UBND"));
        as(coordinator).body(Map.of("note", "Tiêu biểu năm")).post(MODELS + "/" + id + "/outstanding").then()
                .statusCode(200).body("status", equalTo("OUTSTANDING")).body("outstanding.selectedOn", notNullValue());
        as(coordinator).body(Map.of("form", "CERTIFICATE_OF_MERIT", "level", "PROVINCIAL",
                        "issuingAuthority", "Chủ tịch UBND tỉnh", "decisionNumber", "2150/QĐ-UBND",
                        "decisionDate", today().toString()))
                .post(MODELS + "/" + id + "/commendation").then().statusCode(200)
                .body("status", equalTo("COMMENDED"))
                .body("commendation.form", equalTo("CERTIFICATE_OF_MERIT"))
                .body("version", equalTo(5));
    }

    @Test
    void anOfficerCannotAppraiseAndAnotherUnitCannotSeeTheModel() {
        Province p = provinceWithSettings();
        String other = createChild(p.id(), unique("UBND xã khác"), "COMMUNE_PEOPLES_COMMITTEE");
        String id = create(collective(p.commune(), "Mô hình của xã"));
        action(id, "registration", null);
        as(tokenFor("OFFICER", p.commune())).body(appraisal(p.criteria(), 10)).post(MODELS + "/" + id + "/appraisal")
                .then().statusCode(403);
        as(tokenFor("OFFICER", other)).get(MODELS + "/" + id).then().statusCode(404)
                .body("type", equalTo("urn:danvan:problem:not-found"));
        as(tokenFor("OFFICER", other)).body(Map.of("reason", "thử")).post(MODELS + "/" + id + "/withdrawal").then()
                .statusCode(404);
        org.hamcrest.MatcherAssert.assertThat(status(id), equalTo("REGISTERED"));
    }

    @Test
    void registrationOutsideTheWindowIs422NamingTheWindowAndChangesNothing() {
        Province p = provinceWithSettings();
        int next = thisYear() + 1;
        String windowId = window(p.id(), next, today().plusDays(30), today().plusDays(60));
        Map<String, Object> body = collective(p.commune(), "Đăng ký sớm");
        body.put("registrationYear", next);
        String id = create(body);
        api().post(MODELS + "/" + id + "/registration").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:danvan:problem:outside-registration-window"))
                .body("detail", containsString(windowId))
                .body("detail", containsString(today().plusDays(30).format(ModelLifecycle.VIETNAMESE_DATE)));
        api().get(MODELS + "/" + id).then().body("status", equalTo("DRAFT")).body("version", equalTo(0));

        Map<String, Object> noWindow = collective(p.commune(), "Năm chưa có thời hạn");
        noWindow.put("registrationYear", thisYear() + 2);
        String second = create(noWindow);
        api().header("Accept-Language", "en").post(MODELS + "/" + second + "/registration").then().statusCode(422)
                .body("detail", containsString("no registration window for " + (thisYear() + 2)));
        org.hamcrest.MatcherAssert.assertThat(status(second), equalTo("DRAFT"));
    }

    @Test
    void recognisingWithoutAppraisalAndCommendingWithoutRecognitionAre409NamingTheState() {
        Province p = provinceWithSettings();
        String id = create(collective(p.commune(), "Chưa thẩm định"));
        action(id, "registration", null);
        api().body(recognition()).post(MODELS + "/" + id + "/recognition").then().statusCode(409)
                .body("type", equalTo("urn:danvan:problem:invalid-state"))
                .body("detail", containsString("REGISTERED"))
                .body("detail", containsString("đã đăng ký"))
                .body("detail", containsString("APPRAISED"));
        api().body(Map.of("form", "LETTER_OF_COMMENDATION", "level", "GRASSROOTS", "issuingAuthority", "UBND xã",
                        "decisionNumber", "1/QĐ", "decisionDate", today().toString()))
                .post(MODELS + "/" + id + "/commendation").then().statusCode(409)
                .body("detail", containsString("REGISTERED"))
                .body("detail", containsString("RECOGNIZED, OUTSTANDING"));
        api().get(MODELS + "/" + id).then().body("status", equalTo("REGISTERED")).body("version", equalTo(1))
                .body("recognition", nullValue()).body("commendation", nullValue());
    }

    @Test
    void scoresOutOfRangeOrForUnknownCriteriaAreRefusedAndChangeNothing() {
        Province p = provinceWithSettings();
        Province other = provinceWithSettings();
        String id = create(collective(p.commune(), "Thẩm định sai"));
        action(id, "registration", null);
        List<Map<String, Object>> scores = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            scores.add(Map.of("criterionId", p.criteria().get(i), "score", i == 2 ? 21 : 10));
        }
        api().body(Map.of("appraiserName", "HĐ", "appraisedOn", today().toString(), "scores", scores))
                .post(MODELS + "/" + id + "/appraisal").then().statusCode(400)
                .body("errors.field", hasItem("scores[2].score"))
                .body("errors.message", hasItem(containsString("SPREAD")));
        scores.set(2, Map.of("criterionId", other.criteria().get(2), "score", 10));
        api().body(Map.of("appraiserName", "HĐ", "appraisedOn", today().toString(), "scores", scores))
                .post(MODELS + "/" + id + "/appraisal").then().statusCode(400)
                .body("errors.field", hasItem("scores[2].criterionId"))
                .body("errors.code", hasItem("Unknown"));
        api().body(Map.of("appraiserName", "HĐ", "appraisedOn", today().toString(), "scores", scores.subList(0, 2)))
                .post(MODELS + "/" + id + "/appraisal").then().statusCode(400)
                .body("errors[0].field", equalTo("scores"))
                .body("errors[0].message", containsString("REPLICABILITY"));
        api().get(MODELS + "/" + id).then().body("status", equalTo("REGISTERED")).body("appraisal", nullValue())
                .body("version", equalTo(1));
    }

    @Test
    void anExemplarWithoutAPersonIsRefused() {
        Province p = provinceWithSettings();
        Map<String, Object> body = exemplar(p.commune(), unique("Điển hình"), false);
        body.remove("person");
        api().body(body).post(MODELS).then().statusCode(400)
                .body("errors[0].field", equalTo("person"))
                .body("errors[0].code", equalTo("NotNull"));
        api().queryParam("organizationId", p.commune()).get(MODELS).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void returnedModelIsEditedAndRegisteredAgainWhileARegisteredOneCannotBeEdited() {
        Province p = provinceWithSettings();
        Map<String, Object> body = collective(p.commune(), "Cần bổ sung");
        String id = create(body);
        action(id, "registration", null);
        body.put("title", "Đã sửa");
        api().header("If-Match", "\"1\"").body(body).put(MODELS + "/" + id).then().statusCode(409)
                .body("detail", containsString("REGISTERED"));
        api().body(Map.of("reason", "Bổ sung số liệu")).post(MODELS + "/" + id + "/return").then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("returnReason", equalTo("Bổ sung số liệu"));
        api().header(vn.danvan.support.ContractValidationFilter.INVALID_REQUEST, "true").body(body)
                .put(MODELS + "/" + id).then().statusCode(428);
        api().header("If-Match", "\"0\"").body(body).put(MODELS + "/" + id).then().statusCode(412);
        api().header("If-Match", "\"2\"").body(body).put(MODELS + "/" + id).then().statusCode(200)
                .body("title", equalTo("Đã sửa")).header("ETag", "\"3\"");
        action(id, "registration", null);
        api().body(Map.of("reason", "Đơn vị sáp nhập")).post(MODELS + "/" + id + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("returnReason", nullValue());
        api().body(Map.of("reason", "lần hai")).post(MODELS + "/" + id + "/withdrawal").then().statusCode(409)
                .body("detail", containsString("WITHDRAWN"));
    }

    @Test
    void onlyADraftCanBeDeleted() {
        Province p = provinceWithSettings();
        String draft = create(collective(p.commune(), "Nháp"));
        String registered = create(collective(p.commune(), "Đã đăng ký"));
        action(registered, "registration", null);
        api().header("If-Match", "\"1\"").delete(MODELS + "/" + registered).then().statusCode(409);
        api().header("If-Match", "\"0\"").delete(MODELS + "/" + draft).then().statusCode(204);
        api().get(MODELS + "/" + draft).then().statusCode(404);
        api().get(MODELS + "/" + registered).then().statusCode(200);
    }

    @Test
    void aRetriedActionWithTheSameIdempotencyKeyIsCarriedOutOnce() {
        Province p = provinceWithSettings();
        String id = create(collective(p.commune(), "Mạng chập chờn"));
        String key = "retry-" + java.util.UUID.randomUUID();
        api().header("Idempotency-Key", key).post(MODELS + "/" + id + "/registration").then().statusCode(200)
                .body("version", equalTo(1));
        api().header("Idempotency-Key", key).post(MODELS + "/" + id + "/registration").then().statusCode(200)
                .body("version", equalTo(1)).body("status", equalTo("REGISTERED"));
    }

    @Test
    void progressAndYearlyReportsUpdateIndicatorsAndCarryTheReportDeadline() {
        Province p = provinceWithSettings();
        String id = create(collective(p.commune(), "Có báo cáo"));
        String draftReport = MODELS + "/" + id + "/progress-reports";
        api().body(Map.of("kind", "PROGRESS", "reportDate", today().toString(), "narrative", "Bắt đầu"))
                .post(draftReport).then().statusCode(409).body("detail", containsString("DRAFT"));
        action(id, "registration", null);
        api().body(Map.of("kind", "YEARLY", "reportYear", thisYear(), "reportDate", today().toString(),
                        "narrative", "Hoàn thành 4,1 km", "indicatorValues", List.of(Map.of("name", "Đường bê tông", "value", 4.1))))
                .post(draftReport).then().statusCode(201)
                .body("dueOn", equalTo(thisYear() + "-09-20"))
                .body("late", equalTo(today().isAfter(java.time.LocalDate.of(thisYear(), 9, 20))));
        api().body(Map.of("kind", "YEARLY", "reportYear", thisYear(), "reportDate", today().toString(),
                "narrative", "Lần hai")).post(draftReport).then().statusCode(409);
        api().body(Map.of("kind", "PROGRESS", "reportDate", today().toString(), "narrative", "Sai chỉ tiêu",
                        "indicatorValues", List.of(Map.of("name", "Không có", "value", 1))))
                .post(draftReport).then().statusCode(400).body("errors[0].field", equalTo("indicatorValues[0].name"));
        api().get(MODELS + "/" + id).then().body("indicators[0].achieved", equalTo(4.1f));
        api().get(draftReport).then().statusCode(200).body("items", hasSize(1));
    }
}
