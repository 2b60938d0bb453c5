package vn.danvan.task;

import org.junit.jupiter.api.Test;
import vn.danvan.api.model.TaskStatus;
import vn.danvan.support.LifecycleMessages;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.danvan.api.model.TaskStatus.*;
import static vn.danvan.task.TaskCommand.*;

/** The task table; the flows themselves are walked through the API in TaskLifecycleTest. */
class TaskLifecycleTableTest {

    @Test
    void theLeadWorksAndReportsTheAssignerDecides() {
        assertEquals(TaskParty.LEAD, TaskLifecycle.TABLE.party(REPORT));
        assertEquals(TaskParty.ASSIGNER, TaskLifecycle.TABLE.party(ACCEPT));
        assertEquals(TaskParty.COORDINATOR, TaskLifecycle.TABLE.party(CONTRIBUTE));
        assertEquals(REPORTED, TaskLifecycle.TABLE.require(REPORT, RETURNED));
        assertEquals(ACCEPTED, TaskLifecycle.TABLE.require(ACCEPT, REPORTED));
        assertEquals(RETURNED, TaskLifecycle.TABLE.require(RETURN, REPORTED));
    }

    @Test
    void aProgressUpdateMovesAWaitingTaskToInProgressAndKeepsOneInProgress() {
        assertEquals(IN_PROGRESS, TaskLifecycle.TABLE.require(REPORT_PROGRESS, ASSIGNED));
        assertEquals(IN_PROGRESS, TaskLifecycle.TABLE.require(REPORT_PROGRESS, IN_PROGRESS));
    }

    @Test
    void aFinishedTaskTakesNothingButTheRefusalOfAnExtension() {
        for (TaskStatus finished : EnumSet.of(ACCEPTED, CANCELLED)) {
            assertEquals(EnumSet.of(REFUSE_EXTENSION), TaskLifecycle.TABLE.actionsIn(finished), finished.name());
        }
    }

    @Test
    void aReportedTaskWaitsForTheAssigner() {
        assertEquals(EnumSet.of(EDIT, CONTRIBUTE, ACCEPT, RETURN, CANCEL, APPROVE_EXTENSION, REFUSE_EXTENSION),
                TaskLifecycle.TABLE.actionsIn(REPORTED));
    }

    @Test
    void everyStatusAndActionHasItsNameInBothLanguages() {
        LifecycleMessages.assertNamed(TaskLifecycle.TABLE, TaskStatus.class);
    }
}
