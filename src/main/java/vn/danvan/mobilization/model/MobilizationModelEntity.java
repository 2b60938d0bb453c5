package vn.danvan.mobilization.model;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import vn.danvan.api.model.CommendationForm;
import vn.danvan.api.model.MobilizationField;
import vn.danvan.api.model.MobilizationKind;
import vn.danvan.api.model.MobilizationLevel;
import vn.danvan.api.model.MobilizationPhase;
import vn.danvan.api.model.MobilizationStatus;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A "Dân vận khéo" model (mô hình, collective) or exemplar (điển hình, individual) with its whole
 * lifecycle: registration, appraisal, recognition or rejection, selection as outstanding,
 * commendation, publication on the showcase. The status changes only through {@link ModelLifecycle}.
 */
@Entity
@Audited
@Table(name = "mobilization_model")
public class MobilizationModelEntity extends SyncedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public MobilizationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "field", nullable = false)
    public MobilizationField field;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false)
    public MobilizationLevel level;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    /** The root of the registering organisation's tree (the province). */
    @Column(name = "province_id", nullable = false)
    public UUID provinceId;

    @Column(name = "place_organization_id")
    public UUID placeOrganizationId;

    @Column(name = "place_name")
    public String placeName;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false)
    public MobilizationPhase phase;

    @Column(name = "registration_year", nullable = false)
    public int registrationYear;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "objectives", columnDefinition = "text")
    public String objectives;

    @Column(name = "method", columnDefinition = "text")
    public String method;

    @Column(name = "participants", columnDefinition = "text")
    public String participants;

    @Column(name = "beneficiaries", columnDefinition = "text")
    public String beneficiaries;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "planned_end_date")
    public LocalDate plannedEndDate;

    @Column(name = "in_charge_name")
    public String inChargeName;

    @Column(name = "in_charge_position")
    public String inChargePosition;

    @Column(name = "in_charge_phone")
    public String inChargePhone;

    @Column(name = "person_name")
    public String personName;

    @Column(name = "person_position")
    public String personPosition;

    @Column(name = "person_organization")
    public String personOrganization;

    @Column(name = "person_phone")
    public String personPhone;

    @Column(name = "person_email")
    public String personEmail;

    /** The exemplar agreed that phone and email appear on the public showcase. */
    @Column(name = "person_contact_consent", nullable = false)
    public boolean personContactConsent;

    @Column(name = "replication_of_id")
    public UUID replicationOfId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public MobilizationStatus status;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "appraiser_name")
    public String appraiserName;

    @Column(name = "appraised_on")
    public LocalDate appraisedOn;

    @Column(name = "appraisal_comment", columnDefinition = "text")
    public String appraisalComment;

    @Column(name = "appraisal_total")
    public Integer appraisalTotal;

    @Column(name = "appraisal_max_total")
    public Integer appraisalMaxTotal;

    @Enumerated(EnumType.STRING)
    @Column(name = "recognition_level")
    public MobilizationLevel recognitionLevel;

    @Column(name = "recognition_decision")
    public String recognitionDecision;

    @Column(name = "recognition_date")
    public LocalDate recognitionDate;

    @Column(name = "recognition_authority")
    public String recognitionAuthority;

    @Column(name = "rejection_reason", columnDefinition = "text")
    public String rejectionReason;

    @Column(name = "rejected_on")
    public LocalDate rejectedOn;

    @Column(name = "outstanding_on")
    public LocalDate outstandingOn;

    @Column(name = "outstanding_note", columnDefinition = "text")
    public String outstandingNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "commendation_form")
    public CommendationForm commendationForm;

    @Enumerated(EnumType.STRING)
    @Column(name = "commendation_level")
    public MobilizationLevel commendationLevel;

    @Column(name = "commendation_authority")
    public String commendationAuthority;

    @Column(name = "commendation_decision")
    public String commendationDecision;

    @Column(name = "commendation_date")
    public LocalDate commendationDate;

    @Column(name = "return_reason", columnDefinition = "text")
    public String returnReason;

    @Column(name = "withdrawal_reason", columnDefinition = "text")
    public String withdrawalReason;

    /** Set while the model is shown on the public showcase. */
    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "demo", nullable = false)
    public boolean demo;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "mobilization_model_indicator", joinColumns = @JoinColumn(name = "model_id"))
    @OrderColumn(name = "position")
    public List<Indicator> indicators = new ArrayList<>();

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "mobilization_appraisal_score", joinColumns = @JoinColumn(name = "model_id"))
    @OrderColumn(name = "position")
    public List<AppraisalScoreEntry> appraisalScores = new ArrayList<>();

    public boolean isPublished() {
        return publishedAt != null;
    }
}
