package vn.danvan.mobilization.model;

import org.junit.jupiter.api.Test;
import vn.danvan.api.model.MobilizationStatus;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.MessageList;
import vn.danvan.support.LifecycleMessages;
import vn.danvan.platform.error.MessageRef;
import vn.danvan.platform.error.ProblemType;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danvan.api.model.MobilizationStatus.APPRAISED;
import static vn.danvan.api.model.MobilizationStatus.COMMENDED;
import static vn.danvan.api.model.MobilizationStatus.DRAFT;
import static vn.danvan.api.model.MobilizationStatus.NOT_RECOGNIZED;
import static vn.danvan.api.model.MobilizationStatus.OUTSTANDING;
import static vn.danvan.api.model.MobilizationStatus.RECOGNIZED;
import static vn.danvan.api.model.MobilizationStatus.REGISTERED;
import static vn.danvan.api.model.MobilizationStatus.RETURNED;
import static vn.danvan.api.model.MobilizationStatus.WITHDRAWN;

/** The lifecycle's transition table (the phases' years: settings.PhasesTest). */
class ModelTransitionsTest {

    private static Set<MobilizationStatus> allowed(ModelAction action) {
        Set<MobilizationStatus> set = EnumSet.noneOf(MobilizationStatus.class);
        for (MobilizationStatus s : MobilizationStatus.values()) {
            if (ModelTransitions.TABLE.allows(action, s)) {
                set.add(s);
            }
        }
        return set;
    }

    @Test
    void theScoringPathGoesRegisteredAppraisedRecognized() {
        assertEquals(EnumSet.of(DRAFT, RETURNED), allowed(ModelAction.REGISTRATION));
        assertEquals(EnumSet.of(REGISTERED), allowed(ModelAction.APPRAISAL));
        assertEquals(EnumSet.of(APPRAISED), allowed(ModelAction.RECOGNITION));
        assertEquals(EnumSet.of(APPRAISED), allowed(ModelAction.REJECTION));
        assertEquals(EnumSet.of(REGISTERED, APPRAISED), allowed(ModelAction.RETURN));
        assertEquals(EnumSet.of(RECOGNIZED), allowed(ModelAction.OUTSTANDING_SELECTION));
        assertEquals(EnumSet.of(RECOGNIZED, OUTSTANDING), allowed(ModelAction.COMMENDATION));
        assertEquals(EnumSet.of(RECOGNIZED, OUTSTANDING, COMMENDED), allowed(ModelAction.PUBLICATION));
    }

    @Test
    void aWithdrawnModelAllowsNothing() {
        for (ModelAction action : ModelAction.values()) {
            assertFalse(ModelTransitions.TABLE.allows(action, WITHDRAWN), action.name());
        }
    }

    @Test
    void onlyDraftsAreDeletedAndEveryStatusButDraftReturnedAndWithdrawnTakesProgressReports() {
        assertEquals(EnumSet.of(DRAFT), allowed(ModelAction.DELETE));
        assertEquals(EnumSet.of(REGISTERED, APPRAISED, RECOGNIZED, NOT_RECOGNIZED, OUTSTANDING, COMMENDED),
                allowed(ModelAction.PROGRESS_REPORT));
        assertTrue(ModelTransitions.TABLE.allows(ModelAction.ATTACHMENT, DRAFT));
        assertFalse(ModelTransitions.TABLE.allows(ModelAction.ATTACHMENT, WITHDRAWN));
    }

    @Test
    void everyStatusAndActionHasItsNameInBothLanguages() {
        LifecycleMessages.assertNamed(ModelTransitions.TABLE, MobilizationStatus.class);
    }

    @Test
    void aRefusalNamesTheStatusAndTheStatusesTheActionNeeds() {
        MobilizationModelEntity model = new MobilizationModelEntity();
        model.status = DRAFT;

        ApiException e = assertThrows(ApiException.class, () -> ModelAction.RETURN.requireAllowed(model));

        assertEquals(ProblemType.INVALID_STATE, e.type());
        assertEquals("lifecycle.wrong-state", e.detailKey());
        Object[] args = e.detailArgs();
        assertEquals(new MessageRef("entity.mobilization-model"), args[0]);
        assertEquals(new MessageRef("mobilization.status.DRAFT"), args[1]);
        assertEquals("DRAFT", args[2]);
        assertEquals(new MessageRef("mobilization.action.RETURN"), args[3]);
        assertEquals(new MessageList(List.of(new MessageRef("mobilization.status.REGISTERED"),
                new MessageRef("mobilization.status.APPRAISED"))), args[4]);
        assertEquals("REGISTERED, APPRAISED", args[5]);

        model.status = APPRAISED;
        ModelAction.RETURN.requireAllowed(model);
    }
}
