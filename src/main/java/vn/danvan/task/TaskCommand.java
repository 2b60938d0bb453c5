package vn.danvan.task;

/** What can be done to a task; {@link TaskLifecycle} says by whom and in which status. */
enum TaskCommand {
    EDIT,
    ACKNOWLEDGE,
    ASSIGN_OFFICIAL,
    START,
    REPORT_PROGRESS,
    CONTRIBUTE,
    REPORT,
    ACCEPT,
    RETURN,
    CANCEL,
    DELEGATE,
    REQUEST_EXTENSION,
    APPROVE_EXTENSION,
    REFUSE_EXTENSION
}
