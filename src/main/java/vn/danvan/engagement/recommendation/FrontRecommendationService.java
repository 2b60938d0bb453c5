package vn.danvan.engagement.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import vn.danvan.api.model.FrontRecommendationCreate;
import vn.danvan.api.model.OrganizationType;
import vn.danvan.api.model.RecommendationItemAnswer;
import vn.danvan.api.model.RecommendationItemCreate;
import vn.danvan.api.model.RecommendationKind;
import vn.danvan.organization.OrganizationEntity;
import vn.danvan.organization.OrganizationRepository;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.paging.ListQuery;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.Sorting;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The Front's recommendations: recorded with their items, each item answered once by its responsible unit. */
@ApplicationScoped
public class FrontRecommendationService {

    static final String ENTITY = "entity.front-recommendation";
    static final String ITEM = "entity.front-recommendation-item";
    static final Set<OrganizationType> FRONT_TYPES = OrganizationEntity.FRONT_BODIES;
    static final Sorting<FrontRecommendationEntity> SORTING = new Sorting<>(List.of(
            new SortKey<>("issuedOn", "e.issuedOn", LocalDate.class, r -> r.issuedOn)), "e.id", r -> r.id, "-issuedOn");

    private final EntityManager em;
    private final RecommendationAccess access;
    private final OrganizationRepository organizations;
    private final OrganizationTreeQueries directory;
    private final ScopeProvider scopes;
    private final CurrentCaller caller;
    private final AppClock clock;

    FrontRecommendationService(EntityManager em, RecommendationAccess access, OrganizationRepository organizations,
                               OrganizationTreeQueries directory, ScopeProvider scopes, CurrentCaller caller, AppClock clock) {
        this.em = em;
        this.access = access;
        this.organizations = organizations;
        this.directory = directory;
        this.scopes = scopes;
        this.caller = caller;
        this.clock = clock;
    }

    public FrontRecommendationEntity get(UUID id) {
        FrontRecommendationEntity entity = em.find(FrontRecommendationEntity.class, id);
        if (entity == null || entity.deletedAt != null
                || !access.mayRead(entity, items(id).stream().map(i -> i.responsibleOrganizationId).toList())) {
            throw ApiException.notFound(ENTITY, id);
        }
        return entity;
    }

    public List<RecommendationItemEntity> items(UUID recommendationId) {
        return items(List.of(recommendationId));
    }

    public List<RecommendationItemEntity> items(List<UUID> recommendationIds) {
        if (recommendationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from RecommendationItemEntity i where i.recommendationId in :ids"
                + " order by i.recommendationId, i.number", RecommendationItemEntity.class)
                .setParameter("ids", recommendationIds).getResultList();
    }

    /**
     * The issuer must be a Front committee or a socio-political organisation; a Front officer records only their own
     * organisation's, an official one in their scope. Each item goes to the unit the issuer stands beside (its level)
     * or a unit under it: a provincial Front to the province's units, a commune's Front to the commune and its units.
     */
    public FrontRecommendationEntity create(FrontRecommendationCreate request, boolean demo) {
        UUID id = request.getId() == null ? UUID.randomUUID() : request.getId();
        List<FieldViolation> violations = new ArrayList<>();
        OrganizationEntity issuer = organizations.findLive(request.getIssuingOrganizationId()).orElse(null);
        boolean visible = issuer != null && (access.frontOfficer()
                ? access.ownOrganization().filter(issuer.id::equals).isPresent()
                : directory.isWithin(issuer.id, scopes.current()));
        OrganizationEntity level = null;
        if (issuer == null || (!visible && !access.frontOfficer())) {
            violations.add(FieldViolation.of("issuingOrganizationId", "NotFound", "front.issuer-not-found",
                    request.getIssuingOrganizationId()));
        } else if (!visible) {
            violations.add(FieldViolation.of("issuingOrganizationId", "NotOwn", "front.issuer-not-own"));
        } else if (!FRONT_TYPES.contains(issuer.type) || issuer.parentId == null) {
            violations.add(FieldViolation.of("issuingOrganizationId", "NotFront", "front.issuer-not-front", issuer.name));
        } else {
            level = levelOf(issuer);
            if (level == null) {
                violations.add(FieldViolation.of("issuingOrganizationId", "NotFront", "front.issuer-not-front", issuer.name));
            }
        }
        if (level != null) {
            for (int n = 0; n < request.getItems().size(); n++) {
                RecommendationItemCreate item = request.getItems().get(n);
                String field = "items[" + n + "].responsibleOrganizationId";
                OrganizationEntity unit = organizations.findLive(item.getResponsibleOrganizationId()).orElse(null);
                if (unit == null) {
                    violations.add(FieldViolation.of(field, "NotFound", "dialogue.organization-not-found",
                            item.getResponsibleOrganizationId()));
                } else if (!unit.treePath.startsWith(level.treePath)) {
                    violations.add(FieldViolation.of(field, "OutsideLevel", "front.unit-outside-level", unit.name,
                            level.name));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        if (em.find(FrontRecommendationEntity.class, id) != null) {
            throw ApiException.idTaken();
        }
        FrontRecommendationEntity entity = new FrontRecommendationEntity();
        entity.id = id;
        entity.issuingOrganizationId = issuer.id;
        entity.levelOrganizationId = level.id;
        entity.numberSymbol = request.getNumberSymbol();
        entity.issuedOn = request.getIssuedOn();
        entity.kind = request.getKind();
        entity.subject = request.getSubject();
        entity.itemCount = request.getItems().size();
        entity.demo = demo;
        em.persist(entity);
        int number = 1;
        for (RecommendationItemCreate create : request.getItems()) {
            RecommendationItemEntity item = new RecommendationItemEntity();
            item.id = UUID.randomUUID();
            item.recommendationId = id;
            item.number = number++;
            item.text = create.getText();
            item.responsibleOrganizationId = create.getResponsibleOrganizationId();
            item.dueDate = create.getDueDate();
            item.deadlineBasis = create.getDeadlineBasis();
            em.persist(item);
        }
        em.flush();
        return entity;
    }

    /**
     * The unit a Front organisation stands beside: its nearest ancestor that is not itself the Front or a
     * socio-political organisation (the Farmers' Union of the province sits under the provincial Front, and both answer
     * to the province).
     */
    private OrganizationEntity levelOf(OrganizationEntity issuer) {
        OrganizationEntity unit = issuer;
        while (unit != null && FRONT_TYPES.contains(unit.type)) {
            unit = unit.parentId == null ? null : organizations.findLive(unit.parentId).orElse(null);
        }
        return unit;
    }

    /**
     * An item is answered once. The document's version is checked and raised by every answer, so two answers sent at
     * once (to the same item or to two items) cannot both be taken from the same reading: the second is a 409.
     */
    public FrontRecommendationEntity answer(UUID id, UUID itemId, String ifMatch, RecommendationItemAnswer request) {
        FrontRecommendationEntity entity = get(id);
        EntityTags.check(ifMatch, entity.version);
        RecommendationItemEntity item = em.find(RecommendationItemEntity.class, itemId);
        if (item == null || !item.recommendationId.equals(id)) {
            throw ApiException.notFound(ITEM, itemId);
        }
        if (!access.mayAnswer(item.responsibleOrganizationId)) {
            throw new ApiException(ProblemType.FORBIDDEN, "front.not-responsible");
        }
        if (item.answered()) {
            throw new ApiException(ProblemType.INVALID_STATE, "front.item-answered", item.number,
                    item.answeredOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
        em.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        item.outcome = request.getOutcome();
        item.answer = request.getText();
        item.answeredOn = clock.today();
        item.answeredBy = caller.name();
        entity.answeredCount++;
        em.flush();
        return entity;
    }

    public Page<FrontRecommendationEntity> list(String q, UUID issuingOrganizationId, RecommendationKind kind,
                                                Boolean overdue, PageRequest page) {
        ListQuery<FrontRecommendationEntity> query = ListQuery.of(FrontRecommendationEntity.class)
                .where(access::listCondition)
                .matches(q, "e.numberSymbol", "e.subject")
                .equal("e.issuingOrganizationId", issuingOrganizationId)
                .equal("e.kind", kind);
        if (overdue != null) {
            query.where(params -> {
                params.put("today", clock.today());
                String late = "exists (select 1 from RecommendationItemEntity o where o.recommendationId = e.id"
                        + " and o.outcome is null and o.dueDate < :today)";
                return overdue ? late : "not " + late;
            });
        }
        return query.page(em, SORTING.parse(null), page);
    }
}
