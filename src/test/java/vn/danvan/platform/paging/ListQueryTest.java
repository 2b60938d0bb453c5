package vn.danvan.platform.paging;

import org.junit.jupiter.api.Test;
import vn.danvan.platform.text.SearchedText;
import vn.danvan.platform.text.TextSearch;
import vn.danvan.platform.text.TextSearchModes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The list-query builder without a database: the JPQL and parameters it declares, and its page-token fingerprint. */
class ListQueryTest {

    static final class Item {
    }

    @Test
    void absentFiltersAddNothingAndTombstonesStayOut() {
        ListQuery<Item> query = ListQuery.of(Item.class).equal("e.kind", null).atLeast("e.day", null)
                .matches("  ", "e.title").in("e.status", List.of());
        assertEquals("from Item e where e.deletedAt is null", query.fromClause());
        assertTrue(query.parameters().isEmpty());
        assertEquals("from Item e where 1 = 1", ListQuery.ofAll(Item.class).where("1 = 1").fromClause());
    }

    @Test
    void eachFilterBindsItsValueUnderItsOwnName() {
        UUID unit = UUID.randomUUID();
        ListQuery<Item> query = ListQuery.of(Item.class)
                .equal("e.unitId", unit)
                .atLeast("e.day", LocalDate.of(2026, 1, 15))
                .atMost("e.day", LocalDate.of(2026, 12, 14))
                .where("(e.validTo is null or e.validTo >= :value)", LocalDate.of(2026, 6, 1));
        assertEquals("from Item e where e.deletedAt is null and e.unitId = :v0 and e.day >= :v1 and e.day <= :v2"
                + " and (e.validTo is null or e.validTo >= :v3)", query.fromClause());
        assertEquals(Map.of("v0", unit, "v1", LocalDate.of(2026, 1, 15), "v2", LocalDate.of(2026, 12, 14),
                "v3", LocalDate.of(2026, 6, 1)), query.parameters());
    }

    @Test
    void withoutAnIndexEachWordMustBeInOneOfTheAttributesAndWildcardsAreNotOperators() {
        ListQuery<Item> query = ListQuery.of(Item.class).matches("50%_ quảng", "e.name", "e.shortName");
        assertEquals("from Item e where e.deletedAt is null and ((((e.name like :v0 escape '!' or e.shortName like :v1"
                + " escape '!') and (e.name like :v2 escape '!' or e.shortName like :v3 escape '!'))))", query.fromClause());
        assertEquals(Map.of("v0", "%50%", "v1", "%50%", "v2", "%quảng%", "v3", "%quảng%"), query.parameters());
    }

    @Test
    void anIndexedSearchIsOneMatchOfEveryWordWithThePrefixOnTheLastWhenTheServerAllowsIt() {
        SearchedText names = SearchedText.indexed("e.name", "e.shortName").orCodeStartingWith("e.code");
        TextSearch.Mode before = TextSearch.mode();
        try {
            TextSearchModes.use(TextSearch.Mode.INDEX);
            ListQuery<Item> indexed = ListQuery.of(Item.class).matches("+Đà -nẵng* (x)", names);
            assertEquals("from Item e where e.deletedAt is null and ((fulltext_match(e.name, e.shortName, :v0) > 0"
                    + " or e.code like :v1 escape '!'))", indexed.fromClause());
            assertEquals(Map.of("v0", "+Đà +nẵng +x*", "v1", "+Đà -nẵng* (x)%"), indexed.parameters());

            TextSearchModes.use(TextSearch.Mode.LIKE);
            ListQuery<Item> scanned = ListQuery.of(Item.class).matches("đà nẵng", names);
            assertEquals("from Item e where e.deletedAt is null and ((((e.name like :v0 escape '!' or e.shortName like"
                    + " :v1 escape '!') and (e.name like :v2 escape '!' or e.shortName like :v3 escape '!'))"
                    + " or e.code like :v4 escape '!'))", scanned.fromClause());
        } finally {
            TextSearchModes.use(before);
        }
    }

    @Test
    void aTextOfOperatorsOnlyMatchesNothingInsteadOfEverything() {
        ListQuery<Item> query = ListQuery.of(Item.class).matches("+-\"*()~<>@", "e.name");
        assertEquals("from Item e where e.deletedAt is null and 1 = 0", query.fromClause());
        assertTrue(query.parameters().isEmpty());
    }

    @Test
    void conditionsThatBindTheirOwnValuesKeepThem() {
        ListQuery<Item> query = ListQuery.of(Item.class).where(params -> {
            params.put("units", List.of(1, 2));
            return "e.unitId in :units";
        });
        assertEquals("from Item e where e.deletedAt is null and e.unitId in :units", query.fromClause());
        assertEquals(List.of(1, 2), query.parameters().get("units"));
    }

    @Test
    void theFingerprintChangesWithAnyFilterValueOrScope() {
        String a = ListQuery.of(Item.class).equal("e.kind", "A").fingerprintText();
        String b = ListQuery.of(Item.class).equal("e.kind", "B").fingerprintText();
        String scoped = ListQuery.of(Item.class).where(p -> {
            p.put("units", List.of(1));
            return "e.unitId in :units";
        }).equal("e.kind", "A").fingerprintText();
        assertNotEquals(a, b);
        assertNotEquals(a, scoped);
        assertEquals(a, ListQuery.of(Item.class).equal("e.kind", "A").equal("e.other", null).fingerprintText());
    }
}
