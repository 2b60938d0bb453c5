package vn.danvan.reception.rules;

import org.hibernate.envers.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.danvan.api.model.LegalRuleCode;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.LocalDate;

/**
 * One value of a rule kept as data, from a date (e.g. the head receives in person from 1 July 2026; five people make a
 * mass case): the rows of one code are its history.
 */
@Entity
@Audited
@Table(name = "reception_rule")
public class ReceptionRuleEntity extends SyncedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "code", nullable = false)
    public LegalRuleCode code;

    @Column(name = "parameter")
    public Integer parameter;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;
}
