package vn.danvan.democracy;

import vn.danvan.platform.persistence.RowLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.GrassrootsFindingCreate;
import vn.danvan.api.model.GrassrootsFindingHandling;
import vn.danvan.api.model.GrassrootsFindingStatus;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.paging.ListQuery;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.Sorting;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The People's Inspection Board's findings at a commune and their handling (open → handled, once). */
@ApplicationScoped
public class FindingService {

    static final String ENTITY = "entity.grassroots-finding";
    static final Sorting<FindingEntity> SORTING = new Sorting<>(List.of(
            new SortKey<>("foundOn", "e.foundOn", LocalDate.class, f -> f.foundOn)),
            "e.id", f -> f.id, "-foundOn");

    private final EntityManager em;
    private final CommuneReach reach;
    private final AppClock clock;

    FindingService(EntityManager em, CommuneReach reach, AppClock clock) {
        this.em = em;
        this.reach = reach;
        this.clock = clock;
    }

    public FindingEntity get(UUID id) {
        return visible(em.find(FindingEntity.class, id), id);
    }

    private FindingEntity visible(FindingEntity entity, UUID id) {
        if (entity == null || entity.deletedAt != null || !reach.reaches(entity.organizationId)) {
            throw ApiException.notFound(ENTITY, id);
        }
        return entity;
    }

    public FindingEntity create(GrassrootsFindingCreate request) {
        reach.requireForNew(request.getOrganizationId());
        if (request.getFoundOn().isAfter(clock.today())) {
            throw ApiException.invalid(FieldViolation.of("foundOn", "PastOrPresent", "grassroots.date-in-future"));
        }
        UUID id = request.getId() == null ? UUID.randomUUID() : request.getId();
        if (em.find(FindingEntity.class, id) != null) {
            throw ApiException.idTaken();
        }
        FindingEntity entity = new FindingEntity();
        entity.id = id;
        entity.organizationId = request.getOrganizationId();
        entity.foundOn = request.getFoundOn();
        entity.subject = request.getSubject();
        entity.finding = request.getFinding();
        entity.recommendation = request.getRecommendation();
        entity.status = GrassrootsFindingStatus.OPEN;
        em.persist(entity);
        em.flush();
        return entity;
    }

    public FindingEntity handle(UUID id, String ifMatch, GrassrootsFindingHandling request) {
        FindingEntity entity = visible(RowLocks.lock(em, FindingEntity.class, id), id);
        EntityTags.require(ifMatch, entity.version);
        if (entity.status != GrassrootsFindingStatus.OPEN) {
            throw new ApiException(ProblemType.INVALID_STATE, "grassroots.finding-handled", entity.handledOn);
        }
        if (request.getHandledOn().isBefore(entity.foundOn)) {
            throw ApiException.invalid(FieldViolation.of("handledOn", "DateOrder", "grassroots.handled-before-found"));
        }
        entity.handling = request.getHandling();
        entity.handledOn = request.getHandledOn();
        entity.status = GrassrootsFindingStatus.HANDLED;
        em.flush();
        return entity;
    }

    public Page<FindingEntity> list(UUID organizationId, GrassrootsFindingStatus status, String q, PageRequest page) {
        Scope within = reach.narrowed(organizationId);
        return ListQuery.of(FindingEntity.class)
                .where(params -> reach.within("e.organizationId", within, params, "units"))
                .equal("e.status", status)
                .matches(q, "e.subject", "e.finding", "e.recommendation", "e.handling")
                .page(em, SORTING.parse(null), page);
    }
}
