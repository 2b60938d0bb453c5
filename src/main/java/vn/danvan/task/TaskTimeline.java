package vn.danvan.task;

import jakarta.persistence.EntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.TaskAction;
import vn.danvan.api.model.TaskStatus;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.time.AppClock;

/** Writes the lines of a task's timeline. */
@ApplicationScoped
class TaskTimeline {

    private final EntityManager em;
    private final CurrentCaller caller;
    private final TaskAccess access;
    private final AppClock clock;

    TaskTimeline(EntityManager em, CurrentCaller caller, TaskAccess access, AppClock clock) {
        this.em = em;
        this.caller = caller;
        this.access = access;
        this.clock = clock;
    }

    void record(TaskEntity task, TaskAction action, TaskStatus from, String note) {
        TaskEventEntity event = new TaskEventEntity();
        event.taskId = task.id;
        event.action = action;
        event.fromStatus = from;
        event.toStatus = task.status;
        event.actor = caller.name();
        event.organizationId = access.callerOrganization().orElse(null);
        event.note = note == null || note.length() <= 2000 ? note : note.substring(0, 2000);
        event.at = clock.now();
        em.persist(event);
    }
}
