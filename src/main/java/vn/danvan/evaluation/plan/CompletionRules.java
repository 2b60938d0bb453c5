package vn.danvan.evaluation.plan;

import vn.danvan.api.model.PlanCompletion;
import vn.danvan.api.model.PlanItemCompletion;
import vn.danvan.api.model.PlanItemStatus;
import vn.danvan.api.model.TaskStatus;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * An item's completion derived from its linked tasks, without a database: cancelled tasks do not count; the item is
 * done when every other linked task is accepted (nghiệm thu), overdue when its due date has passed without that, and
 * not linked while no task carries it.
 */
public final class CompletionRules {

    private CompletionRules() {
    }

    public static PlanItemCompletion item(Collection<TaskStatus> linkedTaskStatuses, LocalDate dueDate, LocalDate today) {
        List<TaskStatus> counted = linkedTaskStatuses.stream().filter(s -> s != TaskStatus.CANCELLED).toList();
        int linked = counted.size();
        int accepted = (int) counted.stream().filter(s -> s == TaskStatus.ACCEPTED).count();
        PlanItemStatus status;
        if (linked == 0) {
            status = dueDate.isBefore(today) ? PlanItemStatus.OVERDUE : PlanItemStatus.NOT_LINKED;
        } else if (accepted == linked) {
            status = PlanItemStatus.DONE;
        } else {
            status = dueDate.isBefore(today) ? PlanItemStatus.OVERDUE : PlanItemStatus.NOT_DONE;
        }
        return new PlanItemCompletion().status(status).linkedTasks(linked).acceptedTasks(accepted)
                .percent(linked == 0 ? 0 : accepted * 100 / linked);
    }

    public static PlanCompletion plan(Collection<PlanItemStatus> itemStatuses) {
        int items = itemStatuses.size();
        int done = (int) itemStatuses.stream().filter(s -> s == PlanItemStatus.DONE).count();
        int overdue = (int) itemStatuses.stream().filter(s -> s == PlanItemStatus.OVERDUE).count();
        return new PlanCompletion().items(items).done(done).overdue(overdue).percent(items == 0 ? 0 : done * 100 / items);
    }
}
