package vn.danvan.engagement.recommendation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import vn.danvan.api.model.RecommendationDeadlineBasis;
import vn.danvan.api.model.RecommendationOutcome;

import java.time.LocalDate;
import java.util.UUID;

/** One recommendation of a document, sent to a responsible unit, with its deadline and answer. */
@Entity
@Table(name = "front_recommendation_item")
@Audited
public class RecommendationItemEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    public UUID id;

    @Column(name = "recommendation_id", nullable = false, updatable = false)
    public UUID recommendationId;

    @Column(name = "number", nullable = false, updatable = false)
    public int number;

    @Column(name = "text", nullable = false)
    public String text;

    @Column(name = "responsible_organization_id", nullable = false)
    public UUID responsibleOrganizationId;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_basis", nullable = false)
    public RecommendationDeadlineBasis deadlineBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    public RecommendationOutcome outcome;

    @Column(name = "answer")
    public String answer;

    @Column(name = "answered_on")
    public LocalDate answeredOn;

    @Column(name = "answered_by")
    public String answeredBy;

    boolean answered() {
        return outcome != null;
    }

    boolean overdue(LocalDate today) {
        return !answered() && dueDate.isBefore(today);
    }
}
