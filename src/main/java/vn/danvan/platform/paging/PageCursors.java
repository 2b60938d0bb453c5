package vn.danvan.platform.paging;

/**
 * The opaque page tokens of {@link KeysetPager}, for lists that are not read with a JPQL query (such as
 * the audit history, read through Envers): the same format, and the same refusal (400) of a token used
 * with other filters or another sort.
 */
public final class PageCursors {

    private PageCursors() {
    }

    /** The token of the page after {@code lastRow}. */
    public static <T> String after(String filters, SortSpec<T> sort, T lastRow) {
        return PageTokens.encode(PageTokens.fingerprint(filters, sort), sort, lastRow);
    }

    /** The sort values of the last row of the previous page, typed as the sort keys say. */
    public static Object[] position(String token, String filters, SortSpec<?> sort) {
        return PageTokens.decode(token, PageTokens.fingerprint(filters, sort), sort);
    }
}
