package vn.danvan.reception.rules;

import org.hibernate.envers.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.danvan.api.model.CaseInstance;
import vn.danvan.api.model.ReceptionKind;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.LocalDate;

/** A legal time limit of resolution (kind, instance, complex, remote → days), in force between two dates. */
@Entity
@Audited
@Table(name = "deadline_rule")
public class DeadlineRuleEntity extends SyncedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public ReceptionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "instance", nullable = false)
    public CaseInstance instance;

    @Column(name = "complex", nullable = false)
    public boolean complex;

    @Column(name = "remote_area", nullable = false)
    public boolean remoteArea;

    @Column(name = "days", nullable = false)
    public int days;

    @Column(name = "extension_days", nullable = false)
    public int extensionDays;

    @Column(name = "max_extensions", nullable = false)
    public int maxExtensions;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    public boolean inForceOn(LocalDate day) {
        return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
    }
}
