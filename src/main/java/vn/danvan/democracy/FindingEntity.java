package vn.danvan.democracy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import vn.danvan.api.model.GrassrootsFindingStatus;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.LocalDate;
import java.util.UUID;

/** A finding of the People's Inspection Board (Ban Thanh tra nhân dân) and how the commune handled it. */
@Entity
@Table(name = "grassroots_finding")
@Audited
public class FindingEntity extends SyncedEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    public UUID organizationId;

    @Column(name = "found_on", nullable = false)
    public LocalDate foundOn;

    @Column(name = "subject", nullable = false)
    public String subject;

    @Column(name = "finding", nullable = false)
    public String finding;

    @Column(name = "recommendation")
    public String recommendation;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public GrassrootsFindingStatus status;

    @Column(name = "handling")
    public String handling;

    @Column(name = "handled_on")
    public LocalDate handledOn;
}
