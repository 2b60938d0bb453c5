package vn.danvan.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.time.AppClock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sliding-window counters per key (for example "sign-in failures from 203.0.113.7"), kept in this
 * instance's memory: behind a load balancer the effective limit is the limit times the number of
 * instances, which is enough to slow down guessing. Old keys are dropped so memory stays bounded.
 */
@ApplicationScoped
public class RateLimiter {

    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> windows = new ConcurrentHashMap<>();
    private final AppClock clock;

    public RateLimiter(AppClock clock) {
        this.clock = clock;
    }

    /** Counts one event; @return seconds to wait when the key is over {@code limit} in {@code window}, else 0. */
    public long hit(String key, int limit, Duration window) {
        Instant now = clock.now();
        Deque<Instant> events = window(key);
        synchronized (events) {
            prune(events, now.minus(window));
            events.addLast(now);
            return events.size() > limit ? retryAfter(events, now, window) : 0;
        }
    }

    /** @return seconds to wait when the key is already over {@code limit} (without counting), else 0. */
    public long check(String key, int limit, Duration window) {
        Deque<Instant> events = windows.get(key);
        if (events == null) {
            return 0;
        }
        Instant now = clock.now();
        synchronized (events) {
            prune(events, now.minus(window));
            return events.size() >= limit ? retryAfter(events, now, window) : 0;
        }
    }

    public void reset(String key) {
        windows.remove(key);
    }

    private Deque<Instant> window(String key) {
        if (windows.size() > MAX_KEYS) {
            windows.clear();
        }
        return windows.computeIfAbsent(key, k -> new ArrayDeque<>());
    }

    private static void prune(Deque<Instant> events, Instant oldest) {
        while (!events.isEmpty() && events.peekFirst().isBefore(oldest)) {
            events.removeFirst();
        }
    }

    private static long retryAfter(Deque<Instant> events, Instant now, Duration window) {
        Instant first = events.peekFirst();
        return Math.max(1, Duration.between(now, first.plus(window)).toSeconds() + 1);
    }
}
