package vn.danvan.mobilization.settings;

import org.hibernate.envers.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.danvan.api.model.MobilizationPhase;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.LocalDate;
import java.util.UUID;

/** A province's registration window for one year (thời hạn đăng ký) and its yearly report deadline. */
@Entity
@Audited
@Table(name = "mobilization_registration_window")
public class RegistrationWindowEntity extends SyncedEntity {

    @Column(name = "province_id", nullable = false)
    public UUID provinceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false)
    public MobilizationPhase phase;

    @Column(name = "year", nullable = false)
    public int year;

    @Column(name = "opens_on", nullable = false)
    public LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    public LocalDate closesOn;

    @Column(name = "report_due_on", nullable = false)
    public LocalDate reportDueOn;

    @Column(name = "note")
    public String note;

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
