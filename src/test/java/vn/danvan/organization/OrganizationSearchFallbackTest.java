package vn.danvan.organization;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.MariaDbTestResource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The search a server without the full-text options gets (forced here by danvan.search.full-text=false): LIKE per
 * word, the same answers as {@link OrganizationSearchTest} for whole words and for the last word's prefix.
 */
@QuarkusTest
@TestProfile(OrganizationSearchFallbackTest.LikeSearch.class)
@WithTestResource(MariaDbTestResource.class)
class OrganizationSearchFallbackTest extends ApiTest {

    public static class LikeSearch implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("danvan.search.full-text", "false");
        }
    }

    @Test
    void wholeWordsFindTheSameUnitsAsTheIndex() {
        OrganizationSearchTest.Units u = OrganizationSearchTest.units();
        assertEquals(List.of(u.datDo()), OrganizationSearchTest.search(u.province(), "dat do"));
        assertEquals(List.of(u.ducPho()), OrganizationSearchTest.search(u.province(), "Đức"));
        assertEquals(List.of(u.anLao()), OrganizationSearchTest.search(u.province(), "an lao"));
        assertEquals(List.of(u.khanhHoa()), OrganizationSearchTest.search(u.province(), "khanh h"));
        assertEquals(List.of(u.datDo()), OrganizationSearchTest.search(u.province(), "do xa dat"));
        assertEquals(List.of(), OrganizationSearchTest.search(u.province(), "dat pho"));
        assertEquals(List.of(u.other()), OrganizationSearchTest.search(u.province(), "moi truong tai nguyen"));
        assertEquals(List.of(u.ducPho()), OrganizationSearchTest.search(u.province(), "+duc -pho"));
        assertEquals(List.of(), OrganizationSearchTest.search(u.province(), "+-\"*()~<>@"));
        // The scan (and only the scan) also finds a piece inside a word: proof that this run did not use the index.
        assertEquals(List.of(u.other()), OrganizationSearchTest.search(u.province(), "guyen"));
    }

    @Test
    void aScopedCallerNeverFindsAnotherProvincesUnits() {
        OrganizationSearchTest.Units mine = OrganizationSearchTest.units();
        OrganizationSearchTest.Units theirs = OrganizationSearchTest.units();
        List<String> found = as(tokenFor("OFFICER", theirs.anLao())).queryParam("q", "dat do")
                .get("/api/v1/organizations").then().statusCode(200).extract().path("items.id");
        assertEquals(List.of(), found);
        assertEquals(List.of(mine.datDo()), OrganizationSearchTest.search(mine.province(), "dat do"));
    }
}
