package vn.danvan.platform.persistence;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code attribute in (…)} for a list of values, written so that Hibernate can reuse the query's plan.
 * Hibernate does not keep the plan of a query that binds a list to one parameter ({@code in :ids}): it
 * translated the reception list's HQL to SQL on every request, a third of the service's time. Here every
 * value is a parameter of its own, and the number of parameters is padded to a power of two (repeating the
 * last value), so that a query takes one of a few shapes whose plans stay cached.
 */
public final class JpqlLists {

    private JpqlLists() {
    }

    /**
     * @param values at least one value
     * @return the condition, its parameters ({@code param0}, {@code param1}, …) put into {@code params}
     */
    public static String in(String attribute, List<?> values, Map<String, Object> params, String param) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an empty list has no condition");
        }
        int size = paddedSize(values.size());
        StringJoiner condition = new StringJoiner(", ", attribute + " in (", ")");
        for (int i = 0; i < size; i++) {
            String name = param + i;
            params.put(name, values.get(Math.min(i, values.size() - 1)));
            condition.add(":" + name);
        }
        return condition.toString();
    }

    /** The next power of two from {@code count} (at least one value). */
    public static int paddedSize(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("an empty list has no condition");
        }
        int size = Integer.highestOneBit(count);
        return size < count ? size << 1 : size;
    }
}
