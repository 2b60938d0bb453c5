package vn.danvan.platform.paging;

import org.junit.jupiter.api.Test;
import vn.danvan.platform.paging.PagingFixtures.Row;
import vn.danvan.support.FakeJpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danvan.platform.paging.PagingFixtures.SORTING;

/** The keyset condition and the query KeysetPager runs, against a fake EntityManager. */
class KeysetPagerTest {

    @Test
    void oneSortKeyAscendingOrDescending() {
        assertEquals("((e.name > :ks0))", KeysetPager.keysetCondition(
                new SortSpec<>(List.of(new SortSpec.Order<>(PagingFixtures.NAME, false))), i -> ":ks" + i));
        assertEquals("((e.name < :ks0))", KeysetPager.keysetCondition(
                new SortSpec<>(List.of(new SortSpec.Order<>(PagingFixtures.NAME, true))), i -> ":ks" + i));
    }

    @Test
    void twoSortKeysDescendingThenAscending() {
        assertEquals("((e.updatedAt < :ks0) or (e.updatedAt = :ks0 and e.id > :ks1))",
                KeysetPager.keysetCondition(SORTING.parse("-updatedAt"), i -> ":ks" + i));
        assertEquals("((e.name > :ks0) or (e.name = :ks0 and e.id > :ks1))",
                KeysetPager.keysetCondition(SORTING.parse("name"), i -> ":ks" + i));
    }

    @Test
    void threeSortKeysWithMixedDirections() {
        assertEquals("((e.day > :ks0)"
                        + " or (e.day = :ks0 and e.rank < :ks1)"
                        + " or (e.day = :ks0 and e.rank = :ks1 and e.id > :ks2))",
                KeysetPager.keysetCondition(SORTING.parse("day,-rank"), i -> ":ks" + i));
        assertEquals("((e.name < :ks0)"
                        + " or (e.name = :ks0 and e.size < :ks1)"
                        + " or (e.name = :ks0 and e.size = :ks1 and e.id > :ks2))",
                KeysetPager.keysetCondition(SORTING.parse("-name,-size"), i -> ":ks" + i));
    }

    @Test
    void positionalPlaceholdersAreAskedForInTheOrderTheyAppear() {
        // SqlKeysetPager binds one value per "?" in the order the placeholders are written.
        List<Integer> asked = new ArrayList<>();
        String condition = KeysetPager.keysetCondition(SORTING.parse("day,-rank"), i -> {
            asked.add(i);
            return "?";
        });

        assertEquals("((e.day > ?) or (e.day = ? and e.rank < ?) or (e.day = ? and e.rank = ? and e.id > ?))",
                condition);
        assertEquals(List.of(0, 0, 1, 0, 1, 2), asked);
    }

    @Test
    void theFirstPageReadsOneRowMoreThanThePageAndHasNoKeyset() {
        List<Row> rows = rows(3);
        FakeJpa jpa = new FakeJpa(jpql -> rows);

        Page<Row> page = KeysetPager.page(jpa.entityManager(), Row.class, "from Row e where e.deletedAt is null",
                Map.of("x", 1), "filters", SORTING.parse("name"), PageRequest.of(2, null));

        assertEquals(rows.subList(0, 2), page.items());
        assertNotNull(page.nextPageToken());
        assertEquals(1, jpa.queries.size());
        FakeJpa.Query query = jpa.queries.get(0);
        assertEquals("select e from Row e where e.deletedAt is null order by e.name asc, e.id asc", query.jpql);
        assertEquals(Map.of("x", 1), query.params);
        assertEquals(3, query.maxResults);
    }

    @Test
    void theNextPageStartsAfterTheLastRowSentWithTypedParameters() {
        List<Row> rows = rows(5);
        FakeJpa jpa = new FakeJpa(jpql -> rows);
        SortSpec<Row> sort = SORTING.parse("-updatedAt,name");
        String token = KeysetPager.page(jpa.entityManager(), Row.class, "from Row e", Map.of(), "f", sort,
                PageRequest.of(2, null)).nextPageToken();

        KeysetPager.page(jpa.entityManager(), Row.class, "from Row e", Map.of(), "f", sort, PageRequest.of(2, token));

        FakeJpa.Query second = jpa.queries.get(1);
        assertEquals("select e from Row e where ((e.updatedAt < :ks0) or (e.updatedAt = :ks0 and e.name > :ks1)"
                + " or (e.updatedAt = :ks0 and e.name = :ks1 and e.id > :ks2))"
                + " order by e.updatedAt desc, e.name asc, e.id asc", second.jpql);
        Row last = rows.get(1);
        assertEquals(Map.of("ks0", last.updatedAt(), "ks1", last.name(), "ks2", last.id()), second.params);
    }

    @Test
    void theKeysetIsAndedToExistingConditions() {
        FakeJpa jpa = new FakeJpa(jpql -> rows(3));
        SortSpec<Row> sort = SORTING.parse("name");
        String token = KeysetPager.page(jpa.entityManager(), Row.class, "from Row e where e.a = :a", Map.of("a", 7),
                "f", sort, PageRequest.of(1, null)).nextPageToken();

        KeysetPager.page(jpa.entityManager(), Row.class, "from Row e where e.a = :a", Map.of("a", 7), "f", sort,
                PageRequest.of(1, token));

        FakeJpa.Query second = jpa.queries.get(1);
        assertTrue(second.jpql.startsWith("select e from Row e where e.a = :a and ((e.name > :ks0) or"), second.jpql);
        assertEquals(7, second.params.get("a"));
    }

    @Test
    void theLastPageHasNoToken() {
        FakeJpa jpa = new FakeJpa(jpql -> rows(2));

        Page<Row> exactlyFull = KeysetPager.page(jpa.entityManager(), Row.class, "from Row e", Map.of(), "f",
                SORTING.parse(null), PageRequest.of(2, null));
        Page<Row> empty = KeysetPager.page(new FakeJpa(jpql -> List.of()).entityManager(), Row.class, "from Row e",
                Map.of(), "f", SORTING.parse(null), PageRequest.of(2, null));

        assertEquals(2, exactlyFull.items().size());
        assertNull(exactlyFull.nextPageToken());
        assertEquals(List.of(), empty.items());
        assertNull(empty.nextPageToken());
    }

    @Test
    void aTokenOfOtherFiltersIsRefusedBeforeAnyQuery() {
        FakeJpa jpa = new FakeJpa(jpql -> rows(3));
        SortSpec<Row> sort = SORTING.parse("name");
        String token = KeysetPager.page(jpa.entityManager(), Row.class, "from Row e", Map.of(), "status=ACTIVE", sort,
                PageRequest.of(1, null)).nextPageToken();

        PageTokensTest.assertInvalid(() -> KeysetPager.page(jpa.entityManager(), Row.class, "from Row e", Map.of(),
                "status=CLOSED", sort, PageRequest.of(1, token)));
        assertEquals(1, jpa.queries.size());
    }

    private static List<Row> rows(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> PagingFixtures.row(new UUID(0, i + 1).toString(), "Đơn vị " + i))
                .toList();
    }
}
