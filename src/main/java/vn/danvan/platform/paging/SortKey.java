package vn.danvan.platform.paging;

import java.util.function.Function;

/**
 * A field that a list may be sorted by: its name in the API, the JPQL expression it sorts on (never
 * null in the database, so that keyset comparisons work), the Java type of its value and how to read
 * that value from a row.
 */
public record SortKey<T>(String apiName, String expression, Class<?> valueType, Function<T, Object> extractor) {
}
