package vn.danvan.task;

import vn.danvan.api.model.TaskSummary;
import vn.danvan.api.model.TaskSummaryRow;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A whole per-lead-unit summary with its rows sorted in each order asked for so far: the administrator's
 * summary has one row per lead unit of the country, and sorting them again for every page cost more than
 * the rest of the request.
 */
final class ComputedSummary {

    private final TaskSummary whole;
    private final Map<String, List<TaskSummaryRow>> sorted = new ConcurrentHashMap<>();

    ComputedSummary(TaskSummary whole) {
        this.whole = whole;
    }

    TaskSummary whole() {
        return whole;
    }

    /** The rows in the order named by {@code sort} (a canonical sort text), sorted once. */
    List<TaskSummaryRow> rowsSortedBy(String sort, Function<List<TaskSummaryRow>, List<TaskSummaryRow>> sorter) {
        return sorted.computeIfAbsent(sort, s -> List.copyOf(sorter.apply(whole.getRows())));
    }
}
