package vn.danvan.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.danvan.api.model.ReportStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An organisation's report for a request: its narrative, corrections and the statistics frozen at submission. */
@Entity
@Table(name = "report")
public class ReportEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    public UUID id;

    @Column(name = "request_id", nullable = false, updatable = false)
    public UUID requestId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public ReportStatus status;

    @Column(name = "results")
    public String results;

    @Column(name = "limitations")
    public String limitations;

    @Column(name = "lessons")
    public String lessons;

    @Column(name = "next_tasks")
    public String nextTasks;

    @Column(name = "proposals")
    public String proposals;

    /** JSON list of {figure, value, reason}. */
    @Column(name = "corrections", nullable = false)
    public String corrections;

    /** JSON list of the computed sections, frozen at the last submission. */
    @Column(name = "snapshot")
    public String snapshot;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "last_reminded_on")
    public LocalDate lastRemindedOn;

    @Column(name = "demo", nullable = false)
    public boolean demo;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;
}
