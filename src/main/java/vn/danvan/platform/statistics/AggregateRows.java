package vn.danvan.platform.statistics;

import jakarta.persistence.EntityManager;
import vn.danvan.platform.persistence.JpqlLists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The aggregate queries of a section, for one window or for many groups of units at once. A section writes its
 * figures as a function of an {@code AggregateRows}: each query is JPQL ending with its own conditions, the units'
 * condition on {@code unitAttribute} added here, then {@code groupBy} (empty for one row of totals). The window's
 * {@code :from}, {@code :to} and {@code :asOf} are bound when the query names them.
 * <p>
 * For groups ({@link #each}), each query runs once for every unit of every group, grouped by the unit first; the
 * rows of a group are its units' rows with the unit dropped and those with the same keys added up. So the figures
 * are the same as the group's own query as long as the query's values are counts or sums (they add up over units),
 * which is what sections return.
 */
@FunctionalInterface
public interface AggregateRows {

    List<Object[]> rows(String jpql, String unitAttribute, Map<String, Object> values, String groupBy);

    /** The one row of an aggregate without grouping; an empty row (every value 0 for {@link Counts#at}) for none. */
    default Object[] row(String jpql, String unitAttribute, Map<String, Object> values) {
        List<Object[]> rows = rows(jpql, unitAttribute, values, "");
        return rows.isEmpty() ? new Object[0] : rows.get(0);
    }

    /** The queries of one window. */
    static AggregateRows of(EntityManager em, StatisticsWindow window) {
        return (jpql, unitAttribute, values, groupBy) -> run(em, jpql, unitAttribute, window.unitIds(), window.from(),
                window.to(), window.asOf(), values, groupBy);
    }

    /**
     * The most units one query lists when it answers several groups: groups are answered in batches of at most this
     * many units (a group larger than that alone), so that a country's breakdown does not send one query with tens of
     * thousands of parameters.
     */
    int MAX_UNITS_PER_QUERY = 4096;

    /** The figures of every group, each query run once per batch of groups (see the class comment). */
    static Map<UUID, SectionFigures> each(EntityManager em, GroupedWindow window,
                                          Function<AggregateRows, SectionFigures> figures) {
        Map<UUID, SectionFigures> byGroup = new LinkedHashMap<>();
        Map<UUID, List<UUID>> batch = new LinkedHashMap<>();
        java.util.Set<UUID> batchUnits = new java.util.HashSet<>();
        for (Map.Entry<UUID, List<UUID>> group : window.unitsByGroup().entrySet()) {
            if (!batch.isEmpty() && batchUnits.size() + group.getValue().size() > MAX_UNITS_PER_QUERY) {
                byGroup.putAll(batch(em, new GroupedWindow(batch, window.from(), window.to(), window.asOf()), figures));
                batch.clear();
                batchUnits.clear();
            }
            batch.put(group.getKey(), group.getValue());
            batchUnits.addAll(group.getValue());
        }
        if (!batch.isEmpty()) {
            byGroup.putAll(batch(em, new GroupedWindow(batch, window.from(), window.to(), window.asOf()), figures));
        }
        return byGroup;
    }

    private static Map<UUID, SectionFigures> batch(EntityManager em, GroupedWindow window,
                                                   Function<AggregateRows, SectionFigures> figures) {
        Map<UUID, List<UUID>> groupsByUnit = window.groupsByUnit();
        List<UUID> units = window.allUnits();
        Map<String, Map<UUID, List<Object[]>>> answered = new HashMap<>();
        Map<UUID, SectionFigures> byGroup = new LinkedHashMap<>();
        for (UUID group : window.unitsByGroup().keySet()) {
            byGroup.put(group, figures.apply((jpql, unitAttribute, values, groupBy) -> answered.computeIfAbsent(
                    jpql + '\u0000' + unitAttribute + '\u0000' + groupBy + '\u0000' + values,
                    key -> split(run(em, "select " + unitAttribute + ", " + jpql.strip().substring("select ".length()),
                                    unitAttribute, units, window.from(), window.to(), window.asOf(), values,
                                    groupBy.isBlank() ? " group by " + unitAttribute
                                            : groupBy.replaceFirst("group by ", "group by " + unitAttribute + ", ")),
                            keyColumns(groupBy), groupsByUnit))
                    .getOrDefault(group, List.of())));
        }
        return byGroup;
    }

    private static List<Object[]> run(EntityManager em, String jpql, String unitAttribute, List<UUID> units,
                                      java.time.LocalDate from, java.time.LocalDate to, java.time.LocalDate asOf,
                                      Map<String, Object> values, String groupBy) {
        Map<String, Object> params = new HashMap<>(values);
        params.put("from", from);
        params.put("to", to);
        params.put("asOf", asOf);
        String query = jpql + " and " + JpqlLists.in(unitAttribute, units, params, "units") + groupBy;
        var typed = em.createQuery(query, Object[].class);
        params.forEach((name, value) -> {
            if (Pattern.compile(":" + Pattern.quote(name) + "\\b").matcher(query).find()) {
                typed.setParameter(name, value);
            }
        });
        return typed.getResultList();
    }

    /** How many grouping columns a group-by clause has (the keys of a row). */
    private static int keyColumns(String groupBy) {
        String columns = groupBy.strip();
        return columns.isEmpty() ? 0 : columns.substring("group by ".length()).split(",").length;
    }

    /** Rows (unit, keys…, values…) → for each group, rows (keys…, values…) with equal keys added up. */
    private static Map<UUID, List<Object[]>> split(List<Object[]> rows, int keys, Map<UUID, List<UUID>> groupsByUnit) {
        Map<UUID, Map<List<Object>, Object[]>> merged = new HashMap<>();
        for (Object[] row : rows) {
            for (UUID group : groupsByUnit.getOrDefault((UUID) row[0], List.of())) {
                List<Object> key = Arrays.asList(Arrays.copyOfRange(row, 1, 1 + keys));
                Object[] sum = merged.computeIfAbsent(group, g -> new LinkedHashMap<>()).computeIfAbsent(key, k -> {
                    Object[] fresh = new Object[row.length - 1];
                    System.arraycopy(row, 1, fresh, 0, keys);
                    return fresh;
                });
                for (int i = 1 + keys; i < row.length; i++) {
                    if (row[i] != null) {
                        sum[i - 1] = Counts.of(sum[i - 1]) + Counts.of(row[i]);
                    }
                }
            }
        }
        Map<UUID, List<Object[]>> byGroup = new HashMap<>();
        merged.forEach((group, values) -> byGroup.put(group, new ArrayList<>(values.values())));
        return byGroup;
    }
}
