package vn.danvan.democracy;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.annotations.BatchSize;
import vn.danvan.api.model.GrassrootsConsultationOutcome;
import vn.danvan.api.model.GrassrootsConsultationStatus;
import vn.danvan.api.model.GrassrootsDutyKind;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A matter put to the people (lấy ý kiến Nhân dân): the question, its options, the hamlets' results, the decision. */
@Entity
@Table(name = "grassroots_consultation")
@Audited
public class ConsultationEntity extends SyncedEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    public UUID organizationId;

    @Column(name = "duty_code", nullable = false)
    public String dutyCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public GrassrootsDutyKind kind;

    @Column(name = "question", nullable = false)
    public String question;

    @ElementCollection(fetch = FetchType.LAZY)
    @NotAudited
    @CollectionTable(name = "grassroots_consultation_option", joinColumns = @JoinColumn(name = "consultation_id"))
    @OrderColumn(name = "position")
    @Column(name = "label", nullable = false)
    @BatchSize(size = 200)
    public List<String> options = new ArrayList<>();

    /**
     * The hamlets' results in the order recorded. Each result writes its own consultation and position (so that it is
     * audited with them, as a part of the consultation's history); this list only reads them.
     */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @NotAudited
    @JoinColumn(name = "consultation_id", insertable = false, updatable = false)
    @OrderBy("position")
    @BatchSize(size = 200)
    public List<HamletResultEntity> hamletResults = new ArrayList<>();

    @Column(name = "opens_on", nullable = false)
    public LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    public LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public GrassrootsConsultationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    public GrassrootsConsultationOutcome outcome;

    @Column(name = "adopted_option")
    public Integer adoptedOption;

    @Column(name = "decision")
    public String decision;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    /** Open to the people on the day: open and the day within its dates. */
    public boolean openOn(LocalDate day) {
        return status == GrassrootsConsultationStatus.OPEN && !opensOn.isAfter(day) && !closesOn.isBefore(day);
    }

    public boolean overdue(LocalDate today) {
        return status == GrassrootsConsultationStatus.OPEN && closesOn.isBefore(today);
    }
}
