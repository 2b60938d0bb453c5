package vn.danvan.evaluation.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.danvan.api.model.PlanReviewKind;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Sơ kết 6 tháng / tổng kết năm of a plan: the narrative and the items' figures frozen when it was recorded (JSON
 * text in the contract's shape, never recomputed).
 */
@Entity
@Table(name = "yearly_plan_review")
public class PlanReviewEntity extends SyncedEntity {

    @Column(name = "plan_id", nullable = false, updatable = false)
    public UUID planId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    public PlanReviewKind kind;

    @Column(name = "review_date", nullable = false, updatable = false)
    public LocalDate reviewDate;

    @Column(name = "narrative", nullable = false, updatable = false, columnDefinition = "mediumtext")
    public String narrative;

    @Column(name = "figures", nullable = false, updatable = false, columnDefinition = "mediumtext")
    public String figures;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;
}
