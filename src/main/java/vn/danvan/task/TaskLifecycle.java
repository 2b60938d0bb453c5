package vn.danvan.task;

import vn.danvan.api.model.TaskStatus;
import vn.danvan.platform.lifecycle.Lifecycle;

import java.util.EnumSet;
import java.util.Set;

import static vn.danvan.api.model.TaskStatus.ACCEPTED;
import static vn.danvan.api.model.TaskStatus.ACKNOWLEDGED;
import static vn.danvan.api.model.TaskStatus.ASSIGNED;
import static vn.danvan.api.model.TaskStatus.CANCELLED;
import static vn.danvan.api.model.TaskStatus.IN_PROGRESS;
import static vn.danvan.api.model.TaskStatus.REPORTED;
import static vn.danvan.api.model.TaskStatus.RETURNED;
import static vn.danvan.task.TaskCommand.*;
import static vn.danvan.task.TaskParty.ASSIGNER;
import static vn.danvan.task.TaskParty.COORDINATOR;
import static vn.danvan.task.TaskParty.LEAD;

/**
 * The task lifecycle (giao – tiếp nhận – thực hiện – báo cáo – đánh giá): the lead unit works and reports, the
 * assigning unit edits, accepts, returns or cancels; coordinating units contribute while the task is open.
 */
final class TaskLifecycle {

    static final Lifecycle<TaskStatus, TaskCommand, TaskParty> TABLE = Lifecycle
            .of(TaskStatus.class, TaskCommand.class, TaskParty.class, "entity.task", "task")
            .stay(EDIT, ASSIGNER, TaskStates.OPEN)
            .move(ACKNOWLEDGE, LEAD, Set.of(ASSIGNED), ACKNOWLEDGED)
            .stay(ASSIGN_OFFICIAL, LEAD, TaskStates.WORKING)
            .move(START, LEAD, Set.of(ASSIGNED, ACKNOWLEDGED, RETURNED), IN_PROGRESS)
            .move(REPORT_PROGRESS, LEAD, TaskStates.WORKING, IN_PROGRESS)
            .stay(CONTRIBUTE, COORDINATOR, TaskStates.OPEN)
            .move(REPORT, LEAD, TaskStates.WORKING, REPORTED)
            .move(ACCEPT, ASSIGNER, Set.of(REPORTED), ACCEPTED)
            .move(RETURN, ASSIGNER, Set.of(REPORTED), RETURNED)
            .move(CANCEL, ASSIGNER, TaskStates.OPEN, CANCELLED)
            .stay(DELEGATE, LEAD, TaskStates.WORKING)
            .stay(REQUEST_EXTENSION, LEAD, TaskStates.WORKING)
            .stay(APPROVE_EXTENSION, ASSIGNER, TaskStates.OPEN)
            // a refusal changes nothing on the task, so it is allowed even after the task closed
            .stay(REFUSE_EXTENSION, ASSIGNER, EnumSet.allOf(TaskStatus.class))
            .build();

    private TaskLifecycle() {
    }
}
