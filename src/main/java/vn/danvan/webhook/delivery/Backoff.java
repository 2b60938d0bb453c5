package vn.danvan.webhook.delivery;

import java.time.Duration;

/**
 * The wait before the next attempt: the initial wait doubled after each failure, capped, with "equal jitter" (half
 * fixed, half random) so that waits still grow while the retries of many deliveries spread out instead of arriving
 * at a recovering receiver all at once.
 */
public final class Backoff {

    private Backoff() {
    }

    /**
     * @param failures how many attempts have failed (1 after the first)
     * @param random   a number in [0, 1)
     */
    public static Duration delay(int failures, Duration initial, Duration max, double random) {
        long cap = max.toMillis();
        long wait = initial.toMillis();
        for (int i = 1; i < failures && wait < cap; i++) {
            wait *= 2;
        }
        wait = Math.min(wait, cap);
        long half = wait / 2;
        return Duration.ofMillis(half + (long) (random * (wait - half)));
    }
}
