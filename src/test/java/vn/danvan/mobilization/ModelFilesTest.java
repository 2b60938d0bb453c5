package vn.danvan.mobilization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.danvan.support.MariaDbTestResource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class ModelFilesTest extends MobilizationFixtures {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes();

    @Test
    void photosAndDocumentsAreStoredDownloadedAndCitedByReports() {
        Province p = provinceWithSettings();
        String officer = tokenFor("OFFICER", p.commune());
        String id = create(collective(p.commune(), "Có ảnh"));
        String photo = as(officer).contentType("image/png").body(PNG).queryParam("fileName", "đường bê tông.png")
                .post(MODELS + "/" + id + "/photos").then().statusCode(201)
                .body("contentType", equalTo("image/png")).body("sizeBytes", equalTo(PNG.length))
                .extract().path("id");
        as(officer).contentType("application/pdf").body(PDF).queryParam("fileName", "Báo cáo.pdf")
                .post(MODELS + "/" + id + "/documents").then().statusCode(201);
        byte[] downloaded = as(officer).accept("image/png").get(MODELS + "/" + id + "/photos/" + photo + "/content")
                .then().statusCode(200).extract().asByteArray();
        assertArrayEquals(PNG, downloaded);
        as(officer).get(MODELS + "/" + id + "/documents").then().statusCode(200).body("items", hasSize(1));

        action(id, "registration", null);
        api().body(Map.of("kind", "PROGRESS", "reportDate", today().toString(), "narrative", "Có ảnh minh chứng",
                        "photoIds", List.of(photo)))
                .post(MODELS + "/" + id + "/progress-reports").then().statusCode(201).body("photoIds[0]", equalTo(photo));
        String foreignPhoto = java.util.UUID.randomUUID().toString();
        api().body(Map.of("kind", "PROGRESS", "reportDate", today().toString(), "narrative", "Ảnh lạ",
                        "photoIds", List.of(foreignPhoto)))
                .post(MODELS + "/" + id + "/progress-reports").then().statusCode(400)
                .body("errors[0].field", equalTo("photoIds"));
        api().get(MODELS + "/" + id + "/progress-reports").then().body("items", hasSize(1));
    }

    @Test
    void aWrongTypeOrOversizePhotoIsRefusedAndNothingIsStored() {
        Province p = provinceWithSettings();
        String id = create(collective(p.commune(), "Ảnh sai"));
        api().contentType("application/pdf").body(PDF).queryParam("fileName", "a.pdf")
                .post(MODELS + "/" + id + "/photos").then().statusCode(415)
                .contentType("application/problem+json");
        api().contentType("image/png").body(PDF).queryParam("fileName", "gia.png")
                .post(MODELS + "/" + id + "/photos").then().statusCode(415);
        byte[] large = Arrays.copyOf(PNG, 1_100_000);
        api().contentType("image/png").body(large).queryParam("fileName", "lon.png")
                .post(MODELS + "/" + id + "/photos").then().statusCode(413)
                .contentType("application/problem+json");
        api().contentType("image/png").body(PNG).queryParam("fileName", "anh.png")
                .post(MODELS + "/" + id + "/documents").then().statusCode(415);
        api().get(MODELS + "/" + id + "/photos").then().statusCode(200).body("items", hasSize(0));
        api().get(MODELS + "/" + id + "/documents").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void anotherUnitCannotReachTheFilesAndTheShowcaseShowsPhotosOfPublishedModelsOnly() {
        Province p = provinceWithSettings();
        String other = createChild(p.id(), unique("UBND xã khác"), "COMMUNE_PEOPLES_COMMITTEE");
        String id = recognized(p, collective(p.commune(), "Công khai có ảnh"));
        String photo = api().contentType("image/png").body(PNG).queryParam("fileName", "anh.png")
                .post(MODELS + "/" + id + "/photos").then().statusCode(201).extract().path("id");
        as(tokenFor("OFFICER", other)).get(MODELS + "/" + id + "/photos").then().statusCode(404);
        as(tokenFor("OFFICER", other)).contentType("image/png").body(PNG).queryParam("fileName", "x.png")
                .post(MODELS + "/" + id + "/photos").then().statusCode(404);

        anonymous().get(ShowcaseTest.PUBLIC + "/" + id + "/photos").then().statusCode(404);
        action(id, "publication", null);
        anonymous().get(ShowcaseTest.PUBLIC + "/" + id + "/photos").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60"))
                .body("items", hasSize(1)).body("items[0].id", equalTo(photo))
                .body("items[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("uploadedBy")));
        byte[] downloaded = anonymous().accept("image/png").get(ShowcaseTest.PUBLIC + "/" + id + "/photos/" + photo + "/content")
                .then().statusCode(200).header("Cache-Control", equalTo("public, max-age=3600"))
                .extract().asByteArray();
        assertArrayEquals(PNG, downloaded);
    }
}
