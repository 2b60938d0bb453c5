package vn.danvan.reception.schedule;

/**
 * A session was written: created, or changed by an update. Fired in the transaction of the change with whether it
 * was public before, so that those who follow the public schedule know whether it appeared, changed or went.
 */
public record SchedulePublication(ScheduleEntity schedule, boolean wasPublished) {
}
