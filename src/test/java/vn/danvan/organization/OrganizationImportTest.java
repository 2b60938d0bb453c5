package vn.danvan.organization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import java.util.List;
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

    private static String idOfCode(String code) {
        return api().queryParam("q", code).get("/api/v1/organizations").then().statusCode(200)
                .extract().path("items.find { it.officialCode == '" + code + "' }.id");
    }

    private static void dissolve(String id, String successorId, String validTo) {
        api().body(java.util.Map.of("validTo", validTo, "successorId", successorId))
                .post("/api/v1/organizations/" + id + "/dissolution").then().statusCode(200);
    }

    /** A district and a commune before 1 July 2025, merged into a new commune; then the old list is imported again. */
    @Test
    void reimportingThePreMergerListNeverRecreatesDissolvedCodesAndReportsEachRow() {
        String province = "7" + numericCode(1);
        String district = numericCode(3);
        String oldCommune = numericCode(5);
        String laterCommune = numericCode(5);
        String newCommune = numericCode(5);
        String preMerger = "code,name,type,parentCode,validFrom\n"
                + province + ",Ủy ban nhân dân tỉnh Trước Sáp Nhập,PROVINCIAL_PEOPLES_COMMITTEE,,2020-01-01\n"
                + district + ",Ủy ban nhân dân huyện Sơn Tịnh,DISTRICT_PEOPLES_COMMITTEE," + province + ",2020-01-01\n"
                + oldCommune + ",Ủy ban nhân dân xã Tịnh Ấn Tây,COMMUNE_PEOPLES_COMMITTEE," + district + ",2020-01-01\n";
        importCsv(preMerger).statusCode(200).body("created", equalTo(3)).body("skipped", equalTo(0))
                .body("skippedRows", hasSize(0));
        importCsv("code,name,type,parentCode,validFrom\n"
                + newCommune + ",Ủy ban nhân dân xã Tịnh Khê Mới,COMMUNE_PEOPLES_COMMITTEE," + province + ",2025-07-01\n")
                .statusCode(200).body("created", equalTo(1));
        String successor = idOfCode(newCommune);
        String districtId = idOfCode(district);
        String oldCommuneId = idOfCode(oldCommune);
        dissolve(oldCommuneId, successor, "2025-06-30");
        dissolve(districtId, successor, "2025-06-30");

        // The old list again, with a commune it did not have under the old district.
        String again = preMerger + laterCommune + ",Ủy ban nhân dân xã Tịnh Hà,COMMUNE_PEOPLES_COMMITTEE," + district
                + ",2020-01-01\n";
        importCsv(again).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(1))
                .body("skipped", equalTo(3))
                .body("skippedRows.line", contains(3, 4, 5))
                .body("skippedRows.code", contains(district, oldCommune, laterCommune))
                .body("skippedRows.reason", contains("CODE_DISSOLVED", "CODE_DISSOLVED", "PARENT_DISSOLVED"))
                .body("skippedRows[0].validTo", equalTo("2025-06-30"))
                .body("skippedRows[0].successorId", equalTo(successor))
                .body("skippedRows[0].successorName", equalTo("Ủy ban nhân dân xã Tịnh Khê Mới"))
                .body("skippedRows[0].dissolvedUnitId", equalTo(districtId))
                .body("skippedRows[0].message", equalTo("Mã " + district + " thuộc Ủy ban nhân dân huyện Sơn Tịnh, đã giải thể"
                        + " ngày 30/06/2025, sáp nhập vào Ủy ban nhân dân xã Tịnh Khê Mới; dòng này không được nhập."))
                .body("skippedRows[2].dissolvedUnitId", equalTo(districtId));
        given().contentType("text/csv; charset=UTF-8").accept("application/json").auth().oauth2(adminToken())
                .header("Accept-Language", "en").body(again).post("/api/v1/organizations/imports").then().statusCode(200)
                .body("skippedRows[1].message", equalTo("Code " + oldCommune + " belongs to Ủy ban nhân dân xã Tịnh Ấn Tây,"
                        + " dissolved on 30/06/2025 into Ủy ban nhân dân xã Tịnh Khê Mới; the row was not imported."));

        // Nothing was created: no active unit with an old code, and each code once on a day before the merger.
        for (String code : List.of(district, oldCommune, laterCommune)) {
            api().queryParam("q", code).get("/api/v1/organizations").then()
                    .body("items.findAll { it.officialCode == '" + code + "' }", hasSize(0));
        }
        for (String code : List.of(district, oldCommune)) {
            api().queryParam("q", code).queryParam("asOf", "2025-01-01").get("/api/v1/organizations").then()
                    .body("items.findAll { it.officialCode == '" + code + "' }", hasSize(1));
            api().queryParam("q", code).queryParam("asOf", "2025-08-01").get("/api/v1/organizations").then()
                    .body("items.findAll { it.officialCode == '" + code + "' }", hasSize(0));
        }
        api().queryParam("q", laterCommune).queryParam("asOf", "2025-01-01").get("/api/v1/organizations").then()
                .body("items.findAll { it.officialCode == '" + laterCommune + "' }", hasSize(0));
    }

    /** The reorganisation often gave the merged commune the code of one of its predecessors: that row is a new unit. */
    @Test
    void aRowStartingAfterTheDissolutionIsTheNewUnitThatTookTheCodeOver() {
        String province = "5" + numericCode(1);
        String code = numericCode(5);
        importCsv("code,name,type,parentCode,validFrom\n"
                + province + ",Ủy ban nhân dân tỉnh Mã Kế Thừa,PROVINCIAL_PEOPLES_COMMITTEE,,2020-01-01\n"
                + code + ",Ủy ban nhân dân xã Cũ,COMMUNE_PEOPLES_COMMITTEE," + province + ",2020-01-01\n")
                .statusCode(200).body("created", equalTo(2));
        String old = idOfCode(code);
        api().body(java.util.Map.of("validTo", "2025-06-30")).post("/api/v1/organizations/" + old + "/dissolution")
                .then().statusCode(200);

        importCsv("code,name,type,parentCode,validFrom\n"
                + code + ",Ủy ban nhân dân xã Hợp Nhất,COMMUNE_PEOPLES_COMMITTEE," + province + ",2025-07-01\n")
                .statusCode(200).body("created", equalTo(1)).body("skipped", equalTo(0));
        String byCode = "items.findAll { it.officialCode == '" + code + "' }";
        api().queryParam("q", code).queryParam("asOf", "2025-01-01").get("/api/v1/organizations").then()
                .body(byCode + ".name", contains("Ủy ban nhân dân xã Cũ"));
        api().queryParam("q", code).queryParam("asOf", "2025-08-01").get("/api/v1/organizations").then()
                .body(byCode + ".name", contains("Ủy ban nhân dân xã Hợp Nhất"));
        // The official list (in force from 1 July 2025) names the same code: the new unit, already there.
        String list = "Mã tỉnh,Tên tỉnh,Mã xã,Tên xã,Cấp\n" + province + ",Tỉnh Mã Kế Thừa," + code + ",Xã Hợp Nhất,Xã\n";
        importOfficial(list.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv").statusCode(200)
                .body("created", equalTo(0)).body("skipped", equalTo(0));
    }

    private static io.restassured.response.ValidatableResponse importOfficial(byte[] file, String contentType) {
        return given().contentType(contentType).accept("application/json").auth().oauth2(adminToken()).body(file)
                .post("/api/v1/organizations/imports/official-list").then();
    }

    private static byte[] officialXlsx(List<List<String>> rows) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "danvan-test", "1.0");
        org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("Danh mục");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                String value = rows.get(r).get(c);
                if (value.matches("\\d{1,5}") && r > 1) {
                    sheet.value(r, c, Integer.parseInt(value)); // a spreadsheet keeps codes as numbers, zeros lost
                } else {
                    sheet.value(r, c, value);
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    /** The published list (Quyết định 19/2025/QĐ-TTg) as a spreadsheet: a title row, its header, communes of a province. */
    @Test
    void theOfficialListImportsInItsPublishedLayoutFromXlsxAndCsv() throws Exception {
        String province = "6" + numericCode(1);
        String ward = "0" + numericCode(4);
        String commune = numericCode(5);
        String zone = numericCode(5);
        byte[] xlsx = officialXlsx(List.of(
                List.of("DANH MỤC ĐƠN VỊ HÀNH CHÍNH (Quyết định 19/2025/QĐ-TTg)"),
                List.of("Mã tỉnh", "Tên tỉnh", "Mã xã", "Tên xã", "Cấp", "Tên tiếng Anh"),
                List.of(province, "Tỉnh Thử Danh Mục", ward, "Phường Cẩm Thành", "Phường", "Cam Thanh Ward"),
                List.of(province, "Tỉnh Thử Danh Mục", commune, "Xã Tịnh Khê", "Xã", "Tinh Khe Commune")));
        importOfficial(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").statusCode(200)
                .body("created", equalTo(3)).body("updated", equalTo(0)).body("skipped", equalTo(0));

        String provinceId = idOfCode(province);
        api().get("/api/v1/organizations/" + provinceId).then().statusCode(200)
                .body("name", equalTo("Ủy ban nhân dân tỉnh Thử Danh Mục"))
                .body("shortName", equalTo("UBND tỉnh Thử Danh Mục"))
                .body("type", equalTo("PROVINCIAL_PEOPLES_COMMITTEE"))
                .body("validFrom", equalTo("2025-07-01"));
        api().get("/api/v1/organizations/" + provinceId + "/children").then()
                .body("items.officialCode", containsInAnyOrder(ward, commune))
                .body("items.find { it.officialCode == '" + ward + "' }.name", equalTo("Ủy ban nhân dân phường Cẩm Thành"))
                .body("items.find { it.officialCode == '" + ward + "' }.type", equalTo("WARD_PEOPLES_COMMITTEE"))
                .body("items.find { it.officialCode == '" + commune + "' }.type", equalTo("COMMUNE_PEOPLES_COMMITTEE"))
                .body("items.find { it.officialCode == '" + commune + "' }.level", equalTo("COMMUNE"));

        // The commune names its people in charge; the list, imported again as CSV (semicolons, as saved by a
        // spreadsheet in Vietnamese settings), adds a special zone and leaves them as they are.
        String communeId = idOfCode(commune);
        io.restassured.response.Response read = api().get("/api/v1/organizations/" + communeId);
        java.util.Map<String, Object> update = new java.util.HashMap<>(java.util.Map.of("name", read.path("name"),
                "type", "COMMUNE_PEOPLES_COMMITTEE", "officialCode", commune, "validFrom", "2025-07-01",
                "mobilizationLead", java.util.Map.of("name", "Nguyễn Văn An", "position", "Phó Chủ tịch UBND xã"),
                "mobilizationSpecialist", java.util.Map.of("name", "Lê Thị Thu", "position", "Công chức Văn phòng")));
        api().header("If-Match", read.header("ETag")).body(update).put("/api/v1/organizations/" + communeId)
                .then().statusCode(200);
        String csv = "Mã tỉnh;Tên tỉnh;Mã xã;Tên xã;Cấp\n"
                + Integer.parseInt(province) + ";Tỉnh Thử Danh Mục;" + Integer.parseInt(ward) + ";Phường Cẩm Thành;Phường\n"
                + province + ";Tỉnh Thử Danh Mục;" + commune + ";Xã Tịnh Khê;Xã\n"
                + province + ";Tỉnh Thử Danh Mục;" + zone + ";Đặc khu Lý Sơn;Đặc khu\n";
        importOfficial(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv").statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(0)).body("unchanged", equalTo(3));
        api().get("/api/v1/organizations/" + communeId).then()
                .body("mobilizationLead.name", equalTo("Nguyễn Văn An"))
                .body("mobilizationSpecialist.name", equalTo("Lê Thị Thu"));
        api().get("/api/v1/organizations/" + idOfCode(zone)).then()
                .body("type", equalTo("SPECIAL_ZONE_PEOPLES_COMMITTEE")).body("name", equalTo("Ủy ban nhân dân đặc khu Lý Sơn"));
    }

    @Test
    void aBadRowOfTheOfficialListImportsNothingAndNamesTheRowAndColumn() {
        String province = "4" + numericCode(1);
        String good = numericCode(5);
        String csv = "Mã tỉnh,Tên tỉnh,Mã xã,Tên xã,Cấp\n"
                + province + ",Tỉnh Lỗi,"  + good + ",Xã Đúng,Xã\n"
                + province + ",Tỉnh Lỗi,123456,Xã Mã Dài,Xã\n"
                + province + ",Tỉnh Lỗi," + numericCode(5) + ",Thôn Sai Cấp,Thôn\n";
        importOfficial(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv").statusCode(400)
                .body("type", equalTo("urn:danvan:problem:validation-failed"))
                .body("errors.line", contains(3, 4))
                .body("errors.field", contains("Mã xã", "Cấp"));
        api().queryParam("q", good).get("/api/v1/organizations").then().body("items", hasSize(0));
        importOfficial("code,name\n1,2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv").statusCode(400)
                .body("errors[0].field", equalTo("header"));
        importOfficial(new byte[] {'P', 'K', 3, 4, 0, 0}, "application/octet-stream").statusCode(400)
                .body("errors[0].field", equalTo("file"));
    }
}
