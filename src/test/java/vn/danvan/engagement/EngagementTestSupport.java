package vn.danvan.engagement;

import vn.danvan.support.ApiTest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A province with a commune (and its office), another commune, the Front at both levels, and their officials. */
abstract class EngagementTestSupport extends ApiTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    String province;
    String commune;
    String communeOffice;
    String otherCommune;
    String provinceFront;
    String communeFront;
    String farmersUnion;
    String coordinator;
    String communeOfficer;
    String officeOfficer;
    String otherCommuneOfficer;
    String communeChairId;
    String provinceChairId;
    String officeOfficialId;
    String otherCommuneChairId;

    void setUpProvince() {
        province = createProvince(unique("UBND tỉnh"));
        String department = createChild(province, unique("Sở Nội vụ"), "DEPARTMENT");
        commune = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        communeOffice = createChild(commune, unique("Văn phòng HĐND và UBND xã"), "OFFICE_DIVISION");
        otherCommune = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        provinceFront = createChild(province, unique("Ủy ban MTTQ Việt Nam tỉnh"), "FATHERLAND_FRONT_COMMITTEE");
        communeFront = createChild(commune, unique("Ủy ban MTTQ Việt Nam xã"), "FATHERLAND_FRONT_COMMITTEE");
        farmersUnion = createChild(province, unique("Hội Nông dân tỉnh"), "SOCIO_POLITICAL_ORGANIZATION");
        coordinator = tokenFor("COORDINATOR", department);
        communeOfficer = tokenFor("OFFICER", commune);
        officeOfficer = tokenFor("OFFICER", communeOffice);
        otherCommuneOfficer = tokenFor("OFFICER", otherCommune);
        communeChairId = official(commune, "Trần Văn Hùng");
        provinceChairId = official(province, "Nguyễn Hoàng Giang");
        officeOfficialId = official(communeOffice, "Lê Thị Hoa");
        otherCommuneChairId = official(otherCommune, "Phạm Minh Tâm");
    }

    /** An official's account (OFFICER) in a unit; its ID. */
    static String official(String organizationId, String fullName) {
        String username = "chutich." + UUID.randomUUID().toString().substring(0, 8);
        return api().body(Map.of("username", username, "fullName", fullName, "roles", List.of("OFFICER"),
                        "password", PASSWORD, "organizationId", organizationId))
                .post("/api/v1/users").then().statusCode(201).extract().path("id");
    }

    Map<String, Object> dialogue(String organizationId, String chairId, LocalDate heldOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", organizationId);
        body.put("chairUserId", chairId);
        body.put("chairPosition", "Chủ tịch UBND xã");
        body.put("heldOn", heldOn.toString());
        body.put("placeKind", "DISPUTE_SITE");
        body.put("place", "Khu đất ven sông Trà Khúc, thôn Trường Thọ");
        body.put("subject", "Đối thoại về bồi thường, giải phóng mặt bằng dự án kè sông Trà Khúc");
        body.put("participantOrganizationIds", List.of(communeFront));
        body.put("participantGroups", List.of("Chi hội Nông dân thôn Trường Thọ"));
        body.put("invitees", List.of(
                Map.of("kind", "PERSON", "name", "Nguyễn Văn Bình", "phone", "0905 123 456"),
                Map.of("kind", "GROUP", "name", "Các hộ dân có đất bị thu hồi thôn Trường Thọ", "headcount", 23)));
        return body;
    }

    /** A session of the commune, planned yesterday and recorded as held. */
    String heldDialogue() {
        String id = as(communeOfficer).body(dialogue(commune, communeChairId, TODAY.minusDays(1)))
                .post("/api/v1/dialogues").then().statusCode(201).extract().path("id");
        as(communeOfficer).body(Map.of()).post("/api/v1/dialogues/" + id + "/holding").then().statusCode(200);
        return id;
    }

    String minutes(String dialogueId) {
        return as(communeOfficer).contentType("application/pdf").body(PDF).queryParam("fileName", "bien-ban.pdf")
                .post("/api/v1/dialogues/" + dialogueId + "/attachments").then().statusCode(201).extract().path("id");
    }

    String item(String dialogueId, String text) {
        return as(communeOfficer).body(Map.of("text", text, "raisedBy", "Hộ dân thôn Trường Thọ"))
                .post("/api/v1/dialogues/" + dialogueId + "/items").then().statusCode(201).extract().path("id");
    }
}
