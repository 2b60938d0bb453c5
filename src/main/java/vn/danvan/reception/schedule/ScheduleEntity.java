package vn.danvan.reception.schedule;

import org.hibernate.envers.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.danvan.api.model.ReceptionType;
import vn.danvan.api.model.ScheduleOutcome;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** One session of the reception schedule (lịch tiếp công dân). */
@Entity
@Audited
@Table(name = "reception_schedule")
public class ScheduleEntity extends SyncedEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_type", nullable = false)
    public ReceptionType sessionType;

    @Column(name = "session_date", nullable = false)
    public LocalDate sessionDate;

    @Column(name = "start_time", nullable = false)
    public LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    public LocalTime endTime;

    @Column(name = "place", nullable = false)
    public String place;

    @Column(name = "host_name", nullable = false)
    public String hostName;

    @Column(name = "host_position", nullable = false)
    public String hostPosition;

    @Column(name = "delegated", nullable = false)
    public boolean delegated;

    @Column(name = "published", nullable = false)
    public boolean published;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    public ScheduleOutcome outcome;

    @Column(name = "outcome_note")
    public String outcomeNote;

    /** The day has passed and the session was not recorded as held. */
    public boolean missed(LocalDate today) {
        return sessionDate.isBefore(today) && outcome != ScheduleOutcome.HELD;
    }
}
