package vn.danvan.organization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class OrganizationImportTest extends ApiTest {

    private static io.restassured.response.ValidatableResponse importCsv(String csv) {
        return given().contentType("text/csv; charset=UTF-8").accept("application/json").auth().oauth2(adminToken()).body(csv)
                .post("/api/v1/organizations/imports").then();
    }

    /** A fresh province code for each test: province codes have only two digits, so they are spent with care. */
    private static String provinceCsv(String communeA, String communeB, String province) {
        return "code,name,type,parentCode,validFrom,leadName,leadPosition\n"
                + communeA + ",Ủy ban nhân dân xã Bình Sơn,COMMUNE_PEOPLES_COMMITTEE," + province + ",2025-07-01,,\n"
                + province + ",Ủy ban nhân dân tỉnh Thử Nghiệm,PROVINCIAL_PEOPLES_COMMITTEE,,2025-07-01,Nguyễn Văn Bình,Phó Chủ tịch\n"
                + communeB + ",\"Ủy ban nhân dân phường Cẩm Thành, tỉnh Thử Nghiệm\",WARD_PEOPLES_COMMITTEE," + province + ",2025-07-01,,\n";
    }

    @Test
    void importIsIdempotentByCode() {
        String province = "9" + numericCode(1);
        String a = numericCode(5);
        String b = numericCode(5);
        String csv = provinceCsv(a, b, province);
        importCsv(csv).statusCode(200).body("created", equalTo(3)).body("updated", equalTo(0)).body("unchanged", equalTo(0));
        importCsv(csv).statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(3));
        importCsv(csv.replace("xã Bình Sơn", "xã Bình Sơn mới")).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(1)).body("unchanged", equalTo(2));

        // q also matches other tests' provinces whose random names contain the two digits: pick by code.
        String byCode = "items.find { it.officialCode == '" + province + "' }";
        String provinceId = api().queryParam("q", province).queryParam("type", "PROVINCIAL_PEOPLES_COMMITTEE")
                .get("/api/v1/organizations").then()
                .body("items.findAll { it.officialCode == '" + province + "' }", hasSize(1))
                .body(byCode + ".mobilizationLead.name", equalTo("Nguyễn Văn Bình"))
                .extract().path(byCode + ".id");
        api().get("/api/v1/organizations/" + provinceId + "/children").then()
                .body("items.officialCode", containsInAnyOrder(a, b))
                .body("items.name", contains("Ủy ban nhân dân phường Cẩm Thành, tỉnh Thử Nghiệm",
                        "Ủy ban nhân dân xã Bình Sơn mới"));
    }

    @Test
    void anyBadRowImportsNothingAndEveryBadRowIsNamed() {
        String province = createProvince(unique("UBND tỉnh"));
        String parentCode = "H" + numericCode(6);
        api().header("If-Match", "\"0\"").body(java.util.Map.of("name", "UBND tỉnh có mã", "type",
                "PROVINCIAL_PEOPLES_COMMITTEE")).put("/api/v1/organizations/" + province).then().statusCode(200);
        String good = numericCode(5);
        String csv = "code,name,type,parentCode,validFrom\n"
                + good + ",UBND xã Hợp Lệ,COMMUNE_PEOPLES_COMMITTEE," + good.substring(0, 2) + "X,2025-07-01\n"
                + "123,UBND xã Sai Mã,COMMUNE_PEOPLES_COMMITTEE,00,2025-07-01\n"
                + "77777,,COMMUNE_PEOPLES_COMMITTEE,00,2025-07-01\n"
                + "77778,UBND xã Loại Lạ,VILLAGE,00,2025-07-01\n"
                + "77779,UBND xã Ngày Sai,COMMUNE_PEOPLES_COMMITTEE,00,2025-02-31\n"
                + "77779,UBND xã Trùng Mã,COMMUNE_PEOPLES_COMMITTEE,00,2025-07-01\n";
        importCsv(csv).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:danvan:problem:validation-failed"))
                .body("errors.line", contains(2, 3, 4, 5, 6, 7))
                .body("errors.field", contains("parentCode", "code", "name", "type", "validFrom", "code"))
                .body("errors[5].code", equalTo("Duplicate"));
        importCsv("code,name,type,parentCode,validFrom\n"
                + good + ",UBND xã Hợp Lệ,COMMUNE_PEOPLES_COMMITTEE," + parentCode + ",2025-07-01\n")
                .statusCode(400)
                .body("errors[0].line", equalTo(2))
                .body("errors[0].code", equalTo("NotFound"));
        api().queryParam("q", good).get("/api/v1/organizations").then().body("items", hasSize(0));
    }

    @Test
    void parentCyclesInTheFileAreRefused() {
        String province = "8" + numericCode(1);
        String a = numericCode(5);
        String csv = "code,name,type,parentCode,validFrom\n"
                + province + ",UBND tỉnh Vòng,PROVINCIAL_PEOPLES_COMMITTEE,,\n"
                + "D" + a + ",Phòng A,OFFICE_DIVISION,E" + a + ",\n"
                + "E" + a + ",Phòng B,OFFICE_DIVISION,D" + a + ",\n";
        importCsv(csv).statusCode(400)
                .body("errors.code", contains("Cycle", "Cycle"))
                .body("errors.line", contains(3, 4));
        api().queryParam("q", "D" + a).get("/api/v1/organizations").then().body("items", hasSize(0));
    }

    @Test
    void headerAndSizeProblemsAreClear() {
        importCsv("ma,ten\n1,2\n").statusCode(400).body("errors[0].line", equalTo(1));
        importCsv("code,name,type,parentCode,validFrom\n").statusCode(400).body("errors[0].field", equalTo("file"));
        String big = "code,name,type,parentCode,validFrom\n" + "x".repeat(6 * 1024 * 1024);
        given().contentType("text/csv").accept("application/json").auth().oauth2(adminToken())
                .header("X-Test-Invalid-Request", "true").body(big)
                .post("/api/v1/organizations/imports").then()
                .statusCode(413)
                .body("type", equalTo("urn:danvan:problem:payload-too-large"));
    }
}
