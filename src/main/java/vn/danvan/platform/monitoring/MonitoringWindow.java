package vn.danvan.platform.monitoring;

import vn.danvan.platform.security.Scope;

import java.time.LocalDate;

/**
 * What a monitoring section counts: the records of the units within {@code scope} (the caller's reach), whose
 * deadline or due day falls within [from, to] (both inclusive, each optional: the summary's {@code dueFrom} and
 * {@code dueTo}), judged as of {@code asOf} (today, local date).
 */
public record MonitoringWindow(Scope scope, LocalDate from, LocalDate to, LocalDate asOf) {

    /** Whether a day falls within the period (an open end takes any day). */
    public boolean covers(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
