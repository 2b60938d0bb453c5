package vn.danvan.task;

/** Who acts on a task: the lead unit (đơn vị chủ trì), the unit that assigned it, or a coordinating unit. */
enum TaskParty {
    LEAD,
    ASSIGNER,
    COORDINATOR
}
