package vn.danvan.report;

import vn.danvan.api.model.ReportStatus;
import vn.danvan.platform.lifecycle.Lifecycle;

import java.util.Set;

import static vn.danvan.api.model.ReportStatus.ACCEPTED;
import static vn.danvan.api.model.ReportStatus.DRAFT;
import static vn.danvan.api.model.ReportStatus.RETURNED;
import static vn.danvan.api.model.ReportStatus.SUBMITTED;

/** A report is drafted and submitted by its organisation; the requester returns it (to be edited again) or accepts it. */
final class ReportLifecycle {

    enum Command { EDIT, SUBMIT, RETURN, ACCEPT }

    enum Party { REPORTING_UNIT, REQUESTER }

    static final Lifecycle<ReportStatus, Command, Party> TABLE = Lifecycle
            .of(ReportStatus.class, Command.class, Party.class, "entity.report", "report")
            .stay(Command.EDIT, Party.REPORTING_UNIT, Set.of(DRAFT, RETURNED))
            .move(Command.SUBMIT, Party.REPORTING_UNIT, Set.of(DRAFT, RETURNED), SUBMITTED)
            .move(Command.RETURN, Party.REQUESTER, Set.of(SUBMITTED), RETURNED)
            .move(Command.ACCEPT, Party.REQUESTER, Set.of(SUBMITTED), ACCEPTED)
            .build();

    private ReportLifecycle() {
    }
}
