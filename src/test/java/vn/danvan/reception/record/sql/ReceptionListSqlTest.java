package vn.danvan.reception.record.sql;

import org.junit.jupiter.api.Test;
import vn.danvan.api.model.ReceptionFlag;
import vn.danvan.api.model.ReceptionKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SQL of the reception list, built without a database. */
class ReceptionListSqlTest {

    private static final ListScope EVERYTHING = new ListScope(true, List.of(), null, null);

    private static ReceptionListFilter none() {
        return new ReceptionListFilter(null, null, null, null, null, null, null, null, null, null);
    }

    private static ListScope units(int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(UUID.randomUUID());
        }
        return new ListScope(false, ids, "/p/%", "/p/");
    }

    @Test
    void withoutFiltersOnlyTombstonesAreLeftOut() {
        var statement = ReceptionListSql.select(none(), EVERYTHING, ReceptionListSql.SORTING.parse(null));
        assertTrue(statement.sql().endsWith(" from reception where deleted_at is null"), statement.sql());
        assertTrue(statement.params().isEmpty());
    }

    @Test
    void aFewUnitsAreNamedAndOneUnitsBookIsReadThroughItsIndex() {
        var one = ReceptionListSql.select(none(), units(1), ReceptionListSql.SORTING.parse(null));
        assertTrue(one.sql().contains(" from reception force index (ix_reception_org_date) where"), one.sql());
        assertTrue(one.sql().contains("organization_id in (?"), one.sql());
        var few = ReceptionListSql.select(none(), units(ReceptionListSql.NAMED_UNITS_AT_MOST),
                ReceptionListSql.SORTING.parse(null));
        assertFalse(few.sql().contains("force index"), few.sql());
        assertTrue(few.sql().contains("organization_id in (?"), few.sql());
    }

    @Test
    void aLargeScopeInTheIndexedOrderIsCheckedByTreePathOtherOrdersNameTheUnits() {
        ListScope province = units(ReceptionListSql.NAMED_UNITS_AT_MOST + 1);
        var byDay = ReceptionListSql.select(none(), province, ReceptionListSql.SORTING.parse("-receivedOn"));
        assertTrue(byDay.sql().contains("(select s.tree_path from organization s where s.id = reception.organization_id"
                + " and s.deleted_at is null) like ?"), byDay.sql());
        assertEquals(List.of("/p/%"), byDay.params());
        var byUpdate = ReceptionListSql.select(none(), province, ReceptionListSql.SORTING.parse("-updatedAt"));
        assertTrue(byUpdate.sql().contains("organization_id in (?"), byUpdate.sql());
    }

    @Test
    void filtersBindTheirValuesInOrderAndTheIdNumberOnlyByItsHash() {
        byte[] hash = new byte[32];
        hash[0] = 7;
        ReceptionListFilter filter = new ReceptionListFilter(null, UUID.randomUUID(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30), ReceptionKind.COMPLAINT, null, null,
                new TreeSet<>(List.of(ReceptionFlag.REPEATED, ReceptionFlag.MASS)), hash, "quảng 50%");
        var statement = ReceptionListSql.select(filter, EVERYTHING, ReceptionListSql.SORTING.parse(null));
        String sql = statement.sql();
        assertTrue(sql.contains(" force index (ix_reception_commune_date)") == false, "an ID-number search is left to the optimizer");
        assertTrue(sql.contains("and concerned_commune_id = ? and received_on >= ? and received_on <= ? and kind = ?"), sql);
        assertTrue(sql.contains(" and (flag_mass or flag_repeated)"), sql);
        assertTrue(sql.contains("h.id_number_hash = ?"), sql);
        // Each word of q in the record's text or in one citizen's name; "%" separates words, never a wildcard.
        assertTrue(sql.contains(" and ((((content like ? escape '!' or lead_citizen_name like ? escape '!')"
                + " and (content like ? escape '!' or lead_citizen_name like ? escape '!')))"
                + " or id in (select n.reception_id from reception_citizen n where"
                + " (((n.full_name like ? escape '!') and (n.full_name like ? escape '!')))))"), sql);
        assertEquals(List.of(filter.communeId(), filter.from(), filter.to(), ReceptionKind.COMPLAINT, hash,
                "%quảng%", "%quảng%", "%50%", "%50%", "%quảng%", "%50%"), statement.params());
        assertFalse(statement.filters().contains("quang") && statement.filters().contains("051"));
    }

    @Test
    void theTokenFingerprintChangesWithTheScopeAndTheFilters() {
        var a = ReceptionListSql.select(none(), units(2), ReceptionListSql.SORTING.parse(null)).filters();
        var b = ReceptionListSql.select(none(), new ListScope(false, List.of(UUID.randomUUID()), "/q/%", "/q/"),
                ReceptionListSql.SORTING.parse(null)).filters();
        var c = ReceptionListSql.select(new ReceptionListFilter(null, null, null, null, ReceptionKind.PETITION, null, null,
                null, null, null), units(2), ReceptionListSql.SORTING.parse(null)).filters();
        assertNotEquals(a, b);
        assertNotEquals(a, c);
    }
}
