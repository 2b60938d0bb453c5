package vn.danvan.webhook.delivery;

import java.time.Instant;

/** How one HTTP attempt went: the receiver's status, or why there was none (a message key and its argument). */
record AttemptResult(Instant startedAt, long durationMillis, Integer statusCode, String errorKey, String errorDetail) {

    static AttemptResult answered(Instant startedAt, long durationMillis, int statusCode) {
        return new AttemptResult(startedAt, durationMillis, statusCode, null, null);
    }

    static AttemptResult failed(Instant startedAt, long durationMillis, String errorKey, String errorDetail) {
        return new AttemptResult(startedAt, durationMillis, null, errorKey,
                errorDetail == null || errorDetail.length() <= 300 ? errorDetail : errorDetail.substring(0, 300));
    }

    boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
