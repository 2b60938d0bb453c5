package vn.danvan.reception.casefile;

import vn.danvan.api.model.CaseStatus;
import vn.danvan.platform.lifecycle.Lifecycle;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static vn.danvan.api.model.CaseStatus.ACCEPTED;
import static vn.danvan.api.model.CaseStatus.CLOSED;
import static vn.danvan.api.model.CaseStatus.DECIDED;
import static vn.danvan.api.model.CaseStatus.DIALOGUE;
import static vn.danvan.api.model.CaseStatus.ENFORCED;
import static vn.danvan.api.model.CaseStatus.RECEIVED;
import static vn.danvan.api.model.CaseStatus.REFUSED;
import static vn.danvan.api.model.CaseStatus.VERIFYING;

/**
 * A complaint, denunciation or petition case: received, accepted for resolution (thụ lý) or refused, verified and
 * discussed in dialogue, decided, enforced, closed. The handling unit (in the caller's scope) makes every move;
 * extensions and decisions need a running case, transfers an unfinished one.
 */
final class CaseLifecycle {

    enum Command { ACCEPT, REFUSE, VERIFY, HOLD_DIALOGUE, DECIDE, ENFORCE, CLOSE, EXTEND, TRANSFER }

    /** The unit handling the case. */
    enum Party { HANDLING_UNIT }

    static final Set<CaseStatus> RUNNING = EnumSet.of(ACCEPTED, VERIFYING, DIALOGUE);

    static final Lifecycle<CaseStatus, Command, Party> TABLE = Lifecycle
            .of(CaseStatus.class, Command.class, Party.class, "entity.case", "case")
            .move(Command.ACCEPT, Party.HANDLING_UNIT, Set.of(RECEIVED), ACCEPTED)
            .move(Command.REFUSE, Party.HANDLING_UNIT, Set.of(RECEIVED), REFUSED)
            .move(Command.VERIFY, Party.HANDLING_UNIT, Set.of(ACCEPTED, DIALOGUE), VERIFYING)
            .move(Command.HOLD_DIALOGUE, Party.HANDLING_UNIT, Set.of(ACCEPTED, VERIFYING), DIALOGUE)
            .move(Command.DECIDE, Party.HANDLING_UNIT, RUNNING, DECIDED)
            .move(Command.ENFORCE, Party.HANDLING_UNIT, Set.of(DECIDED), ENFORCED)
            .move(Command.CLOSE, Party.HANDLING_UNIT, Set.of(ACCEPTED, VERIFYING, DIALOGUE, DECIDED, ENFORCED), CLOSED)
            .stay(Command.EXTEND, Party.HANDLING_UNIT, RUNNING)
            .stay(Command.TRANSFER, Party.HANDLING_UNIT, EnumSet.complementOf(EnumSet.of(CLOSED, REFUSED)))
            .build();

    /** The command of the generic transition endpoint that leads to {@code target}; decisions have their own. */
    private static final Map<CaseStatus, Command> TOWARD = Map.of(ACCEPTED, Command.ACCEPT, REFUSED, Command.REFUSE,
            VERIFYING, Command.VERIFY, DIALOGUE, Command.HOLD_DIALOGUE, ENFORCED, Command.ENFORCE, CLOSED, Command.CLOSE);

    private CaseLifecycle() {
    }

    static Optional<Command> toward(CaseStatus target) {
        return Optional.ofNullable(TOWARD.get(target));
    }
}
