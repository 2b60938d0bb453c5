package vn.danvan.engagement.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.FrontRecommendation;
import vn.danvan.api.model.RecommendationItem;
import vn.danvan.api.model.RecommendationItemStatus;
import vn.danvan.api.model.RecommendationStatus;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.mapping.TimeMappings;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Recommendations with their items as the contract shows them; by hand, as the dialogues, since a page needs its
 * items and the units' names read once for all of it.
 */
@ApplicationScoped
public class FrontRecommendationMapper {

    private final OrganizationTreeQueries directory;
    private final FrontRecommendationService service;
    private final AppClock clock;

    FrontRecommendationMapper(OrganizationTreeQueries directory, FrontRecommendationService service, AppClock clock) {
        this.directory = directory;
        this.service = service;
        this.clock = clock;
    }

    public FrontRecommendation toApi(FrontRecommendationEntity entity) {
        return toApi(List.of(entity)).get(0);
    }

    public List<FrontRecommendation> toApi(List<FrontRecommendationEntity> entities) {
        Map<UUID, List<RecommendationItemEntity>> items = service.items(entities.stream().map(e -> e.id).toList())
                .stream().collect(Collectors.groupingBy(i -> i.recommendationId));
        Set<UUID> units = new HashSet<>();
        entities.forEach(e -> units.add(e.issuingOrganizationId));
        items.values().forEach(list -> list.forEach(i -> units.add(i.responsibleOrganizationId)));
        Map<UUID, String> names = directory.names(units);
        LocalDate today = clock.today();
        return entities.stream().map(e -> {
            List<RecommendationItemEntity> own = items.getOrDefault(e.id, List.of());
            boolean open = own.stream().anyMatch(i -> !i.answered());
            return new FrontRecommendation().id(e.id).issuingOrganizationId(e.issuingOrganizationId)
                    .issuingOrganizationName(names.get(e.issuingOrganizationId)).levelOrganizationId(e.levelOrganizationId)
                    .numberSymbol(e.numberSymbol).issuedOn(e.issuedOn).kind(e.kind).subject(e.subject)
                    .status(open ? RecommendationStatus.OPEN : RecommendationStatus.ANSWERED)
                    .items(own.stream().map(i -> new RecommendationItem().id(i.id).number(i.number).text(i.text)
                            .responsibleOrganizationId(i.responsibleOrganizationId)
                            .responsibleOrganizationName(names.get(i.responsibleOrganizationId))
                            .dueDate(i.dueDate).deadlineBasis(i.deadlineBasis)
                            .status(i.answered() ? RecommendationItemStatus.ANSWERED : RecommendationItemStatus.AWAITING_ANSWER)
                            .overdue(i.overdue(today)).outcome(i.outcome).answer(i.answer).answeredOn(i.answeredOn))
                            .toList())
                    .createdAt(TimeMappings.toOffsetDateTime(e.createdAt))
                    .updatedAt(TimeMappings.toOffsetDateTime(e.updatedAt)).version(e.version);
        }).toList();
    }
}
