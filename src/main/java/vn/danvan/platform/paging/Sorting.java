package vn.danvan.platform.paging;

import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The whitelist of sort fields of one resource and the parser of its {@code sort} parameter
 * ("-updatedAt,name"). The row ID is always the last tie-breaker so that the order is total.
 */
public final class Sorting<T> {

    private final Map<String, SortKey<T>> keys = new LinkedHashMap<>();
    private final SortKey<T> id;
    private final String defaultSort;

    public Sorting(List<SortKey<T>> allowed, String idExpression, Function<T, UUID> idExtractor, String defaultSort) {
        allowed.forEach(k -> keys.put(k.apiName(), k));
        this.id = new SortKey<>("id", idExpression, UUID.class, idExtractor::apply);
        this.defaultSort = defaultSort;
    }

    public SortSpec<T> parse(String sortParam) {
        String text = sortParam == null || sortParam.isBlank() ? defaultSort : sortParam;
        List<SortSpec.Order<T>> orders = new ArrayList<>();
        for (String part : text.split(",")) {
            String name = part.trim();
            boolean descending = name.startsWith("-");
            if (descending) {
                name = name.substring(1);
            }
            SortKey<T> key = keys.get(name);
            if (key == null) {
                throw ApiException.invalid(FieldViolation.of("sort", "Unknown", "detail.invalid-sort", name,
                        String.join(", ", keys.keySet())));
            }
            String finalName = name;
            if (orders.stream().noneMatch(o -> o.key().apiName().equals(finalName))) {
                orders.add(new SortSpec.Order<>(key, descending));
            }
        }
        orders.add(new SortSpec.Order<>(id, false));
        return new SortSpec<>(orders);
    }
}
