package vn.danvan.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.danvan.api.model.ReportPeriod;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A coordinator's request for reports of a period (yêu cầu báo cáo). */
@Entity
@Table(name = "report_request")
public class ReportRequestEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    public UUID id;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "requesting_organization_id", nullable = false)
    public UUID requestingOrganizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "period", nullable = false)
    public ReportPeriod period;

    @Column(name = "period_year")
    public Integer periodYear;

    @Column(name = "period_number")
    public Integer periodNumber;

    @Column(name = "window_from", nullable = false)
    public LocalDate windowFrom;

    @Column(name = "window_to", nullable = false)
    public LocalDate windowTo;

    @Column(name = "deadline", nullable = false)
    public LocalDate deadline;

    @Column(name = "directive_id")
    public UUID directiveId;

    /** The recurring series it was created with, if any. */
    @Column(name = "series_id", updatable = false)
    public UUID seriesId;

    /** The requesting organisation's own narrative of the consolidated report. */
    @Column(name = "narrative_results")
    public String narrativeResults;

    @Column(name = "narrative_limitations")
    public String narrativeLimitations;

    @Column(name = "narrative_lessons")
    public String narrativeLessons;

    @Column(name = "narrative_next_tasks")
    public String narrativeNextTasks;

    @Column(name = "narrative_proposals")
    public String narrativeProposals;

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
