package vn.danvan.platform.audit;

import vn.danvan.api.model.AuditChange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fields of an audited record that its history shows, by their JSON names in the API, in the order
 * they are listed. Bookkeeping columns (updatedAt, version, change sequence, internal paths) are left
 * out: the revision itself says when, and they change with every write.
 */
public final class AuditedFields<T> {

    static final int MAX_VALUE = 1000;

    private final Map<String, Function<T, Object>> fields;

    private AuditedFields(Map<String, Function<T, Object>> fields) {
        this.fields = fields;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** The fields whose value differs between two states; {@code before} is null for a creation. */
    public List<AuditChange> changes(T before, T after) {
        List<AuditChange> changes = new ArrayList<>();
        fields.forEach((name, value) -> {
            String old = before == null ? null : text(value.apply(before));
            String now = after == null ? null : text(value.apply(after));
            if (!Objects.equals(old, now)) {
                changes.add(new AuditChange().field(name).oldValue(old).newValue(now));
            }
        });
        return changes;
    }

    /**
     * The fields whose value differs between two lists of owned rows (see {@link AuditedPart}): each field's values
     * over the rows, in order, joined by {@link AuditedPart#SEPARATOR}, named {@code prefix.field}.
     */
    public List<AuditChange> changes(List<T> before, List<T> after, String prefix) {
        List<AuditChange> changes = new ArrayList<>();
        fields.forEach((name, value) -> {
            String old = joined(before, value);
            String now = joined(after, value);
            if (!Objects.equals(old, now)) {
                changes.add(new AuditChange().field(prefix + "." + name).oldValue(old).newValue(now));
            }
        });
        return changes;
    }

    private static <T> String joined(List<T> rows, Function<T, Object> value) {
        if (rows.isEmpty()) {
            return null;
        }
        List<String> values = rows.stream().map(row -> raw(value.apply(row))).map(v -> v == null ? "" : v).toList();
        return values.stream().allMatch(String::isEmpty) ? null : limit(String.join(AuditedPart.SEPARATOR, values));
    }

    /** Whether one field differs between two states. */
    public boolean changed(String field, T before, T after) {
        Function<T, Object> value = fields.get(field);
        if (value == null) {
            throw new IllegalArgumentException("Not an audited field: " + field);
        }
        return !Objects.equals(before == null ? null : text(value.apply(before)),
                after == null ? null : text(value.apply(after)));
    }

    /** Values as the API writes them: enums by name, dates and instants in ISO form, UUIDs as text. */
    static String text(Object value) {
        return limit(raw(value));
    }

    private static String raw(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString();
    }

    /**
     * Long texts (a task's content, a model's objectives) are cut to what an entry holds ({@value #MAX_VALUE}
     * characters, the contract's limit), ending with an ellipsis; the record itself has the whole text.
     */
    private static String limit(String value) {
        if (value == null || value.length() <= MAX_VALUE) {
            return value;
        }
        return value.substring(0, MAX_VALUE - 1) + "…";
    }

    public static final class Builder<T> {
        private final Map<String, Function<T, Object>> fields = new LinkedHashMap<>();

        public Builder<T> field(String apiName, Function<T, Object> value) {
            if (fields.putIfAbsent(apiName, value) != null) {
                throw new IllegalArgumentException("Field listed twice: " + apiName);
            }
            return this;
        }

        public AuditedFields<T> build() {
            return new AuditedFields<>(new LinkedHashMap<>(fields));
        }
    }
}
