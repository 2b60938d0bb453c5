package vn.danvan.platform.idempotency;

import java.lang.reflect.Method;

/**
 * A stored answer was sent again for a retried Idempotency-Key. Features whose answers carry personal data observe it
 * to log the replay as a read, as they log the original.
 *
 * @param resourceMethod the resource method that made the answer
 * @param location       the answer's Location header (the created resource), or null
 */
public record IdempotencyReplayed(Method resourceMethod, String location) {
}
