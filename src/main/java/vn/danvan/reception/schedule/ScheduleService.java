package vn.danvan.reception.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.ReceptionScheduleCreate;
import vn.danvan.api.model.ReceptionScheduleOutcome;
import vn.danvan.api.model.ReceptionScheduleUpdate;
import vn.danvan.api.model.ReceptionType;
import vn.danvan.api.model.ScheduleOutcome;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.organization.ScopeNarrowing;
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
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.security.Roles;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.platform.time.AppClock;
import vn.danvan.reception.rules.LegalRules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The reception schedule: sessions, their outcome, the missed ones and the published ones. */
@ApplicationScoped
public class ScheduleService {

    static final String ENTITY = "entity.reception-schedule";
    static final Sorting<ScheduleEntity> SORTING = new Sorting<>(List.of(
            new SortKey<>("sessionDate", "e.sessionDate", LocalDate.class, s -> s.sessionDate)),
            "e.id", s -> s.id, "sessionDate");
    /** The portal shows a month ahead. */
    static final int PUBLISHED_DAYS = 31;

    private final EntityManager em;
    private final OrganizationTreeQueries directory;
    private final ScopeProvider scopes;
    private final AppClock clock;
    private final LegalRules rules;
    private final ScopeNarrowing narrowing;

    private final CurrentCaller caller;
    private final Event<SchedulePublication> written;

    ScheduleService(EntityManager em, OrganizationTreeQueries directory, ScopeProvider scopes, AppClock clock, LegalRules rules,
                    ScopeNarrowing narrowing, CurrentCaller caller, Event<SchedulePublication> written) {
        this.written = written;
        this.caller = caller;
        this.narrowing = narrowing;
        this.em = em;
        this.directory = directory;
        this.scopes = scopes;
        this.clock = clock;
        this.rules = rules;
    }

    public ScheduleEntity get(UUID id) {
        ScheduleEntity entity = em.find(ScheduleEntity.class, id);
        if (entity == null || entity.deletedAt != null || !directory.isWithin(entity.organizationId, scopes.current())
                || (publishedOnly() && !entity.published)) {
            throw ApiException.notFound(ENTITY, id);
        }
        return entity;
    }

    /** The portal is a public channel: it sees the published schedule only, as anyone may. */
    private boolean publishedOnly() {
        return caller.hasRole(Roles.PORTAL_CLIENT);
    }

    public ScheduleEntity create(ReceptionScheduleCreate request) {
        UUID id = request.getId() == null ? UUID.randomUUID() : request.getId();
        List<FieldViolation> violations = new ArrayList<>();
        if (!directory.isWithin(request.getOrganizationId(), scopes.current())) {
            violations.add(FieldViolation.of("organizationId", "NotFound", "reception.organization-not-found",
                    request.getOrganizationId()));
        }
        check(request.getSessionType(), request.getSessionDate(), request.getStartTime(), request.getEndTime(),
                request.getDelegated(), violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        if (em.find(ScheduleEntity.class, id) != null) {
            throw ApiException.idTaken();
        }
        ScheduleEntity entity = new ScheduleEntity();
        ScheduleRequestMapper.INSTANCE.create(request, entity);
        entity.id = id;
        entity.outcome = ScheduleOutcome.SCHEDULED;
        em.persist(entity);
        em.flush();
        written.fire(new SchedulePublication(entity, false));
        return entity;
    }

    public ScheduleEntity update(UUID id, String ifMatch, ReceptionScheduleUpdate request) {
        ScheduleEntity entity = get(id);
        EntityTags.require(ifMatch, entity.version);
        boolean wasPublished = entity.published;
        long version = entity.version;
        List<FieldViolation> violations = new ArrayList<>();
        if (!entity.organizationId.equals(request.getOrganizationId())) {
            violations.add(FieldViolation.of("organizationId", "Immutable", "reception.schedule-organization-fixed"));
        }
        check(request.getSessionType(), request.getSessionDate(), request.getStartTime(), request.getEndTime(),
                request.getDelegated(), violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        ScheduleRequestMapper.INSTANCE.update(request, entity);
        em.flush();
        if (entity.version != version) {
            written.fire(new SchedulePublication(entity, wasPublished));
        }
        return entity;
    }

    public ScheduleEntity recordOutcome(UUID id, String ifMatch, ReceptionScheduleOutcome request) {
        ScheduleEntity entity = get(id);
        EntityTags.check(ifMatch, entity.version);
        if (entity.sessionDate.isAfter(clock.today())) {
            throw new ApiException(ProblemType.INVALID_STATE, "reception.schedule-not-yet", entity.sessionDate);
        }
        ScheduleRequestMapper.INSTANCE.outcome(request, entity);
        em.flush();
        return entity;
    }

    public Page<ScheduleEntity> list(String q, UUID organizationId, LocalDate from, LocalDate to, ReceptionType type,
                                     Boolean missed, PageRequest page) {
        Scope within = narrowing.narrow(scopes.current(), organizationId, "organizationId", "reception.organization-not-found");
        ListQuery<ScheduleEntity> query = ListQuery.of(ScheduleEntity.class)
                .where(params -> directory.withinScopeJpql("e.organizationId", within, params, "units"))
                .where(publishedOnly() ? "e.published = true" : "1 = 1")
                .matches(q, "e.place", "e.hostName", "e.hostPosition", "e.outcomeNote")
                .atLeast("e.sessionDate", from)
                .atMost("e.sessionDate", to)
                .equal("e.sessionType", type);
        if (missed != null) {
            query.where(params -> {
                params.put("today", clock.today());
                params.put("held", ScheduleOutcome.HELD);
                return missed ? "e.sessionDate < :today and e.outcome <> :held"
                        : "(e.sessionDate >= :today or e.outcome = :held)";
            });
        }
        return query.page(em, SORTING.parse(null), page);
    }

    /** Published sessions from a day for a month, of one unit or all: for anyone, no scope; {@code q} searches what is published. */
    public Page<ScheduleEntity> published(String q, UUID organizationId, LocalDate from, PageRequest page) {
        LocalDate start = from == null ? clock.today() : from;
        return ListQuery.of(ScheduleEntity.class)
                .where("e.published = true")
                .matches(q, "e.place", "e.hostName", "e.hostPosition")
                .atLeast("e.sessionDate", start)
                .atMost("e.sessionDate", start.plusDays(PUBLISHED_DAYS - 1))
                .equal("e.organizationId", organizationId)
                .page(em, SORTING.parse(null), page);
    }

    /** The session ends after it starts; the head receives in person when the rules in force say so. */
    private void check(ReceptionType type, LocalDate date, String start, String end, Boolean delegated,
                       List<FieldViolation> violations) {
        if (!LocalTime.parse(end).isAfter(LocalTime.parse(start))) {
            violations.add(FieldViolation.of("endTime", "TimeOrder", "reception.schedule-end-before-start"));
        }
        if (type == ReceptionType.PERIODIC_HEAD && Boolean.TRUE.equals(delegated) && rules.headMustReceiveInPerson(date)) {
            violations.add(FieldViolation.of("delegated", "HeadInPerson", "reception.head-must-receive"));
        }
    }
}
