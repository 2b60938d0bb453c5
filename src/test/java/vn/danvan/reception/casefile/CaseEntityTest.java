package vn.danvan.reception.casefile;

import org.junit.jupiter.api.Test;
import vn.danvan.api.model.CaseStatus;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A case is overdue when it is still running and its deadline passed before today. */
class CaseEntityTest {

    private static CaseEntity withDeadline(CaseStatus status, String deadline) {
        CaseEntity entity = new CaseEntity();
        entity.status = status;
        entity.deadline = deadline == null ? null : LocalDate.parse(deadline);
        return entity;
    }

    @Test
    void theDeadlineDayItselfIsNotOverdue() {
        CaseEntity running = withDeadline(CaseStatus.ACCEPTED, "2026-12-07");

        assertFalse(running.overdue(LocalDate.of(2026, 12, 6)));
        assertFalse(running.overdue(LocalDate.of(2026, 12, 7)));
        assertTrue(running.overdue(LocalDate.of(2026, 12, 8)));
    }

    @Test
    void onlyRunningCasesCanBeOverdue() {
        LocalDate later = LocalDate.of(2027, 1, 1);
        for (CaseStatus status : CaseStatus.values()) {
            boolean running = status == CaseStatus.ACCEPTED || status == CaseStatus.VERIFYING
                    || status == CaseStatus.DIALOGUE;
            assertEquals(running, withDeadline(status, "2026-12-07").overdue(later), status.name());
        }
    }

    @Test
    void aCaseWithoutDeadlineIsNeverOverdue() {
        assertFalse(withDeadline(CaseStatus.VERIFYING, null).overdue(LocalDate.of(2099, 1, 1)));
    }
}
