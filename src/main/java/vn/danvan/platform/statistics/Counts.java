package vn.danvan.platform.statistics;

import jakarta.persistence.EntityManager;
import vn.danvan.platform.persistence.JpqlLists;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

    /**
     * Rows of a JPQL aggregate confined to the window's units: {@code jpql} ends with its own conditions, the units'
     * condition on {@code unitAttribute} is added, then {@code groupBy} (may be empty).
     */
    public static List<Object[]> rows(EntityManager em, String jpql, String unitAttribute, StatisticsWindow window,
                                      Map<String, Object> values, String groupBy) {
        Map<String, Object> params = new HashMap<>(values);
        params.put("from", window.from());
        params.put("to", window.to());
        List<UUID> units = window.unitIds();
        var query = em.createQuery(jpql + " and " + JpqlLists.in(unitAttribute, units, params, "units") + groupBy,
                Object[].class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }
}
