package vn.danvan.platform.paging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.paging.PagingFixtures.Row;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danvan.platform.paging.PagingFixtures.SORTING;

/** The sort parameter: whitelist, directions, the ID as the last tie-breaker. */
class SortingTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void withoutASortParameterTheDefaultSortApplies(String sort) {
        SortSpec<Row> spec = SORTING.parse(sort);

        assertEquals("-updatedAt,id", spec.canonical());
        assertEquals("e.updatedAt desc, e.id asc", spec.orderByClause());
    }

    @Test
    void fieldsKeepTheirOrderAndDirectionAndTheIdComesLastAscending() {
        SortSpec<Row> spec = SORTING.parse("-updatedAt,name,-rank");

        List<SortSpec.Order<Row>> orders = spec.orders();
        assertEquals(4, orders.size());
        assertSame(PagingFixtures.UPDATED_AT, orders.get(0).key());
        assertTrue(orders.get(0).descending());
        assertSame(PagingFixtures.NAME, orders.get(1).key());
        assertFalse(orders.get(1).descending());
        assertSame(PagingFixtures.RANK, orders.get(2).key());
        assertTrue(orders.get(2).descending());
        SortKey<Row> id = orders.get(3).key();
        assertEquals("id", id.apiName());
        assertEquals("e.id", id.expression());
        assertEquals(java.util.UUID.class, id.valueType());
        assertFalse(orders.get(3).descending());
        Row row = PagingFixtures.row("6f1c1a52-1111-4222-8333-944445555666", "Xã Tân Lập");
        assertEquals(row.id(), id.extractor().apply(row));
        assertEquals("e.updatedAt desc, e.name asc, e.rank desc, e.id asc", spec.orderByClause());
        assertEquals("-updatedAt,name,-rank,id", spec.canonical());
    }

    @Test
    void spacesAroundFieldsAreIgnored() {
        assertEquals("-name,day,id", SORTING.parse(" -name , day ").canonical());
    }

    @Test
    void aRepeatedFieldCountsOnceInItsFirstDirection() {
        assertEquals("name,id", SORTING.parse("name,-name").canonical());
        assertEquals("-day,size,id", SORTING.parse("-day,size,day").canonical());
    }

    @Test
    void anUnknownFieldIsRefusedNamingTheFieldsAllowed() {
        ApiException e = assertThrows(ApiException.class, () -> SORTING.parse("name,-createdBy"));

        assertEquals(ProblemType.VALIDATION_FAILED, e.type());
        assertEquals(1, e.violations().size());
        FieldViolation v = e.violations().get(0);
        assertEquals("sort", v.field());
        assertEquals("Unknown", v.code());
        assertEquals("detail.invalid-sort", v.messageKey());
        assertArrayEquals(new Object[] {"createdBy", "name, updatedAt, day, size, rank"}, v.args());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Name", "-", ",name", "name,,day", "- name", "id", "e.name", "name desc", "+name"})
    void anythingButAWhitelistedFieldWithAnOptionalMinusIsRefused(String sort) {
        ApiException e = assertThrows(ApiException.class, () -> SORTING.parse(sort));
        assertEquals("sort", e.violations().get(0).field());
        assertEquals("Unknown", e.violations().get(0).code());
    }

    @Test
    void aTrailingCommaIsIgnored() {
        assertEquals("name,id", SORTING.parse("name,").canonical());
    }

    @Test
    void sortSpecWritesOrderByAndCanonicalText() {
        SortSpec<Row> spec = new SortSpec<>(List.of(
                new SortSpec.Order<>(PagingFixtures.DAY, true),
                new SortSpec.Order<>(PagingFixtures.SIZE, false)));

        assertEquals("e.day desc, e.size asc", spec.orderByClause());
        assertEquals("-day,size", spec.canonical());
        assertEquals("", new SortSpec<Row>(List.of()).orderByClause());
    }
}
