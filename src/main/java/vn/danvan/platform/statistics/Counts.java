package vn.danvan.platform.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers for sections that count grouped rows. */
public final class Counts {

    private Counts() {
    }

    /** A number from an aggregate column (null when nothing was summed). */
    public static long of(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * Rows of (enum constant, count) as a map over every constant, zeros included, so that a section always has the
     * same keys.
     */
    public static <E extends Enum<E>> Map<E, Long> byConstant(Class<E> type, List<Object[]> rows) {
        Map<E, Long> counts = new LinkedHashMap<>();
        for (E constant : type.getEnumConstants()) {
            counts.put(constant, 0L);
        }
        for (Object[] row : rows) {
            if (row[0] != null) {
                counts.merge(type.cast(row[0]), of(row[1]), Long::sum);
            }
        }
        return counts;
    }

    /** The number in column {@code column} of an aggregate row; 0 for an empty row (no records, see AggregateRows). */
    public static long at(Object[] row, int column) {
        return column < row.length ? of(row[column]) : 0;
    }
}
