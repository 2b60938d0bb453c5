package vn.danvan.mobilization.model;

import vn.danvan.api.model.MobilizationStatus;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.MessageRef;
import vn.danvan.platform.error.ProblemType;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static vn.danvan.api.model.MobilizationStatus.APPRAISED;
import static vn.danvan.api.model.MobilizationStatus.COMMENDED;
import static vn.danvan.api.model.MobilizationStatus.DRAFT;
import static vn.danvan.api.model.MobilizationStatus.NOT_RECOGNIZED;
import static vn.danvan.api.model.MobilizationStatus.OUTSTANDING;
import static vn.danvan.api.model.MobilizationStatus.RECOGNIZED;
import static vn.danvan.api.model.MobilizationStatus.REGISTERED;
import static vn.danvan.api.model.MobilizationStatus.RETURNED;

/**
 * What may be done to a model in which status: the lifecycle's transition table in one place. A
 * request in another status is a 409 naming the current status and the ones the action needs.
 */
enum ModelAction {
    EDIT(DRAFT, RETURNED),
    DELETE(DRAFT),
    REGISTRATION(DRAFT, RETURNED),
    APPRAISAL(REGISTERED),
    RECOGNITION(APPRAISED),
    REJECTION(APPRAISED),
    OUTSTANDING_SELECTION(RECOGNIZED),
    COMMENDATION(RECOGNIZED, OUTSTANDING),
    RETURN(REGISTERED, APPRAISED),
    WITHDRAWAL(DRAFT, REGISTERED, RETURNED, APPRAISED),
    PUBLICATION(RECOGNIZED, OUTSTANDING, COMMENDED),
    PROGRESS_REPORT(REGISTERED, APPRAISED, RECOGNIZED, NOT_RECOGNIZED, OUTSTANDING, COMMENDED),
    ATTACHMENT(DRAFT, REGISTERED, RETURNED, APPRAISED, RECOGNIZED, NOT_RECOGNIZED, OUTSTANDING, COMMENDED);

    private final Set<MobilizationStatus> from;

    ModelAction(MobilizationStatus first, MobilizationStatus... rest) {
        this.from = EnumSet.of(first, rest);
    }

    boolean allowedIn(MobilizationStatus status) {
        return from.contains(status);
    }

    /** Throws the 409 unless the model's status allows this action. */
    void requireAllowed(MobilizationModelEntity model) {
        if (!allowedIn(model.status)) {
            String allowed = from.stream().map(Enum::name).collect(Collectors.joining(", "));
            throw new ApiException(ProblemType.INVALID_STATE, "mobilization.wrong-state",
                    new MessageRef("mobilization.status." + model.status.name()), model.status.name(),
                    new MessageRef("mobilization.action." + name()), allowed);
        }
    }
}
