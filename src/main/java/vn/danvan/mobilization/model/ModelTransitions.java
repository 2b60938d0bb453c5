package vn.danvan.mobilization.model;

import vn.danvan.api.model.MobilizationStatus;
import vn.danvan.platform.lifecycle.Lifecycle;

import java.util.EnumSet;
import java.util.Set;

import static vn.danvan.api.model.MobilizationStatus.APPRAISED;
import static vn.danvan.api.model.MobilizationStatus.COMMENDED;
import static vn.danvan.api.model.MobilizationStatus.DRAFT;
import static vn.danvan.api.model.MobilizationStatus.NOT_RECOGNIZED;
import static vn.danvan.api.model.MobilizationStatus.OUTSTANDING;
import static vn.danvan.api.model.MobilizationStatus.RECOGNIZED;
import static vn.danvan.api.model.MobilizationStatus.REGISTERED;
import static vn.danvan.api.model.MobilizationStatus.RETURNED;
import static vn.danvan.api.model.MobilizationStatus.WITHDRAWN;
import static vn.danvan.mobilization.model.ModelAction.*;
import static vn.danvan.mobilization.model.ModelTransitions.Party.REGISTERING_UNIT;
import static vn.danvan.mobilization.model.ModelTransitions.Party.REVIEWING_BODY;

/**
 * The "Dân vận khéo" lifecycle (đăng ký – thẩm định – công nhận – khen thưởng – nhân rộng): the registering unit
 * drafts, registers, reports progress or withdraws; the reviewing body (appraisal council, the committee that
 * recognises and commends: roles in the contract) appraises, decides, returns and publishes.
 */
final class ModelTransitions {

    enum Party { REGISTERING_UNIT, REVIEWING_BODY }

    private static final Set<MobilizationStatus> LIVE = EnumSet.complementOf(EnumSet.of(WITHDRAWN));
    private static final Set<MobilizationStatus> SUBMITTED = EnumSet.complementOf(EnumSet.of(DRAFT, RETURNED, WITHDRAWN));

    static final Lifecycle<MobilizationStatus, ModelAction, Party> TABLE = Lifecycle
            .of(MobilizationStatus.class, ModelAction.class, Party.class, "entity.mobilization-model", "mobilization")
            .stay(EDIT, REGISTERING_UNIT, Set.of(DRAFT, RETURNED))
            .stay(DELETE, REGISTERING_UNIT, Set.of(DRAFT))
            .move(REGISTRATION, REGISTERING_UNIT, Set.of(DRAFT, RETURNED), REGISTERED)
            .move(APPRAISAL, REVIEWING_BODY, Set.of(REGISTERED), APPRAISED)
            .move(RECOGNITION, REVIEWING_BODY, Set.of(APPRAISED), RECOGNIZED)
            .move(REJECTION, REVIEWING_BODY, Set.of(APPRAISED), NOT_RECOGNIZED)
            .move(OUTSTANDING_SELECTION, REVIEWING_BODY, Set.of(RECOGNIZED), OUTSTANDING)
            .move(COMMENDATION, REVIEWING_BODY, Set.of(RECOGNIZED, OUTSTANDING), COMMENDED)
            .move(RETURN, REVIEWING_BODY, Set.of(REGISTERED, APPRAISED), RETURNED)
            .move(WITHDRAWAL, REGISTERING_UNIT, Set.of(DRAFT, REGISTERED, RETURNED, APPRAISED), WITHDRAWN)
            .stay(PUBLICATION, REVIEWING_BODY, Set.of(RECOGNIZED, OUTSTANDING, COMMENDED))
            .stay(PROGRESS_REPORT, REGISTERING_UNIT, SUBMITTED)
            .stay(ATTACHMENT, REGISTERING_UNIT, LIVE)
            .build();

    private ModelTransitions() {
    }
}
