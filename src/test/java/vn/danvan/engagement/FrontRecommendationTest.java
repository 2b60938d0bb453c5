package vn.danvan.engagement;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.danvan.support.MariaDbTestResource;
import vn.danvan.support.Parallel;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Front's recommendations: items sent within the Front's level, answered once each, replied to in writing. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class FrontRecommendationTest extends EngagementTestSupport {

    @BeforeEach
    void province() {
        setUpProvince();
    }

    Map<String, Object> recommendation(String issuer, List<Map<String, Object>> items) {
        Map<String, Object> body = new HashMap<>();
        body.put("issuingOrganizationId", issuer);
        body.put("numberSymbol", "125/KN-MTTQ-BTT");
        body.put("issuedOn", TODAY.minusDays(40).toString());
        body.put("kind", "SUPERVISION");
        body.put("subject", "Kết quả giám sát việc giải quyết kiến nghị của cử tri về đất đai");
        body.put("items", items);
        return body;
    }

    static Map<String, Object> recommended(String unit, String due) {
        return Map.of("text", "Đẩy nhanh việc cấp giấy chứng nhận quyền sử dụng đất", "responsibleOrganizationId", unit,
                "dueDate", due, "deadlineBasis", "AGREED");
    }

    @Test
    void aRecommendationIsAnsweredItemByItemAndRepliedToAsADocument() throws Exception {
        String id = as(coordinator).body(recommendation(provinceFront, List.of(
                        recommended(commune, TODAY.plusDays(10).toString()), recommended(otherCommune, TODAY.minusDays(1).toString()))))
                .post("/api/v1/front-recommendations").then().statusCode(201)
                .body("status", equalTo("OPEN")).body("levelOrganizationId", equalTo(province))
                .body("items[0].number", equalTo(1)).body("items[1].overdue", equalTo(true))
                .extract().path("id");
        String first = as(coordinator).get("/api/v1/front-recommendations/" + id).then().extract().path("items[0].id");
        String second = as(coordinator).get("/api/v1/front-recommendations/" + id).then().extract().path("items[1].id");
        // overdue items are what the coordinator follows up
        as(coordinator).queryParam("overdue", true).get("/api/v1/front-recommendations").then().statusCode(200)
                .body("items.id", hasItem(id));
        // the commune answers its own item, not the other commune's
        as(communeOfficer).body(Map.of("outcome", "ACCEPTED_ACTED", "text", "Đã cấp 1.240 giấy chứng nhận trong quý IV"))
                .post("/api/v1/front-recommendations/" + id + "/items/" + first + "/answer").then().statusCode(200)
                .body("items[0].status", equalTo("ANSWERED")).body("items[0].outcome", equalTo("ACCEPTED_ACTED"))
                .body("status", equalTo("OPEN"));
        as(communeOfficer).body(Map.of("outcome", "EXPLAINED", "text", "x"))
                .post("/api/v1/front-recommendations/" + id + "/items/" + second + "/answer").then().statusCode(403);
        // answered once
        as(communeOfficer).body(Map.of("outcome", "NOT_ACCEPTED", "text", "Đổi ý"))
                .post("/api/v1/front-recommendations/" + id + "/items/" + first + "/answer").then().statusCode(409)
                .body("detail", containsString("đã được trả lời"));
        as(otherCommuneOfficer).body(Map.of("outcome", "NOT_ACCEPTED", "text", "Chưa đủ kinh phí; đưa vào kế hoạch năm 2027."))
                .post("/api/v1/front-recommendations/" + id + "/items/" + second + "/answer").then().statusCode(200)
                .body("status", equalTo("ANSWERED")).body("items[1].overdue", equalTo(false));

        byte[] docx = as(coordinator).accept("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .queryParam("signerName", "Nguyễn Hoàng Giang").queryParam("signerPosition", "CHỦ TỊCH")
                .get("/api/v1/front-recommendations/" + id + "/reply").then().statusCode(200)
                .extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder text = new StringBuilder();
            document.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
            document.getTables().forEach(t -> text.append(t.getText()).append('\n'));
            String all = text.toString();
            assertTrue(all.contains("125/KN-MTTQ-BTT"), all);
            assertTrue(all.contains("Tiếp thu, thực hiện"), all);
            assertTrue(all.contains("Chưa đủ kinh phí"), all);
            assertTrue(all.contains("Nguyễn Hoàng Giang"), all);
        }
    }

    @Test
    void anItemSentOutsideTheFrontsLevelIsRefused() {
        // the commune's Front recommends to its commune; the other commune is not at its level
        as(communeOfficer).body(recommendation(communeFront, List.of(recommended(commune, TODAY.plusDays(30).toString()),
                        recommended(otherCommune, TODAY.plusDays(30).toString()))))
                .header("Accept-Language", "vi").post("/api/v1/front-recommendations").then().statusCode(400)
                .body("type", equalTo("urn:danvan:problem:validation-failed"))
                .body("errors[0].field", equalTo("items[1].responsibleOrganizationId"))
                .body("errors[0].code", equalTo("OutsideLevel"));
        as(coordinator).body(recommendation(communeFront, List.of(recommended(province, TODAY.plusDays(30).toString()))))
                .post("/api/v1/front-recommendations").then().statusCode(400)
                .body("errors[0].code", equalTo("OutsideLevel"));
        // a union under the provincial Front answers to the province: its items may go to any unit of the province
        String union = createChild(provinceFront, unique("Hội Liên hiệp Phụ nữ tỉnh"), "SOCIO_POLITICAL_ORGANIZATION");
        as(coordinator).body(recommendation(union, List.of(recommended(otherCommune, TODAY.plusDays(30).toString()))))
                .post("/api/v1/front-recommendations").then().statusCode(201).body("levelOrganizationId", equalTo(province));
        // not a Front organisation
        as(coordinator).body(recommendation(commune, List.of(recommended(commune, TODAY.plusDays(30).toString()))))
                .post("/api/v1/front-recommendations").then().statusCode(400)
                .body("errors[0].code", equalTo("NotFront"));
        as(communeOfficer).queryParam("issuingOrganizationId", communeFront).get("/api/v1/front-recommendations").then()
                .statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void anOfficialOfAnotherCommuneNeitherReadsNorAnswersACommunesRecommendation() {
        String id = as(communeOfficer).body(recommendation(communeFront, List.of(recommended(communeOffice, TODAY.plusDays(30).toString()))))
                .post("/api/v1/front-recommendations").then().statusCode(201).extract().path("id");
        String itemId = as(communeOfficer).get("/api/v1/front-recommendations/" + id).then().extract().path("items[0].id");
        as(otherCommuneOfficer).get("/api/v1/front-recommendations/" + id).then().statusCode(404);
        as(otherCommuneOfficer).get("/api/v1/front-recommendations").then().body("items.id", not(hasItem(id)));
        as(otherCommuneOfficer).body(Map.of("outcome", "EXPLAINED", "text", "x"))
                .post("/api/v1/front-recommendations/" + id + "/items/" + itemId + "/answer").then().statusCode(404);
        // the office it was sent to reads it and answers
        as(officeOfficer).get("/api/v1/front-recommendations").then().body("items.id", hasItem(id));
        // two answers at once: one is taken, the others are refused and change nothing
        List<Integer> statuses = Parallel.run(5, i -> as(officeOfficer).body(Map.of("outcome", "EXPLAINED", "text", "Giải trình " + i))
                .post("/api/v1/front-recommendations/" + id + "/items/" + itemId + "/answer").then().extract().statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(4, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        as(communeOfficer).get("/api/v1/front-recommendations/" + id).then().body("status", equalTo("ANSWERED"))
                .body("items[0].answer", containsString("Giải trình"));
    }
}
