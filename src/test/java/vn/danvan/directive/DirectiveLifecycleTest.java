package vn.danvan.directive;

import org.junit.jupiter.api.Test;
import vn.danvan.api.model.DirectiveStatus;
import vn.danvan.directive.DirectiveLifecycle.Command;
import vn.danvan.support.LifecycleMessages;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DirectiveLifecycleTest {

    @Test
    void onlyADraftIsEditedAndOnlyAnIssuedDirectiveIsReplaced() {
        assertEquals(EnumSet.of(Command.EDIT, Command.DELETE, Command.ISSUE),
                DirectiveLifecycle.TABLE.actionsIn(DirectiveStatus.DRAFT));
        assertEquals(EnumSet.of(Command.SUPERSEDE, Command.REVOKE),
                DirectiveLifecycle.TABLE.actionsIn(DirectiveStatus.ISSUED));
        assertEquals(EnumSet.noneOf(Command.class), DirectiveLifecycle.TABLE.actionsIn(DirectiveStatus.REVOKED));
    }

    @Test
    void everyStatusAndActionHasItsNameInBothLanguages() {
        LifecycleMessages.assertNamed(DirectiveLifecycle.TABLE, DirectiveStatus.class);
    }
}
