package vn.danvan.mobilization.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import vn.danvan.api.model.ProgressReportKind;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A progress report or the yearly result report of a model. */
@Entity
@Table(name = "mobilization_progress_report")
public class ProgressReportEntity extends SyncedEntity {

    @Column(name = "model_id", nullable = false)
    public UUID modelId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public ProgressReportKind kind;

    @Column(name = "report_year")
    public Integer reportYear;

    @Column(name = "report_date", nullable = false)
    public LocalDate reportDate;

    @Column(name = "narrative", nullable = false, columnDefinition = "text")
    public String narrative;

    /** For a yearly report: the deadline of the province's window for that year, when there is one. */
    @Column(name = "due_on")
    public LocalDate dueOn;

    @ElementCollection
    @CollectionTable(name = "mobilization_progress_value", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    public List<ReportedValue> values = new ArrayList<>();

    /** Photos of the model (its attachments) that this report shows. */
    @ElementCollection
    @CollectionTable(name = "mobilization_progress_photo", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    @Column(name = "attachment_id", nullable = false)
    public List<UUID> photoIds = new ArrayList<>();

    /** The value an indicator reached, as reported. */
    @Embeddable
    public static class ReportedValue {

        @Column(name = "name", nullable = false)
        public String name;

        @Column(name = "value", nullable = false)
        public double value;
    }
}
