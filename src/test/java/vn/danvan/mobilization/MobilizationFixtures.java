package vn.danvan.mobilization;

import vn.danvan.support.ApiTest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test data for the models' tests: a province with a commune, its settings, and model bodies. */
abstract class MobilizationFixtures extends ApiTest {

    static final String MODELS = "/api/v1/mobilization-models";
    static final String[] CRITERIA = {"EFFECTIVENESS", "SUSTAINABILITY", "SPREAD", "REPLICABILITY", "POPULAR_SUPPORT"};

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    static int thisYear() {
        return today().getYear();
    }

    /** A province with a commune, an open registration window for this year and five criteria scored 0–20. */
    record Province(String id, String commune, List<String> criteria) {
    }

    static Province provinceWithSettings() {
        String province = createProvince(unique("UBND tỉnh"));
        String commune = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        window(province, thisYear(), today().minusDays(10), today().plusDays(10));
        List<String> criteria = new ArrayList<>();
        for (int i = 0; i < CRITERIA.length; i++) {
            criteria.add(api().body(Map.of("provinceId", province, "phase", "PHASE_2026_2030", "code", CRITERIA[i],
                    "name", "Tiêu chí " + CRITERIA[i], "minScore", 0, "maxScore", 20, "sortOrder", i))
                    .post("/api/v1/mobilization-appraisal-criteria").then().statusCode(201).extract().path("id"));
        }
        return new Province(province, commune, criteria);
    }

    static String window(String province, int year, LocalDate opens, LocalDate closes) {
        return api().body(Map.of("provinceId", province, "phase", "PHASE_2026_2030", "year", year,
                        "opensOn", opens.toString(), "closesOn", closes.toString(),
                        "reportDueOn", LocalDate.of(year, 9, 20).toString()))
                .post("/api/v1/mobilization-registration-windows").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> collective(String organizationId, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "COLLECTIVE_MODEL");
        body.put("field", "ECONOMY");
        body.put("level", "GRASSROOTS");
        body.put("organizationId", organizationId);
        body.put("phase", "PHASE_2026_2030");
        body.put("registrationYear", thisYear());
        body.put("title", title);
        body.put("placeName", "Thôn Mỹ Lai");
        body.put("method", "Cán bộ đến từng hộ, họp dân công khai phương án.");
        body.put("personInCharge", Map.of("name", "Nguyễn Văn An", "position", "Phó Chủ tịch UBND xã",
                "phone", "0905123456"));
        body.put("indicators", List.of(Map.of("name", "Đường bê tông", "unit", "km", "target", 5)));
        return body;
    }

    static Map<String, Object> exemplar(String organizationId, String title, boolean consent) {
        Map<String, Object> body = collective(organizationId, title);
        body.put("kind", "INDIVIDUAL_EXEMPLAR");
        body.remove("personInCharge");
        body.put("person", Map.of("name", "Trần Thị Bình", "position", "Trưởng thôn", "organizationName", "Thôn An Hòa",
                "phone", "0912345678", "email", "binh.tt@example.vn", "contactConsent", consent));
        return body;
    }

    static String create(Map<String, Object> body) {
        return api().body(body).post(MODELS).then().statusCode(201).extract().path("id");
    }

    static void action(String id, String action, Object body) {
        var request = api();
        if (body != null) {
            request.body(body);
        }
        request.post(MODELS + "/" + id + "/" + action).then().statusCode(200);
    }

    static Map<String, Object> appraisal(List<String> criteria, int score) {
        List<Map<String, Object>> scores = new ArrayList<>();
        criteria.forEach(c -> scores.add(Map.of("criterionId", c, "score", score)));
        return Map.of("appraiserName", "Hội đồng thẩm định", "appraisedOn", today().toString(), "scores", scores);
    }

    static Map<String, Object> recognition() {
        return Map.of("level", "GRASSROOTS", "decisionNumber", "12/QĐ-UBND", "decisionDate", today().toString());
    }

    /** A model carried through registration, appraisal and recognition. */
    static String recognized(Province p, Map<String, Object> body) {
        String id = create(body);
        action(id, "registration", null);
        action(id, "appraisal", appraisal(p.criteria(), 15));
        action(id, "recognition", recognition());
        return id;
    }

    static String status(String id) {
        return api().get(MODELS + "/" + id).then().statusCode(200).extract().path("status");
    }
}
