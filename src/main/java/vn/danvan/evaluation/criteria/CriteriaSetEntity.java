package vn.danvan.evaluation.criteria;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import vn.danvan.platform.persistence.SyncedEntity;

import java.util.UUID;

/**
 * One version of a province's criteria set for a year (bộ tiêu chí đánh giá, xếp loại): the criteria tree and the
 * rank thresholds as JSON text in the contract's shapes ({@link CriteriaTree} reads them).
 */
@Entity
@Audited
@Table(name = "evaluation_criteria_set")
public class CriteriaSetEntity extends SyncedEntity {

    @Column(name = "province_id", nullable = false, updatable = false)
    public UUID provinceId;

    @Column(name = "year", nullable = false, updatable = false)
    public int year;

    @Column(name = "set_version", nullable = false, updatable = false)
    public int setVersion;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "legal_basis")
    public String legalBasis;

    @Column(name = "criteria", nullable = false, columnDefinition = "mediumtext")
    public String criteria;

    @Column(name = "rank_thresholds", nullable = false, columnDefinition = "text")
    public String rankThresholds;
}
