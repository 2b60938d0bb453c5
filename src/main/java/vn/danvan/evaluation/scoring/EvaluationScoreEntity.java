package vn.danvan.evaluation.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import vn.danvan.api.model.EvaluationParty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The points one party gave one criterion of an evaluation, with its comment and evidence (JSON text). */
@Entity
@Audited
@Table(name = "evaluation_score")
public class EvaluationScoreEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    public UUID id;

    @Column(name = "evaluation_id", nullable = false, updatable = false)
    public UUID evaluationId;

    @Column(name = "criterion_code", nullable = false, updatable = false)
    public String criterionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "party", nullable = false)
    public EvaluationParty party;

    @Column(name = "points", nullable = false)
    public BigDecimal points;

    @Column(name = "comment")
    public String comment;

    /** {@code {"attachmentIds":[…],"links":[{"type":…,"id":…}]}}. */
    @Column(name = "evidence", nullable = false, columnDefinition = "text")
    public String evidence;

    @Column(name = "scored_by", nullable = false)
    public String scoredBy;

    @Column(name = "scored_at", nullable = false)
    public Instant scoredAt;
}
