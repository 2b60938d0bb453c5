package vn.danvan.evaluation.criteria;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.audit.AuditedFields;
import vn.danvan.platform.audit.AuditedRecord;

import java.util.UUID;

/** The history of a criteria set: issued, corrected (criteria and thresholds shown as their JSON text). */
@ApplicationScoped
public class CriteriaSetHistory implements AuditedRecord<CriteriaSetEntity> {

    static final AuditedFields<CriteriaSetEntity> FIELDS = AuditedFields.<CriteriaSetEntity>builder()
            .field("provinceId", s -> s.provinceId)
            .field("year", s -> s.year)
            .field("setVersion", s -> s.setVersion)
            .field("title", s -> s.title)
            .field("legalBasis", s -> s.legalBasis)
            .field("criteria", s -> s.criteria)
            .field("rankThresholds", s -> s.rankThresholds)
            .build();

    private final CriteriaSets sets;

    CriteriaSetHistory(CriteriaSets sets) {
        this.sets = sets;
    }

    @Override
    public Class<CriteriaSetEntity> type() {
        return CriteriaSetEntity.class;
    }

    @Override
    public CriteriaSetEntity visible(UUID id) {
        return sets.get(id);
    }

    @Override
    public AuditedFields<CriteriaSetEntity> fields(CriteriaSetEntity record) {
        return FIELDS;
    }
}
