package vn.danvan.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of rows and the token of the next page ({@code null} on the last). */
public record Page<T>(List<T> items, String nextPageToken) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextPageToken);
    }
}
