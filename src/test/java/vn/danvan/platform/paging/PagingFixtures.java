package vn.danvan.platform.paging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A row with one sort key of every supported type, and the whitelist of a resource that sorts it. */
final class PagingFixtures {

    record Row(UUID id, String name, Instant updatedAt, LocalDate day, Long size, Integer rank) {
    }

    static final SortKey<Row> NAME = new SortKey<>("name", "e.name", String.class, Row::name);
    static final SortKey<Row> UPDATED_AT = new SortKey<>("updatedAt", "e.updatedAt", Instant.class, Row::updatedAt);
    static final SortKey<Row> DAY = new SortKey<>("day", "e.day", LocalDate.class, Row::day);
    static final SortKey<Row> SIZE = new SortKey<>("size", "e.size", Long.class, Row::size);
    static final SortKey<Row> RANK = new SortKey<>("rank", "e.rank", Integer.class, Row::rank);

    static final Sorting<Row> SORTING = new Sorting<>(List.of(NAME, UPDATED_AT, DAY, SIZE, RANK), "e.id", Row::id,
            "-updatedAt");

    static Row row(String id, String name) {
        return new Row(UUID.fromString(id), name, Instant.parse("2026-12-07T02:30:00.123456Z"),
                LocalDate.of(2026, 12, 7), 9_000_000_000L, -3);
    }

    private PagingFixtures() {
    }
}
