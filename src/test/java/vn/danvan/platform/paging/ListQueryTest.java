package vn.danvan.platform.paging;

import org.junit.jupiter.api.Test;

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
    void textSearchIsOneParameterOverEveryAttributeWithItsWildcardsEscaped() {
        ListQuery<Item> query = ListQuery.of(Item.class).matches("50%_ quảng", "e.name", "e.shortName");
        assertEquals("from Item e where e.deletedAt is null and (e.name like :v0 escape '!' or e.shortName like :v0"
                + " escape '!')", query.fromClause());
        assertEquals("%50!%!_ quảng%", query.parameters().get("v0"));
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
