package vn.danvan.mobilization.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A registration window reopened for one unit (gia hạn đăng ký): late registrations from the unit and the units under
 * it are accepted until {@link #openUntil}; the rest of the province keeps the window's dates.
 */
@Entity
@Table(name = "mobilization_registration_reopening")
public class RegistrationReopeningEntity extends SyncedEntity {

    @Column(name = "window_id", nullable = false, updatable = false)
    public UUID windowId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public UUID organizationId;

    @Column(name = "reason", nullable = false)
    public String reason;

    @Column(name = "open_until", nullable = false)
    public LocalDate openUntil;
}
