package vn.danvan.task;

import vn.danvan.api.model.TaskSummary;
import vn.danvan.api.model.TaskSummaryRow;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.paging.InMemoryPager;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * One page of a computed summary in the order asked for. A province has hundreds of lead units and the
 * country thousands; the whole summary is computed (and kept) once, and each request sends one page, so
 * that a monitor can ask for "most overdue first" and read on.
 */
final class TaskSummaryPages {

    private static final String DEFAULT_SORT = "leadOrganizationName";

    /** Counts compared as numbers; the rate compared with units that have none last in either direction. */
    private static final Map<String, Function<TaskSummaryRow, Comparable<?>>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("leadOrganizationName", r -> "");
        FIELDS.put("assigned", TaskSummaryRow::getAssigned);
        FIELDS.put("doneOnTime", TaskSummaryRow::getDoneOnTime);
        FIELDS.put("doneLate", TaskSummaryRow::getDoneLate);
        FIELDS.put("overdue", TaskSummaryRow::getOverdue);
        FIELDS.put("inProgress", TaskSummaryRow::getInProgress);
        FIELDS.put("notAcknowledged", TaskSummaryRow::getNotAcknowledged);
        FIELDS.put("acknowledgedNotStarted", TaskSummaryRow::getAcknowledgedNotStarted);
        FIELDS.put("onTimeRate", TaskSummaryRow::getOnTimeRate);
    }

    private TaskSummaryPages() {
    }

    /** The page of {@code whole} (rows in any order) for {@code sort}; {@code query} names the filters. */
    static TaskSummary page(ComputedSummary computed, String sort, PageRequest request, String query) {
        TaskSummary whole = computed.whole();
        String text = sort == null || sort.isBlank() ? DEFAULT_SORT : sort;
        boolean descending = text.startsWith("-");
        String field = descending ? text.substring(1) : text;
        if (!FIELDS.containsKey(field)) {
            throw ApiException.invalid(FieldViolation.of("sort", "Unknown", "detail.invalid-sort", field,
                    String.join(", ", FIELDS.keySet())));
        }
        Comparator<TaskSummaryRow> order = order(field, descending);
        List<TaskSummaryRow> rows = computed.rowsSortedBy(text, all -> {
            List<TaskSummaryRow> copy = new ArrayList<>(all);
            copy.sort(order);
            return copy;
        });
        InMemoryPager<TaskSummaryRow> pager = new InMemoryPager<>(order,
                r -> List.of(valueText(field, r), nameOf(r), r.getLeadOrganizationId().toString()),
                values -> probe(field, values));
        Page<TaskSummaryRow> page = pager.page(rows, query + "|" + text + "|" + whole.getAsOf(), 3, request);
        return new TaskSummary().asOf(whole.getAsOf()).totals(whole.getTotals()).unitCount(rows.size())
                .rows(page.items()).nextPageToken(page.nextPageToken());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<TaskSummaryRow> order(String field, boolean descending) {
        Function<TaskSummaryRow, Comparable> value = (Function) FIELDS.get(field);
        Comparator<Comparable> natural = Comparator.naturalOrder();
        Comparator<TaskSummaryRow> byField = Comparator.comparing(value,
                Comparator.nullsLast(descending ? natural.reversed() : natural));
        return byField.thenComparing(TaskSummaryPages::nameOf)
                .thenComparing(r -> r.getLeadOrganizationId().toString());
    }

    private static String nameOf(TaskSummaryRow row) {
        return row.getLeadOrganizationName() == null ? "" : row.getLeadOrganizationName();
    }

    private static String valueText(String field, TaskSummaryRow row) {
        Object value = FIELDS.get(field).apply(row);
        return value == null ? "" : value.toString();
    }

    /** A row holding only the values the order compares. */
    private static TaskSummaryRow probe(String field, List<String> values) {
        TaskSummaryRow row = new TaskSummaryRow().leadOrganizationName(values.get(1))
                .leadOrganizationId(UUID.fromString(values.get(2)));
        String value = values.get(0);
        switch (field) {
            case "assigned" -> row.assigned(Long.valueOf(value));
            case "doneOnTime" -> row.doneOnTime(Long.valueOf(value));
            case "doneLate" -> row.doneLate(Long.valueOf(value));
            case "overdue" -> row.overdue(Long.valueOf(value));
            case "inProgress" -> row.inProgress(Long.valueOf(value));
            case "notAcknowledged" -> row.notAcknowledged(Long.valueOf(value));
            case "acknowledgedNotStarted" -> row.acknowledgedNotStarted(Long.valueOf(value));
            case "onTimeRate" -> row.onTimeRate(value.isEmpty() ? null : Double.valueOf(value));
            default -> { }
        }
        return row;
    }
}
