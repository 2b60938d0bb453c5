package vn.danvan.platform.paging;

import java.util.List;
import java.util.stream.Collectors;

/** A parsed sort: the chosen fields, each ascending or descending, ending with the ID. */
public record SortSpec<T>(List<Order<T>> orders) {

    public record Order<T>(SortKey<T> key, boolean descending) {
    }

    public String orderByClause() {
        return orders.stream()
                .map(o -> o.key().expression() + (o.descending() ? " desc" : " asc"))
                .collect(Collectors.joining(", "));
    }

    /** A stable text of the sort, part of the page token's fingerprint. */
    public String canonical() {
        return orders.stream().map(o -> (o.descending() ? "-" : "") + o.key().apiName())
                .collect(Collectors.joining(","));
    }
}
