package vn.danvan.reception.casefile;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import vn.danvan.api.model.CaseInstance;
import vn.danvan.api.model.CaseStatus;
import vn.danvan.api.model.ReceptionDomain;
import vn.danvan.api.model.ReceptionKind;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A case (vụ việc) accepted for resolution from one reception record. */
@Entity
@Audited
@Table(name = "reception_case")
public class CaseEntity extends SyncedEntity {

    /** Stages in which the legal time limit runs. */
    public static final Set<CaseStatus> RUNNING = CaseLifecycle.RUNNING;

    @Column(name = "reception_id", nullable = false, updatable = false)
    public UUID receptionId;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public ReceptionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "domain", nullable = false)
    public ReceptionDomain domain;

    @Enumerated(EnumType.STRING)
    @Column(name = "instance", nullable = false)
    public CaseInstance instance;

    @Column(name = "complex", nullable = false)
    public boolean complex;

    @Column(name = "remote_area", nullable = false)
    public boolean remoteArea;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(name = "accepted_on")
    public LocalDate acceptedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public CaseStatus status;

    @Column(name = "deadline_rule_id")
    public UUID deadlineRuleId;

    @Column(name = "deadline")
    public LocalDate deadline;

    @Column(name = "extension_count", nullable = false)
    public int extensionCount;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decision_summary")
    public String decisionSummary;

    @Column(name = "result_public", nullable = false)
    public boolean resultPublic;

    @Column(name = "public_summary")
    public String publicSummary;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "demo", nullable = false)
    public boolean demo;

    @NotAudited
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("position")
    @BatchSize(size = 200)
    public List<CaseExtensionEntity> extensions = new ArrayList<>();

    @NotAudited
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("createdAt")
    @BatchSize(size = 200)
    public List<CaseTransferEntity> transfers = new ArrayList<>();

    @NotAudited
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("createdAt")
    @BatchSize(size = 200)
    public List<CaseStatusChangeEntity> statusHistory = new ArrayList<>();

    @NotAudited
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("createdAt")
    public List<CasePublicationEntity> publicationHistory = new ArrayList<>();

    /** Open, with a deadline that passed before today (local date). */
    public boolean overdue(LocalDate today) {
        return RUNNING.contains(status) && deadline != null && deadline.isBefore(today);
    }
}
