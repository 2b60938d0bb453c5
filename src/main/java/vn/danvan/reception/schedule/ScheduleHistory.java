package vn.danvan.reception.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.audit.AuditedFields;
import vn.danvan.platform.audit.AuditedRecord;

import java.util.UUID;

/** The history of a reception session, for those who may see the session. */
@ApplicationScoped
public class ScheduleHistory implements AuditedRecord<ScheduleEntity> {

    static final AuditedFields<ScheduleEntity> FIELDS = AuditedFields.<ScheduleEntity>builder()
            .field("organizationId", s -> s.organizationId)
            .field("sessionType", s -> s.sessionType)
            .field("sessionDate", s -> s.sessionDate)
            .field("startTime", s -> s.startTime)
            .field("endTime", s -> s.endTime)
            .field("place", s -> s.place)
            .field("hostName", s -> s.hostName)
            .field("hostPosition", s -> s.hostPosition)
            .field("delegated", s -> s.delegated)
            .field("published", s -> s.published)
            .field("outcome", s -> s.outcome)
            .field("outcomeNote", s -> s.outcomeNote)
            .build();

    private final ScheduleService schedules;

    ScheduleHistory(ScheduleService schedules) {
        this.schedules = schedules;
    }

    @Override
    public Class<ScheduleEntity> type() {
        return ScheduleEntity.class;
    }

    @Override
    public ScheduleEntity visible(UUID id) {
        return schedules.get(id);
    }

    @Override
    public AuditedFields<ScheduleEntity> fields(ScheduleEntity record) {
        return FIELDS;
    }
}
