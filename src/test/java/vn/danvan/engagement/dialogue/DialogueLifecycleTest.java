package vn.danvan.engagement.dialogue;

import org.junit.jupiter.api.Test;
import vn.danvan.api.model.DialogueItemStatus;
import vn.danvan.api.model.DialogueStatus;
import vn.danvan.engagement.dialogue.DialogueLifecycle.Command;
import vn.danvan.engagement.dialogue.DialogueLifecycle.ItemCommand;
import vn.danvan.support.LifecycleMessages;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DialogueLifecycleTest {

    @Test
    void opinionsAreTakenOnlyWhileTheSessionIsHeldAndNothingAfterItIsClosed() {
        assertEquals(EnumSet.of(Command.HOLD, Command.CANCEL, Command.ANNOUNCE, Command.ATTACH),
                DialogueLifecycle.TABLE.actionsIn(DialogueStatus.PLANNED));
        assertEquals(EnumSet.of(Command.CLOSE, Command.ANNOUNCE, Command.ATTACH, Command.RECORD_ITEM, Command.ANSWER_ITEM),
                DialogueLifecycle.TABLE.actionsIn(DialogueStatus.HELD));
        assertEquals(EnumSet.of(Command.ANNOUNCE), DialogueLifecycle.TABLE.actionsIn(DialogueStatus.CLOSED));
        assertEquals(EnumSet.noneOf(Command.class), DialogueLifecycle.TABLE.actionsIn(DialogueStatus.CANCELLED));
    }

    @Test
    void anOpinionIsAnsweredOrAssignedOnce() {
        assertEquals(EnumSet.of(ItemCommand.ANSWER, ItemCommand.ASSIGN),
                DialogueLifecycle.ITEMS.actionsIn(DialogueItemStatus.OPEN));
        for (DialogueItemStatus status : EnumSet.complementOf(EnumSet.of(DialogueItemStatus.OPEN))) {
            assertEquals(EnumSet.noneOf(ItemCommand.class), DialogueLifecycle.ITEMS.actionsIn(status));
        }
    }

    @Test
    void everyStatusAndActionHasItsNameInBothLanguages() {
        LifecycleMessages.assertNamed(DialogueLifecycle.TABLE, DialogueStatus.class);
        LifecycleMessages.assertNamed(DialogueLifecycle.ITEMS, DialogueItemStatus.class);
    }
}
