package vn.danvan.platform.lifecycle;

import org.junit.jupiter.api.Test;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.MessageList;
import vn.danvan.platform.error.MessageRef;
import vn.danvan.platform.error.Messages;
import vn.danvan.platform.error.ProblemType;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LifecycleTest {

    enum Status { DRAFT, OPEN, CLOSED }

    enum Action { OPEN, EDIT, CLOSE }

    enum Party { OWNER, REVIEWER }

    private static Lifecycle.Builder<Status, Action, Party> builder() {
        return Lifecycle.of(Status.class, Action.class, Party.class, "entity.task", "task");
    }

    private static final Lifecycle<Status, Action, Party> TABLE = builder()
            .move(Action.OPEN, Party.OWNER, Set.of(Status.DRAFT), Status.OPEN)
            .stay(Action.EDIT, Party.OWNER, Set.of(Status.DRAFT, Status.OPEN))
            .move(Action.CLOSE, Party.REVIEWER, Set.of(Status.OPEN), Status.CLOSED)
            .build();

    @Test
    void aMoveLeadsToItsStatusAndAStayKeepsTheCurrentOne() {
        assertEquals(Status.OPEN, TABLE.require(Action.OPEN, Status.DRAFT));
        assertEquals(Status.OPEN, TABLE.require(Action.EDIT, Status.OPEN));
        assertEquals(Status.DRAFT, TABLE.require(Action.EDIT, Status.DRAFT));
    }

    @Test
    void theTableNamesWhoActsAndWhatIsAllowedInAStatus() {
        assertEquals(Party.REVIEWER, TABLE.party(Action.CLOSE));
        assertEquals(EnumSet.of(Action.EDIT, Action.CLOSE), TABLE.actionsIn(Status.OPEN));
        assertEquals(EnumSet.noneOf(Action.class), TABLE.actionsIn(Status.CLOSED));
        assertTrue(TABLE.allows(Action.OPEN, Status.DRAFT));
        assertFalse(TABLE.allows(Action.OPEN, Status.OPEN));
    }

    @Test
    void aRefusedMoveIsA409NamingTheRecordStatusActionAndTheStatusesItNeeds() {
        ApiException refused = assertThrows(ApiException.class, () -> TABLE.require(Action.EDIT, Status.CLOSED));

        assertEquals(ProblemType.INVALID_STATE, refused.type());
        assertEquals("lifecycle.wrong-state", refused.detailKey());
        Object[] args = refused.detailArgs();
        assertEquals(new MessageRef("entity.task"), args[0]);
        assertEquals(new MessageRef("task.status.CLOSED"), args[1]);
        assertEquals("CLOSED", args[2]);
        assertEquals(new MessageRef("task.action.EDIT"), args[3]);
        assertEquals(new MessageList(List.of(new MessageRef("task.status.DRAFT"), new MessageRef("task.status.OPEN"))),
                args[4]);
        assertEquals("DRAFT, OPEN", args[5]);
    }

    @Test
    void theRefusalIsRenderedInTheCallersLanguageWithTheNeededStatusesListed() {
        Lifecycle<TaskLike, TaskLikeAction, Party> real = Lifecycle
                .of(TaskLike.class, TaskLikeAction.class, Party.class, "entity.task", "task")
                .move(TaskLikeAction.ACCEPT, Party.REVIEWER, Set.of(TaskLike.REPORTED), TaskLike.ACCEPTED)
                .build();
        ApiException refused = assertThrows(ApiException.class, () -> real.require(TaskLikeAction.ACCEPT, TaskLike.ASSIGNED));

        String english = Messages.render(Locale.ENGLISH, refused.detailKey(), refused.detailArgs());
        String vietnamese = Messages.render(Messages.VIETNAMESE, refused.detailKey(), refused.detailArgs());

        assertEquals("Not possible (acceptance): the task is \"assigned\" (ASSIGNED); allowed only in status: reported (REPORTED).",
                english);
        assertTrue(vietnamese.startsWith("Không thể đánh giá hoàn thành: nhiệm vụ đang ở trạng thái"), vietnamese);
    }

    enum TaskLike { ASSIGNED, REPORTED, ACCEPTED }

    enum TaskLikeAction { ACCEPT }

    @Test
    void aTableThatForgetsAnActionOrDeclaresOneTwiceDoesNotBuild() {
        assertThrows(IllegalStateException.class, () -> builder()
                .move(Action.OPEN, Party.OWNER, Set.of(Status.DRAFT), Status.OPEN).build());
        assertThrows(IllegalStateException.class, () -> builder()
                .stay(Action.EDIT, Party.OWNER, Set.of(Status.DRAFT))
                .stay(Action.EDIT, Party.OWNER, Set.of(Status.OPEN)));
        assertThrows(IllegalArgumentException.class, () -> builder().stay(Action.EDIT, Party.OWNER, Set.of()));
    }
}
