package vn.danvan.mobilization.settings;

import org.hibernate.envers.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.danvan.api.model.MobilizationPhase;
import vn.danvan.platform.persistence.SyncedEntity;

import java.util.UUID;

/** An appraisal criterion (tiêu chí thẩm định) of a province and phase, with its integer scale. */
@Entity
@Audited
@Table(name = "mobilization_appraisal_criterion")
public class AppraisalCriterionEntity extends SyncedEntity {

    @Column(name = "province_id", nullable = false)
    public UUID provinceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false)
    public MobilizationPhase phase;

    @Column(name = "code", nullable = false)
    public String code;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "description")
    public String description;

    @Column(name = "min_score", nullable = false)
    public int minScore;

    @Column(name = "max_score", nullable = false)
    public int maxScore;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
