package vn.danvan.task;

import vn.danvan.api.model.TaskStatus;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The derived states of a task, in one place for Java and SQL: overdue (quá hạn) and completed late
 * (hoàn thành trễ hạn) follow from the status, the due date, the date of the report and today's
 * local date.
 */
final class TaskStates {

    /** Statuses in which the lead unit still owes the work. */
    static final Set<TaskStatus> WORKING = EnumSet.of(TaskStatus.ASSIGNED, TaskStatus.ACKNOWLEDGED,
            TaskStatus.IN_PROGRESS, TaskStatus.RETURNED);

    /** Statuses that are not final. */
    static final Set<TaskStatus> OPEN = EnumSet.of(TaskStatus.ASSIGNED, TaskStatus.ACKNOWLEDGED,
            TaskStatus.IN_PROGRESS, TaskStatus.RETURNED, TaskStatus.REPORTED);

    /** JPQL: the task {@code e} is overdue on {@code :today}. */
    static final String OVERDUE_JPQL = "((e.status in (vn.danvan.api.model.TaskStatus.ASSIGNED,"
            + " vn.danvan.api.model.TaskStatus.ACKNOWLEDGED, vn.danvan.api.model.TaskStatus.IN_PROGRESS,"
            + " vn.danvan.api.model.TaskStatus.RETURNED) and e.dueDate < :today)"
            + " or (e.status = vn.danvan.api.model.TaskStatus.REPORTED and e.reportedOn > e.dueDate))";

    /**
     * The same as {@link #OVERDUE_JPQL} written for lists: an overdue task is open and its due date has
     * passed (a late report is dated after the due date and no later than today), so the index on
     * (open_flag, due_date) finds them in due-date order.
     */
    static final String OVERDUE_FILTER_JPQL = "(e.openFlag = 1 and e.dueDate < :today"
            + " and (e.status <> vn.danvan.api.model.TaskStatus.REPORTED or e.reportedOn > e.dueDate))";

    /** The negation of {@link #OVERDUE_FILTER_JPQL}. */
    static final String NOT_OVERDUE_FILTER_JPQL = "(e.openFlag = 0 or e.dueDate >= :today"
            + " or (e.status = vn.danvan.api.model.TaskStatus.REPORTED and e.reportedOn <= e.dueDate))";

    private TaskStates() {
    }

    /** Still owing the work after the due date, or reported after it and not yet accepted. */
    static boolean overdue(TaskEntity task, LocalDate today) {
        return (WORKING.contains(task.status) && today.isAfter(task.dueDate))
                || (task.status == TaskStatus.REPORTED && task.reportedOn != null && task.reportedOn.isAfter(task.dueDate));
    }

    static boolean completedLate(TaskEntity task) {
        return task.status == TaskStatus.ACCEPTED && task.reportedOn != null && task.reportedOn.isAfter(task.dueDate);
    }
}
