package vn.danvan.evaluation.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A finalised evaluation reopened (mở lại): who, why, when, and the score and rank it had then. Never changed. */
@Entity
@Table(name = "evaluation_reopening")
public class EvaluationReopeningEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    public UUID id;

    @Column(name = "evaluation_id", nullable = false, updatable = false)
    public UUID evaluationId;

    @Column(name = "reason", nullable = false, updatable = false)
    public String reason;

    @Column(name = "reopened_by", nullable = false, updatable = false)
    public String reopenedBy;

    @Column(name = "reopened_by_id", nullable = false, updatable = false)
    public String reopenedById;

    @Column(name = "reopened_at", nullable = false, updatable = false)
    public Instant reopenedAt;

    @Column(name = "previous_total", nullable = false, updatable = false)
    public BigDecimal previousTotal;

    @Column(name = "previous_rank_code", nullable = false, updatable = false)
    public String previousRankCode;

    @Column(name = "previous_rank_name", nullable = false, updatable = false)
    public String previousRankName;
}
