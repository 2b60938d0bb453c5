package vn.danvan.evaluation.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.danvan.platform.persistence.SyncedEntity;

import java.util.UUID;

/** Kế hoạch thực hiện "Năm dân vận chính quyền": one unit's yearly dân vận plan. */
@Entity
@Table(name = "yearly_plan")
public class YearlyPlanEntity extends SyncedEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    public UUID organizationId;

    @Column(name = "year", nullable = false, updatable = false)
    public int year;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "note")
    public String note;
}
