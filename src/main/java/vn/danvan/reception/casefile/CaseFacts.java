package vn.danvan.reception.casefile;

import vn.danvan.api.model.CaseStatus;
import vn.danvan.reception.rules.RuleTimeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a case's answer computes besides its columns (a {@code @Context} of {@link CaseMapper}): today in Vietnam for the
 * overdue flags and the days left, and the acceptance limits of every day of receipt (one read for a whole page), for
 * the acceptance deadline, a late acceptance and a case overdue for acceptance.
 */
record CaseFacts(LocalDate today, RuleTimeline acceptanceLimits) {

    /** Hạn thụ lý: receipt plus the limit in force on the day of receipt. */
    LocalDate acceptanceDue(CaseEntity entity) {
        return entity.receivedOn.plusDays(acceptanceLimits.valueOn(entity.receivedOn)
                .orElse(AcceptanceOverdue.LIMIT_WITHOUT_RULE));
    }

    boolean lateAcceptance(CaseEntity entity) {
        return entity.acceptedOn != null && entity.acceptedOn.isAfter(acceptanceDue(entity));
    }

    /** Quá hạn thụ lý: still neither accepted nor refused after the last day to do so. */
    boolean acceptanceOverdue(CaseEntity entity) {
        return entity.status == CaseStatus.RECEIVED && today.isAfter(acceptanceDue(entity));
    }

    /** Only while the legal time limit runs. */
    Integer daysLeft(CaseEntity entity) {
        return entity.deadline != null && CaseEntity.RUNNING.contains(entity.status)
                ? (int) ChronoUnit.DAYS.between(today, entity.deadline) : null;
    }
}
