package vn.danvan.reception.casefile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;

/**
 * What a case's answer computes besides its columns (a {@code @Context} of {@link CaseMapper}): today in Vietnam for the
 * overdue flag and the days left, and whether acceptance came later than the limit in force on the day of receipt.
 */
record CaseFacts(LocalDate today, Predicate<CaseEntity> lateAcceptance) {

    boolean lateAcceptance(CaseEntity entity) {
        return lateAcceptance.test(entity);
    }

    /** Only while the legal time limit runs. */
    Integer daysLeft(CaseEntity entity) {
        return entity.deadline != null && CaseEntity.RUNNING.contains(entity.status)
                ? (int) ChronoUnit.DAYS.between(today, entity.deadline) : null;
    }
}
