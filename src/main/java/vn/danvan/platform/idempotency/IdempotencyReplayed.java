package vn.danvan.platform.idempotency;

import java.lang.reflect.Method;
import java.util.List;

/**
 * A stored answer was sent again for a retried Idempotency-Key. Features whose answers carry personal data observe it
 * to log the replay as a read, as they log the original.
 *
 * @param resourceMethod the resource method that made the answer
 * @param location       the answer's Location header (the created resource), or null
 * @param arguments      the arguments the resource method was called with this time (path parameters name the record;
 *                       elements may be null), in the method's order
 * @param body           the answer's body as sent again (JSON), or null; only for the observers of this request, never
 *                       kept
 */
public record IdempotencyReplayed(Method resourceMethod, String location, List<Object> arguments, String body) {

    public IdempotencyReplayed {
        arguments = arguments == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(arguments));
    }

    public IdempotencyReplayed(Method resourceMethod, String location) {
        this(resourceMethod, location, List.of(), null);
    }

    /** The first argument of a type (a path parameter's UUID: the record the operation was on), if any. */
    public <T> java.util.Optional<T> argument(Class<T> type) {
        return arguments.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
