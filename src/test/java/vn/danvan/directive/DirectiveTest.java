package vn.danvan.directive;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class DirectiveTest extends ApiTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    static Map<String, Object> directive(String issuer, String number, List<String> recipients) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "OFFICIAL_LETTER");
        body.put("issuerOrganizationId", issuer);
        body.put("numberSymbol", number);
        body.put("issueDate", "2025-09-05");
        body.put("subject", "V/v tiếp tục đẩy mạnh công tác dân vận chính quyền");
        body.put("signerName", "Trần Phước Hiền");
        body.put("signerPosition", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
        body.put("recipientOrganizationIds", recipients);
        return body;
    }

    @Test
    void aDraftIsIssuedAndThenSeenByItsRecipientsButNotByOtherProvinces() {
        String province = createProvince(unique("UBND tỉnh"));
        String commune = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        String otherCommune = createChild(province, unique("UBND xã"), "COMMUNE_PEOPLES_COMMITTEE");
        String foreign = createProvince(unique("UBND tỉnh khác"));
        String coordinator = tokenFor("COORDINATOR", province);

        String id = as(coordinator).body(directive(province, "4418/UBND-NC", List.of(commune))).post("/api/v1/directives")
                .then().statusCode(201).body("status", equalTo("DRAFT")).body("year", equalTo(2025))
                .body("issuerOrganizationName", containsString("UBND tỉnh")).extract().path("id");
        // a draft is the issuer's own business
        as(tokenFor("OFFICER", commune)).get("/api/v1/directives/" + id).then().statusCode(404);

        as(coordinator).post("/api/v1/directives/" + id + "/issuance").then().statusCode(200)
                .body("status", equalTo("ISSUED"));
        as(tokenFor("OFFICER", commune)).get("/api/v1/directives/" + id).then().statusCode(200)
                .body("numberSymbol", equalTo("4418/UBND-NC"));
        as(tokenFor("OFFICER", commune)).get("/api/v1/directives?q=day manh cong tac dan van").then().statusCode(200)
                .body("items.id", hasItem(id));
        as(tokenFor("OFFICER", otherCommune)).get("/api/v1/directives/" + id).then().statusCode(404);
        as(tokenFor("COORDINATOR", foreign)).get("/api/v1/directives/" + id).then().statusCode(404);
        as(tokenFor("OFFICER", commune)).body(Map.of("reason", "Không có thẩm quyền"))
                .post("/api/v1/directives/" + id + "/revocation").then().statusCode(403);
    }

    @Test
    void theSameNumberTwiceInAYearForOneIssuerIsAConflictAndAnIssuedDirectiveCannotBeEdited() {
        String province = createProvince(unique("UBND tỉnh"));
        String coordinator = tokenFor("COORDINATOR", province);
        String id = as(coordinator).body(directive(province, "5273/UBND-NC", List.of())).post("/api/v1/directives")
                .then().statusCode(201).extract().path("id");
        as(coordinator).body(directive(province, "5273/ubnd-nc", List.of())).post("/api/v1/directives")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("5273"));
        as(coordinator).post("/api/v1/directives/" + id + "/issuance").then().statusCode(200);
        as(coordinator).header("If-Match", "\"1\"").body(directive(province, "5273/UBND-NC", List.of()))
                .put("/api/v1/directives/" + id).then().statusCode(409)
                .body("type", equalTo("urn:danvan:problem:invalid-state"))
                .body("detail", containsString("đã ban hành"));
        as(coordinator).post("/api/v1/directives/" + id + "/issuance").then().statusCode(409);
        as(coordinator).get("/api/v1/directives/" + id).then().body("version", equalTo(1)).body("status", equalTo("ISSUED"));
    }

    @Test
    void aDirectiveIsSupersededByAnIssuedOneAndCentralDocumentsAreLegalBases() {
        String province = createProvince(unique("UBND tỉnh"));
        String coordinator = tokenFor("COORDINATOR", province);
        Map<String, Object> central = directive(null, "25-NQ/TW", List.of());
        central.remove("issuerOrganizationId");
        central.put("externalIssuer", "Ban Chấp hành Trung ương");
        central.put("type", "RESOLUTION");
        String basis = as(coordinator).body(central).post("/api/v1/directives").then().statusCode(201).extract().path("id");
        as(coordinator).post("/api/v1/directives/" + basis + "/issuance").then().statusCode(200);
        // an officer may not record central documents
        String officer = tokenFor("OFFICER", province);
        Map<String, Object> byOfficer = new HashMap<>(central);
        byOfficer.put("numberSymbol", "33/CT-TTg");
        invalidRequest().auth().oauth2(officer).body(byOfficer).post("/api/v1/directives").then().statusCode(400)
                .body("errors.field", hasItem("externalIssuer"));

        Map<String, Object> old = directive(province, "100/KH-UBND", List.of());
        old.put("legalBasisIds", List.of(basis));
        String oldId = as(coordinator).body(old).post("/api/v1/directives").then().statusCode(201)
                .body("legalBasisIds", hasItem(basis)).extract().path("id");
        as(coordinator).post("/api/v1/directives/" + oldId + "/issuance").then().statusCode(200);
        String draft = as(coordinator).body(directive(province, "120/KH-UBND", List.of())).post("/api/v1/directives")
                .then().statusCode(201).extract().path("id");
        invalidRequest().auth().oauth2(coordinator).body(Map.of("replacedByDirectiveId", draft))
                .post("/api/v1/directives/" + oldId + "/supersession").then().statusCode(400)
                .body("errors.field", hasItem("replacedByDirectiveId"));
        as(coordinator).post("/api/v1/directives/" + draft + "/issuance").then().statusCode(200);
        as(coordinator).body(Map.of("replacedByDirectiveId", draft, "note", "Thay thế bởi 120/KH-UBND"))
                .post("/api/v1/directives/" + oldId + "/supersession").then().statusCode(200)
                .body("status", equalTo("SUPERSEDED")).body("replacedByDirectiveId", equalTo(draft));
    }

    @Test
    void attachmentsAreStoredCheckedAndGivenBackAsUploaded() {
        String province = createProvince(unique("UBND tỉnh"));
        String coordinator = tokenFor("COORDINATOR", province);
        String id = as(coordinator).body(directive(province, "7/UBND-NC", List.of())).post("/api/v1/directives")
                .then().statusCode(201).extract().path("id");
        String attachment = as(coordinator).contentType("application/pdf").body(PDF)
                .queryParam("fileName", "Công văn 7-UBND-NC.pdf").post("/api/v1/directives/" + id + "/attachments")
                .then().statusCode(201).body("sizeBytes", equalTo(PDF.length)).body("contentType", equalTo("application/pdf"))
                .extract().path("id");
        byte[] downloaded = as(coordinator).accept("application/pdf")
                .get("/api/v1/directives/" + id + "/attachments/" + attachment + "/content")
                .then().statusCode(200).header("Content-Disposition", containsString("filename*=UTF-8''C%C3%B4ng"))
                .extract().asByteArray();
        assertArrayEquals(PDF, downloaded);
        String fileTag = as(coordinator).accept("application/pdf")
                .get("/api/v1/directives/" + id + "/attachments/" + attachment + "/content").then().extract().header("ETag");
        as(coordinator).accept("application/pdf").header("If-None-Match", fileTag)
                .get("/api/v1/directives/" + id + "/attachments/" + attachment + "/content")
                .then().statusCode(304).header("ETag", equalTo(fileTag));

        // a PNG declared as PDF, a photo on a document-only record, and a file over the limit: refused, nothing stored
        as(coordinator).contentType("application/pdf").body(PNG).queryParam("fileName", "gia.pdf")
                .post("/api/v1/directives/" + id + "/attachments").then().statusCode(415)
                .contentType("application/problem+json").body("detail", containsString("application/pdf"));
        as(coordinator).contentType("image/png").body(PNG).queryParam("fileName", "anh.png")
                .post("/api/v1/directives/" + id + "/attachments").then().statusCode(415);
        byte[] large = Arrays.copyOf(PDF, 1_100_000);
        as(coordinator).contentType("application/pdf").body(large).queryParam("fileName", "lon.pdf")
                .post("/api/v1/directives/" + id + "/attachments").then().statusCode(413)
                .contentType("application/problem+json");
        invalidRequest().auth().oauth2(coordinator).contentType("text/plain").body("hello").queryParam("fileName", "a.txt")
                .post("/api/v1/directives/" + id + "/attachments").then().statusCode(415);
        as(coordinator).get("/api/v1/directives/" + id + "/attachments").then().statusCode(200)
                .body("items", hasSize(1)).body("items.fileName", not(hasItem("lon.pdf")));
    }

    @Test
    void aFileSentAsOctetStreamIsRecognisedByItsContent() {
        // What generated clients send: one binary media type, whatever the file is.
        String province = createProvince(unique("UBND tỉnh"));
        String coordinator = tokenFor("COORDINATOR", province);
        String id = as(coordinator).body(directive(province, "8/UBND-NC", List.of())).post("/api/v1/directives")
                .then().statusCode(201).extract().path("id");
        as(coordinator).contentType("application/octet-stream").body(PDF).queryParam("fileName", "Ke-hoach.pdf")
                .post("/api/v1/directives/" + id + "/attachments")
                .then().statusCode(201).body("contentType", equalTo("application/pdf")).body("fileName", equalTo("Ke-hoach.pdf"));
        // a photo where only documents are accepted, and bytes of no accepted type: refused by what they are
        as(coordinator).contentType("application/octet-stream").body(PNG).queryParam("fileName", "anh.png")
                .post("/api/v1/directives/" + id + "/attachments").then().statusCode(415)
                .contentType("application/problem+json").body("detail", containsString("image/png"));
        as(coordinator).header("Accept-Language", "en").contentType("application/octet-stream")
                .body("MZ not a document".getBytes(StandardCharsets.US_ASCII)).queryParam("fileName", "a.pdf")
                .post("/api/v1/directives/" + id + "/attachments").then().statusCode(415)
                .body("detail", containsString("could not be recognised"));
        as(coordinator).get("/api/v1/directives/" + id + "/attachments").then().statusCode(200).body("items", hasSize(1));
    }
}
