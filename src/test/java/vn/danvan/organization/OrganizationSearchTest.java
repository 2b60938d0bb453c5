package vn.danvan.organization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.util.List;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * The organisations' {@code q} as a user types it, through the FULLTEXT index of V85 (the embedded and test
 * databases start with innodb_ft_min_token_size=1 and innodb_ft_enable_stopword=0). {@link OrganizationSearchFallbackTest}
 * asks the same whole-word questions of the LIKE search a server without those options gets.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class OrganizationSearchTest extends ApiTest {

    /** Units with names that share syllables, in a province of their own. */
    record Units(String province, String datDo, String ducPho, String anLao, String khanhHoa, String other) {
    }

    static Units units() {
        String province = createProvince(unique("UBND tỉnh Tìm Kiếm"));
        return new Units(province,
                createChild(province, "Ủy ban nhân dân xã Đất Đỏ", "COMMUNE_PEOPLES_COMMITTEE"),
                createChild(province, "Ủy ban nhân dân phường Đức Phổ", "WARD_PEOPLES_COMMITTEE"),
                createChild(province, "Ủy ban nhân dân xã An Lão", "COMMUNE_PEOPLES_COMMITTEE"),
                createChild(province, "Hội Nông dân tỉnh Khánh Hòa", "SOCIO_POLITICAL_ORGANIZATION"),
                createChild(province, "Sở Tài nguyên và Môi trường", "DEPARTMENT"));
    }

    static List<String> search(String parentId, String q) {
        return api().queryParam("parentId", parentId).queryParam("q", q).queryParam("pageSize", 50)
                .get("/api/v1/organizations").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void wordsTypedWithoutAccentsFindThemAndDIsFoldedWithĐ() {
        Units u = units();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(u.datDo()), search(u.province(), "dat do"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(u.ducPho()), search(u.province(), "DUC PHO"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(u.ducPho()), search(u.province(), "Đức"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(u.anLao()), search(u.province(), "an lao"));
    }

    @Test
    void theLastWordIsAPrefixAsTheUserTypes() {
        Units u = units();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(u.khanhHoa()), search(u.province(), "kh"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(u.khanhHoa()), search(u.province(), "khanh h"));
        api().queryParam("parentId", u.province()).queryParam("q", "xa").get("/api/v1/organizations").then()
                .statusCode(200).body("items.id", containsInAnyOrder(u.datDo(), u.anLao()));
    }

    @Test
    void everyWordMustBeThereInAnyOrder() {
        Units u = units();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(u.datDo()), search(u.province(), "do xa dat"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), search(u.province(), "dat pho"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(u.other()), search(u.province(), "moi truong tai nguyen"));
    }

    @Test
    void aSyllableInsideAWordNoLongerMatches() {
        Units u = units();
        // "guyen" is inside "nguyên"; "oa" ends "Hòa".
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), search(u.province(), "guyen"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), search(u.province(), "oa"));
    }

    @Test
    void booleanOperatorsInTheTextAreSeparatorsNeverOperators() {
        Units u = units();
        // "-pho" would exclude Đức Phổ and "*" widen: both are only separators between words.
        org.junit.jupiter.api.Assertions.assertEquals(List.of(u.ducPho()), search(u.province(), "+duc -pho"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(u.ducPho()), search(u.province(), "\"duc\" (pho)~"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), search(u.province(), "d* -x"));
        // Nothing but operators: no word, no record (never the whole list).
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), search(u.province(), "+-\"*()~<>@"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), search(u.province(), "*"));
        // A text longer than the contract allows is a 400 problem, as before.
        invalidRequest().queryParam("q", "a".repeat(201)).get("/api/v1/organizations").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aScopedCallerNeverFindsAnotherProvincesUnits() {
        Units mine = units();
        Units theirs = units();
        String officer = tokenFor("OFFICER", mine.province());
        as(officer).queryParam("q", "duc pho").queryParam("pageSize", 50).get("/api/v1/organizations").then()
                .statusCode(200).body("items.id", containsInAnyOrder(mine.ducPho()));
        as(officer).queryParam("q", "Tim Kiem").queryParam("pageSize", 50).get("/api/v1/organizations").then()
                .statusCode(200).body("items.id", containsInAnyOrder(mine.province()));
        as(tokenFor("OFFICER", theirs.anLao())).queryParam("q", "dat do").get("/api/v1/organizations").then()
                .statusCode(200).body("items", empty());
    }

    @Test
    void theOfficialCodeIsFoundFromItsStart() {
        String province = createProvince(unique("UBND tỉnh Mã Số"));
        String code = numericCode(5);
        String unit = createOrganization(java.util.Map.of("name", "Ủy ban nhân dân xã Mã Số", "type",
                "COMMUNE_PEOPLES_COMMITTEE", "parentId", province, "officialCode", code));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(unit), search(province, code));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(unit), search(province, code.substring(0, 3)));
        api().queryParam("parentId", province).queryParam("q", code).get("/api/v1/organizations").then()
                .body("items[0].officialCode", equalTo(code));
    }
}
