package vn.danvan.evaluation.scoring;

import vn.danvan.api.model.EvaluationStatus;
import vn.danvan.platform.lifecycle.Lifecycle;

import java.util.Set;

import static vn.danvan.api.model.EvaluationStatus.FINALISED;
import static vn.danvan.api.model.EvaluationStatus.OPEN;

/**
 * An evaluation is scored while open, finalised by the superior (then locked), and reopened by a coordinator of the
 * province with a recorded reason.
 */
final class EvaluationLifecycle {

    enum Action { SCORE, ATTACH, FINALISE, REOPEN }

    /** SCORER: the unit itself or its superior, as the scores say; SUPERIOR: a unit above or a coordinator. */
    enum Party { SCORER, SUPERIOR, COORDINATOR }

    static final Lifecycle<EvaluationStatus, Action, Party> TABLE = Lifecycle
            .of(EvaluationStatus.class, Action.class, Party.class, "entity.evaluation", "evaluation")
            .stay(Action.SCORE, Party.SCORER, Set.of(OPEN))
            .stay(Action.ATTACH, Party.SCORER, Set.of(OPEN))
            .move(Action.FINALISE, Party.SUPERIOR, Set.of(OPEN), FINALISED)
            .move(Action.REOPEN, Party.COORDINATOR, Set.of(FINALISED), OPEN)
            .build();

    private EvaluationLifecycle() {
    }
}
