package vn.danvan.reception.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.ReceptionScheduleCreate;
import vn.danvan.api.model.ReceptionScheduleOutcome;
import vn.danvan.api.model.ReceptionScheduleUpdate;
import vn.danvan.api.model.ReceptionType;
import vn.danvan.api.model.ScheduleOutcome;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.ScopeNarrowing;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.paging.KeysetPager;
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
    private final OrganizationDirectory directory;
    private final ScopeProvider scopes;
    private final AppClock clock;
    private final LegalRules rules;
    private final ScopeNarrowing narrowing;

    private final CurrentCaller caller;

    ScheduleService(EntityManager em, OrganizationDirectory directory, ScopeProvider scopes, AppClock clock, LegalRules rules,
                    ScopeNarrowing narrowing, CurrentCaller caller) {
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
        ScheduleEntity entity = new ScheduleEntity();
        entity.id = id;
        entity.organizationId = request.getOrganizationId();
        entity.outcome = ScheduleOutcome.SCHEDULED;
        List<FieldViolation> violations = new ArrayList<>();
        if (!directory.isWithin(request.getOrganizationId(), scopes.current())) {
            violations.add(FieldViolation.of("organizationId", "NotFound", "reception.organization-not-found",
                    request.getOrganizationId()));
        }
        apply(entity, request.getSessionType(), request.getSessionDate(), request.getStartTime(), request.getEndTime(),
                request.getPlace(), request.getHostName(), request.getHostPosition(), request.getDelegated(),
                request.getPublished(), violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        if (em.find(ScheduleEntity.class, id) != null) {
            throw ApiException.idTaken();
        }
        em.persist(entity);
        em.flush();
        return entity;
    }

    public ScheduleEntity update(UUID id, String ifMatch, ReceptionScheduleUpdate request) {
        ScheduleEntity entity = get(id);
        EntityTags.require(ifMatch, entity.version);
        List<FieldViolation> violations = new ArrayList<>();
        if (!entity.organizationId.equals(request.getOrganizationId())) {
            violations.add(FieldViolation.of("organizationId", "Immutable", "reception.schedule-organization-fixed"));
        }
        apply(entity, request.getSessionType(), request.getSessionDate(), request.getStartTime(), request.getEndTime(),
                request.getPlace(), request.getHostName(), request.getHostPosition(), request.getDelegated(),
                request.getPublished(), violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        em.flush();
        return entity;
    }

    public ScheduleEntity recordOutcome(UUID id, String ifMatch, ReceptionScheduleOutcome request) {
        ScheduleEntity entity = get(id);
        EntityTags.check(ifMatch, entity.version);
        if (entity.sessionDate.isAfter(clock.today())) {
            throw new ApiException(ProblemType.INVALID_STATE, "reception.schedule-not-yet", entity.sessionDate);
        }
        entity.outcome = ScheduleOutcome.fromValue(request.getOutcome().value());
        entity.outcomeNote = request.getNote();
        em.flush();
        return entity;
    }

    public Page<ScheduleEntity> list(UUID organizationId, LocalDate from, LocalDate to, ReceptionType type, Boolean missed,
                                     PageRequest page) {
        StringBuilder jpql = new StringBuilder("from ScheduleEntity e where e.deletedAt is null");
        Map<String, Object> params = new HashMap<>();
        Scope scope = scopes.current();
        Scope within = narrowing.narrow(scope, organizationId, "organizationId", "reception.organization-not-found");
        jpql.append(" and ").append(directory.withinScopeJpql("e.organizationId", within, params, "units"));
        if (publishedOnly()) {
            jpql.append(" and e.published = true");
        }
        if (from != null) {
            jpql.append(" and e.sessionDate >= :from");
            params.put("from", from);
        }
        if (to != null) {
            jpql.append(" and e.sessionDate <= :to");
            params.put("to", to);
        }
        if (type != null) {
            jpql.append(" and e.sessionType = :type");
            params.put("type", type);
        }
        if (missed != null) {
            jpql.append(missed ? " and e.sessionDate < :today and e.outcome <> :held"
                    : " and (e.sessionDate >= :today or e.outcome = :held)");
            params.put("today", clock.today());
            params.put("held", ScheduleOutcome.HELD);
        }
        String filters = String.join("|", String.valueOf(organizationId), String.valueOf(from), String.valueOf(to),
                String.valueOf(type), String.valueOf(missed), String.valueOf(scope.treePath()),
                String.valueOf(publishedOnly()));
        return KeysetPager.page(em, ScheduleEntity.class, jpql.toString(), params, filters, SORTING.parse(null), page);
    }

    /** Published sessions from a day for a month, of one unit or all: for anyone, no scope. */
    public Page<ScheduleEntity> published(UUID organizationId, LocalDate from, PageRequest page) {
        LocalDate start = from == null ? clock.today() : from;
        StringBuilder jpql = new StringBuilder("from ScheduleEntity e where e.deletedAt is null and e.published = true"
                + " and e.sessionDate between :from and :to");
        Map<String, Object> params = new HashMap<>(Map.of("from", start, "to", start.plusDays(PUBLISHED_DAYS - 1)));
        if (organizationId != null) {
            jpql.append(" and e.organizationId = :org");
            params.put("org", organizationId);
        }
        String filters = "public|" + organizationId + "|" + start;
        return KeysetPager.page(em, ScheduleEntity.class, jpql.toString(), params, filters, SORTING.parse(null), page);
    }

    private void apply(ScheduleEntity entity, ReceptionType type, LocalDate date, String start, String end, String place,
                       String hostName, String hostPosition, Boolean delegated, Boolean published,
                       List<FieldViolation> violations) {
        LocalTime startTime = LocalTime.parse(start);
        LocalTime endTime = LocalTime.parse(end);
        if (!endTime.isAfter(startTime)) {
            violations.add(FieldViolation.of("endTime", "TimeOrder", "reception.schedule-end-before-start"));
        }
        boolean byDeputy = Boolean.TRUE.equals(delegated);
        if (type == ReceptionType.PERIODIC_HEAD && byDeputy && rules.headMustReceiveInPerson(date)) {
            violations.add(FieldViolation.of("delegated", "HeadInPerson", "reception.head-must-receive"));
        }
        entity.sessionType = type;
        entity.sessionDate = date;
        entity.startTime = startTime;
        entity.endTime = endTime;
        entity.place = place;
        entity.hostName = hostName;
        entity.hostPosition = hostPosition;
        entity.delegated = byDeputy;
        entity.published = published == null || published;
    }
}
