package vn.danvan.directive;

import vn.danvan.api.model.DirectiveStatus;
import vn.danvan.platform.lifecycle.Lifecycle;

import java.util.Set;

import static vn.danvan.api.model.DirectiveStatus.DRAFT;
import static vn.danvan.api.model.DirectiveStatus.ISSUED;
import static vn.danvan.api.model.DirectiveStatus.REVOKED;
import static vn.danvan.api.model.DirectiveStatus.SUPERSEDED;

/** A directive is drafted, issued, and then superseded or revoked; only its keeping unit changes it. */
final class DirectiveLifecycle {

    enum Command { EDIT, DELETE, ISSUE, SUPERSEDE, REVOKE }

    /** The unit that keeps the directive (in the caller's scope). */
    enum Party { KEEPING_UNIT }

    static final Lifecycle<DirectiveStatus, Command, Party> TABLE = Lifecycle
            .of(DirectiveStatus.class, Command.class, Party.class, "entity.directive", "directive")
            .stay(Command.EDIT, Party.KEEPING_UNIT, Set.of(DRAFT))
            .stay(Command.DELETE, Party.KEEPING_UNIT, Set.of(DRAFT))
            .move(Command.ISSUE, Party.KEEPING_UNIT, Set.of(DRAFT), ISSUED)
            .move(Command.SUPERSEDE, Party.KEEPING_UNIT, Set.of(ISSUED), SUPERSEDED)
            .move(Command.REVOKE, Party.KEEPING_UNIT, Set.of(ISSUED), REVOKED)
            .build();

    private DirectiveLifecycle() {
    }
}
