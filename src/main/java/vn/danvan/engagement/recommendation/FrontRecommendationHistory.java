package vn.danvan.engagement.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.audit.AuditedFields;
import vn.danvan.platform.audit.AuditedPart;
import vn.danvan.platform.audit.AuditedRecord;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The history of a recommendation of the Front with its items: what was recorded, and each item's answer (outcome,
 * text, day) with who gave it. Read by whoever may read the recommendation, the Front's officers included (they see
 * the answers), with the record's own 404.
 */
@ApplicationScoped
public class FrontRecommendationHistory implements AuditedRecord<FrontRecommendationEntity> {

    static final AuditedFields<FrontRecommendationEntity> FIELDS = AuditedFields.<FrontRecommendationEntity>builder()
            .field("issuingOrganizationId", r -> r.issuingOrganizationId)
            .field("levelOrganizationId", r -> r.levelOrganizationId)
            .field("numberSymbol", r -> r.numberSymbol)
            .field("issuedOn", r -> r.issuedOn)
            .field("kind", r -> r.kind)
            .field("subject", r -> r.subject)
            .build();

    static final AuditedPart<RecommendationItemEntity> ITEMS = new AuditedPart<>(RecommendationItemEntity.class,
            "recommendationId", Comparator.comparingInt(i -> i.number), "items",
            AuditedFields.<RecommendationItemEntity>builder()
                    .field("number", i -> i.number)
                    .field("text", i -> i.text)
                    .field("responsibleOrganizationId", i -> i.responsibleOrganizationId)
                    .field("dueDate", i -> i.dueDate)
                    .field("deadlineBasis", i -> i.deadlineBasis)
                    .field("outcome", i -> i.outcome)
                    .field("answer", i -> i.answer)
                    .field("answeredOn", i -> i.answeredOn)
                    .build());

    private final FrontRecommendationService recommendations;

    FrontRecommendationHistory(FrontRecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    public Class<FrontRecommendationEntity> type() {
        return FrontRecommendationEntity.class;
    }

    @Override
    public FrontRecommendationEntity visible(UUID id) {
        return recommendations.get(id);
    }

    @Override
    public AuditedFields<FrontRecommendationEntity> fields(FrontRecommendationEntity record) {
        return FIELDS;
    }

    @Override
    public List<AuditedPart<?>> parts(FrontRecommendationEntity record) {
        return List.of(ITEMS);
    }
}
