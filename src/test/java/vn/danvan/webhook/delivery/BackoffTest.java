package vn.danvan.webhook.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BackoffTest {

    private static final Duration INITIAL = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofHours(2);

    @Test
    void theWaitDoublesAfterEachFailureWithinHalfAndAllOfIt() {
        assertEquals(Duration.ofSeconds(15), Backoff.delay(1, INITIAL, MAX, 0));
        assertEquals(Duration.ofMillis(22_500), Backoff.delay(1, INITIAL, MAX, 0.5));
        assertEquals(Duration.ofMillis(29_999), Backoff.delay(1, INITIAL, MAX, 0.999999999));
        assertEquals(Duration.ofSeconds(30), Backoff.delay(2, INITIAL, MAX, 0));
        assertEquals(Duration.ofSeconds(45), Backoff.delay(2, INITIAL, MAX, 0.5));
        assertEquals(Duration.ofSeconds(60), Backoff.delay(3, INITIAL, MAX, 0));
        assertEquals(Duration.ofSeconds(120), Backoff.delay(4, INITIAL, MAX, 0));
    }

    @Test
    void theWaitStopsGrowingAtTheMaximumEvenAfterVeryManyFailures() {
        assertEquals(Duration.ofHours(1), Backoff.delay(9, INITIAL, MAX, 0));
        assertEquals(Duration.ofHours(1), Backoff.delay(1000, INITIAL, MAX, 0));
        assertEquals(MAX.toMillis(), Backoff.delay(Integer.MAX_VALUE, INITIAL, MAX, 0.999999999).toMillis(), 1);
    }
}
