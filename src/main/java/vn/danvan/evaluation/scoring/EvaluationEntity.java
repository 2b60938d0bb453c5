package vn.danvan.evaluation.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import vn.danvan.api.model.EvaluationStatus;
import vn.danvan.platform.persistence.SyncedEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The evaluation of one unit's dân vận work for one year (đánh giá, xếp loại), scored against one version of its
 * province's criteria set. The final score and rank are kept once finalised; the scores are rows of their own.
 */
@Entity
@Audited
@Table(name = "evaluation")
public class EvaluationEntity extends SyncedEntity {

    @Column(name = "criteria_set_id", nullable = false, updatable = false)
    public UUID criteriaSetId;

    @Column(name = "province_id", nullable = false, updatable = false)
    public UUID provinceId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public UUID organizationId;

    @Column(name = "year", nullable = false, updatable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public EvaluationStatus status;

    @Column(name = "total_score")
    public BigDecimal totalScore;

    @Column(name = "rank_code")
    public String rankCode;

    @Column(name = "rank_name")
    public String rankName;

    @Column(name = "finalised_at")
    public Instant finalisedAt;

    @Column(name = "finalised_by")
    public String finalisedBy;

    /** Set by the first finalisation and kept after reopenings: the criteria set it used is then fixed for good. */
    @Column(name = "finalised_once", nullable = false)
    public boolean finalisedOnce;
}
