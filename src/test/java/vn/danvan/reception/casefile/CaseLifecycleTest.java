package vn.danvan.reception.casefile;

import org.junit.jupiter.api.Test;
import vn.danvan.api.model.CaseStatus;
import vn.danvan.platform.error.ApiException;
import vn.danvan.support.LifecycleMessages;

import java.util.EnumSet;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.danvan.api.model.CaseStatus.*;
import static vn.danvan.reception.casefile.CaseLifecycle.Command.*;

class CaseLifecycleTest {

    @Test
    void aReceivedCaseIsAcceptedOrRefusedAndNothingElse() {
        assertEquals(EnumSet.of(ACCEPT, REFUSE, TRANSFER), CaseLifecycle.TABLE.actionsIn(RECEIVED));
        assertThrows(ApiException.class, () -> CaseLifecycle.TABLE.require(CLOSE, RECEIVED));
    }

    @Test
    void aRunningCaseIsVerifiedDiscussedExtendedDecidedOrClosed() {
        for (CaseStatus running : CaseLifecycle.RUNNING) {
            assertEquals(DECIDED, CaseLifecycle.TABLE.require(DECIDE, running));
            assertEquals(running, CaseLifecycle.TABLE.require(EXTEND, running));
            assertEquals(CLOSED, CaseLifecycle.TABLE.require(CLOSE, running));
        }
        assertEquals(VERIFYING, CaseLifecycle.TABLE.require(VERIFY, DIALOGUE));
        assertEquals(DIALOGUE, CaseLifecycle.TABLE.require(HOLD_DIALOGUE, VERIFYING));
    }

    @Test
    void aFinishedCaseTakesNoMove() {
        assertEquals(EnumSet.noneOf(CaseLifecycle.Command.class), CaseLifecycle.TABLE.actionsIn(CLOSED));
        assertEquals(EnumSet.noneOf(CaseLifecycle.Command.class), CaseLifecycle.TABLE.actionsIn(REFUSED));
    }

    @Test
    void theTransitionEndpointReachesEveryStatusButTheStartAndADecision() {
        assertEquals(Optional.empty(), CaseLifecycle.toward(RECEIVED));
        assertEquals(Optional.empty(), CaseLifecycle.toward(DECIDED));
        assertEquals(Optional.of(ENFORCE), CaseLifecycle.toward(ENFORCED));
    }

    @Test
    void everyStatusAndActionHasItsNameInBothLanguages() {
        LifecycleMessages.assertNamed(CaseLifecycle.TABLE, CaseStatus.class);
    }
}
