package vn.danvan.evaluation.plan;

import org.junit.jupiter.api.Test;
import vn.danvan.api.model.PlanItemCompletion;
import vn.danvan.api.model.PlanItemStatus;
import vn.danvan.api.model.TaskStatus;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An item's completion from its tasks' statuses. */
class CompletionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

    @Test
    void doneWhenEveryTaskButTheCancelledIsAccepted() {
        PlanItemCompletion done = CompletionRules.item(List.of(TaskStatus.ACCEPTED, TaskStatus.CANCELLED,
                TaskStatus.ACCEPTED), LocalDate.of(2026, 6, 30), TODAY);
        assertEquals(PlanItemStatus.DONE, done.getStatus());
        assertEquals(2, done.getLinkedTasks());
        assertEquals(100, done.getPercent());
    }

    @Test
    void overdueOnceItsDatePassedUndoneOtherwiseNotDoneOrNotLinked() {
        assertEquals(PlanItemStatus.OVERDUE, CompletionRules.item(List.of(TaskStatus.ACCEPTED, TaskStatus.REPORTED),
                LocalDate.of(2026, 6, 30), TODAY).getStatus());
        PlanItemCompletion half = CompletionRules.item(List.of(TaskStatus.ACCEPTED, TaskStatus.IN_PROGRESS,
                TaskStatus.ASSIGNED), LocalDate.of(2026, 7, 1), TODAY);
        assertEquals(PlanItemStatus.NOT_DONE, half.getStatus());
        assertEquals(33, half.getPercent());
        assertEquals(PlanItemStatus.NOT_LINKED, CompletionRules.item(List.of(), LocalDate.of(2026, 9, 1), TODAY)
                .getStatus());
        assertEquals(PlanItemStatus.OVERDUE, CompletionRules.item(List.of(TaskStatus.CANCELLED),
                LocalDate.of(2026, 1, 1), TODAY).getStatus());
        assertEquals(50, CompletionRules.plan(List.of(PlanItemStatus.DONE, PlanItemStatus.OVERDUE)).getPercent());
    }
}
