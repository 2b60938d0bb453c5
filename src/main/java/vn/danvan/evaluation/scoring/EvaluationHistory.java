package vn.danvan.evaluation.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.audit.AuditedFields;
import vn.danvan.platform.audit.AuditedPart;
import vn.danvan.platform.audit.AuditedRecord;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The history of an evaluation: opened, each score given or changed (the scores audited as a part: {@code scores.*},
 * every score's value in criterion order), finalised (score, rank, by whom), reopened (the reopenings with their
 * reasons are shown with the evaluation).
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

    /** The scores, in criterion order; evidence is shown with the evaluation, not here. */
    static final AuditedPart<EvaluationScoreEntity> SCORES = new AuditedPart<>(EvaluationScoreEntity.class,
            "evaluationId", Comparator.comparing((EvaluationScoreEntity s) -> s.criterionCode), "scores",
            AuditedFields.<EvaluationScoreEntity>builder()
                    .field("criterionCode", s -> s.criterionCode)
                    .field("party", s -> s.party)
                    .field("points", s -> s.points == null ? null : s.points.toPlainString())
                    .field("comment", s -> s.comment)
                    .field("scoredBy", s -> s.scoredBy)
                    .build());

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

    @Override
    public List<AuditedPart<?>> parts(EvaluationEntity record) {
        return List.of(SCORES);
    }
}
