package vn.danvan.evaluation.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.audit.AuditedFields;
import vn.danvan.platform.audit.AuditedRecord;

import java.util.UUID;

/**
 * The history of an evaluation: opened, finalised (score, rank, by whom), reopened. The scores are shown with the
 * evaluation (each with who gave it and when), the reopenings with their reasons.
 */
@ApplicationScoped
public class EvaluationHistory implements AuditedRecord<EvaluationEntity> {

    static final AuditedFields<EvaluationEntity> FIELDS = AuditedFields.<EvaluationEntity>builder()
            .field("organizationId", e -> e.organizationId)
            .field("year", e -> e.year)
            .field("criteriaSetId", e -> e.criteriaSetId)
            .field("status", e -> e.status)
            .field("totalScore", e -> e.totalScore == null ? null : e.totalScore.toPlainString())
            .field("rank.code", e -> e.rankCode)
            .field("rank.name", e -> e.rankName)
            .field("finalisedAt", e -> e.finalisedAt)
            .field("finalisedBy", e -> e.finalisedBy)
            .build();

    private final Evaluations evaluations;

    EvaluationHistory(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public Class<EvaluationEntity> type() {
        return EvaluationEntity.class;
    }

    @Override
    public EvaluationEntity visible(UUID id) {
        return evaluations.get(id);
    }

    @Override
    public AuditedFields<EvaluationEntity> fields(EvaluationEntity record) {
        return FIELDS;
    }
}
