package vn.danvan.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.danvan.api.model.AdministrativeLevel;
import vn.danvan.api.model.OrganizationType;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A node of the organisation tree (cơ quan, đơn vị, địa phương), current or historic. Every change is
 * kept in the audit trail (table organization_aud), read by {@link OrganizationHistory}.
 */
@Entity
@Table(name = "organization")
@Audited
public class OrganizationEntity extends SyncedEntity {

    /**
     * Ủy ban Mặt trận Tổ quốc and the socio-political organisations: the bodies that issue recommendations to the
     * government, and the only ones whose accounts may hold FRONT_OFFICER.
     */
    public static final java.util.Set<OrganizationType> FRONT_BODIES = java.util.Set.of(
            OrganizationType.FATHERLAND_FRONT_COMMITTEE, OrganizationType.SOCIO_POLITICAL_ORGANIZATION);

    @Column(name = "official_code")
    public String officialCode;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "short_name")
    public String shortName;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    public OrganizationType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false)
    public AdministrativeLevel level;

    @Column(name = "parent_id")
    public UUID parentId;

    /**
     * Hex ids of the ancestors and this unit, '/'-separated: a subtree is a prefix match. Not audited: it
     * follows from parentId, and a move would otherwise record a change for every unit below.
     */
    @Column(name = "tree_path", nullable = false)
    @NotAudited
    public String treePath;

    @Column(name = "address")
    public String address;

    @Column(name = "phone")
    public String phone;

    @Column(name = "email")
    public String email;

    @Column(name = "lead_name")
    public String leadName;

    @Column(name = "lead_position")
    public String leadPosition;

    @Column(name = "lead_phone")
    public String leadPhone;

    /** The specialist in charge of dân vận beside the lead (chuyên viên kiêm nhiệm; seed 004, item 5). */
    @Column(name = "specialist_name")
    public String specialistName;

    @Column(name = "specialist_position")
    public String specialistPosition;

    @Column(name = "specialist_phone")
    public String specialistPhone;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "successor_id")
    public UUID successorId;

    @Column(name = "dissolution_note")
    public String dissolutionNote;

    @Column(name = "demo", nullable = false)
    public boolean demo;

    /** Active today: not deleted and not ended (a unit dissolved from a future date is still active). */
    public boolean isFrontBody() {
        return FRONT_BODIES.contains(type);
    }

    public boolean isActive(LocalDate today) {
        return deletedAt == null && (validTo == null || !validTo.isBefore(today));
    }

    /** Existed on a day: started (or no start recorded), not yet ended, and not deleted. */
    public boolean isActiveOn(LocalDate day) {
        return deletedAt == null
                && (validFrom == null || !validFrom.isAfter(day))
                && (validTo == null || !validTo.isBefore(day));
    }

    /** Holds its official code: neither deleted nor dissolved (the database's unique key agrees). */
    public boolean holdsCode() {
        return deletedAt == null && validTo == null;
    }

    public static String pathSegment(UUID id) {
        return id.toString().replace("-", "");
    }
}
