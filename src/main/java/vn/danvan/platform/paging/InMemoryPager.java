package vn.danvan.platform.paging;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Pages a result that is already complete in memory (a computed summary, for example) the same way
 * {@link KeysetPager} pages a table: the token carries the key of the last row sent and a fingerprint of
 * the query, and the next page starts after that key in the same order, so that rows that appear or
 * disappear between two requests shift nothing.
 *
 * @param <T> the row type
 */
public final class InMemoryPager<T> {

    private final Comparator<T> order;
    private final Function<T, List<String>> key;
    private final Function<List<String>, T> probe;

    /**
     * @param order a total order of the rows (it must end with a unique key)
     * @param key   the values of a row that {@code order} compares, as text
     * @param probe a row holding only those values, for finding where the next page starts; it may throw
     *              {@link IllegalArgumentException} for values that do not parse
     */
    public InMemoryPager(Comparator<T> order, Function<T, List<String>> key, Function<List<String>, T> probe) {
        this.order = order;
        this.key = key;
        this.probe = probe;
    }

    /** The requested page of {@code rows}, which must be sorted by the order given. */
    public Page<T> page(List<T> rows, String query, int keyValues, PageRequest request) {
        String fingerprint = PageTokens.fingerprint(query);
        int start = 0;
        if (request.pageToken() != null) {
            List<String> last = PageTokens.decodeValues(request.pageToken(), fingerprint, keyValues);
            T lastRow;
            try {
                lastRow = probe.apply(last);
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                throw PageTokens.invalidToken();
            }
            int found = Collections.binarySearch(rows, lastRow, order);
            start = found >= 0 ? found + 1 : -found - 1;
        }
        int end = Math.min(rows.size(), start + request.pageSize());
        List<T> page = List.copyOf(rows.subList(start, end));
        String next = end < rows.size() && !page.isEmpty()
                ? PageTokens.encodeValues(fingerprint, key.apply(page.get(page.size() - 1))) : null;
        return new Page<>(page, next);
    }
}
