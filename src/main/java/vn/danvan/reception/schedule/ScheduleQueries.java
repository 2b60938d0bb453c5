package vn.danvan.reception.schedule;

import vn.danvan.platform.sync.DeltaCollection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.UUID;

/** What the reception book asks of the schedule: whether a session exists for the receiving unit. */
@ApplicationScoped
public class ScheduleQueries {

    /** Reception schedules in the mobile sync: those of the units within the caller's reach. */
    static final DeltaCollection<ScheduleEntity> SYNC =
            DeltaCollection.ofUnit("reception-schedules", ScheduleEntity.class, "e.organizationId");

    private final EntityManager em;

    ScheduleQueries(EntityManager em) {
        this.em = em;
    }

    public boolean belongsTo(UUID scheduleId, UUID organizationId) {
        ScheduleEntity schedule = em.find(ScheduleEntity.class, scheduleId);
        return schedule != null && schedule.deletedAt == null && schedule.organizationId.equals(organizationId);
    }
}
