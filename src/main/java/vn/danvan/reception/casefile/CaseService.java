package vn.danvan.reception.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.CaseCreate;
import vn.danvan.api.model.CaseDecisionCreate;
import vn.danvan.api.model.CaseExtensionCreate;
import vn.danvan.api.model.CaseInstance;
import vn.danvan.api.model.CasePublicationAction;
import vn.danvan.api.model.CaseStatus;
import vn.danvan.api.model.CaseTransferCreate;
import vn.danvan.api.model.CaseTransition;
import vn.danvan.api.model.ReceptionHandling;
import vn.danvan.api.model.ReceptionKind;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.platform.sync.SyncDepartures;
import vn.danvan.platform.text.PublicText;
import vn.danvan.platform.time.AppClock;
import vn.danvan.reception.record.ReceptionEntity;
import vn.danvan.reception.record.ReceptionService;
import vn.danvan.reception.rules.DeadlineRuleEntity;
import vn.danvan.reception.rules.LegalRules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The life of a case: opening from a reception, acceptance with the legal deadline from the rules in
 * force, stages, extensions of denunciations, transfers, and the decision written back to the book.
 */
@ApplicationScoped
public class CaseService {

    static final String ENTITY = "entity.case";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The stages each stage may move to (DECIDED only through the decision). */
    private final EntityManager em;
    private final ReceptionService receptions;
    private final OrganizationTreeQueries directory;
    private final ScopeProvider scopes;
    private final LegalRules rules;
    private final AppClock clock;
    private final CurrentCaller caller;
    private final Event<CaseDecided> decisions;
    private final Event<CaseResultPublication> publications;
    private final SyncDepartures departures;

    CaseService(EntityManager em, ReceptionService receptions, OrganizationTreeQueries directory, ScopeProvider scopes,
                LegalRules rules, AppClock clock, CurrentCaller caller, Event<CaseDecided> decisions,
                Event<CaseResultPublication> publications, SyncDepartures departures) {
        this.departures = departures;
        this.decisions = decisions;
        this.publications = publications;
        this.em = em;
        this.receptions = receptions;
        this.directory = directory;
        this.scopes = scopes;
        this.rules = rules;
        this.clock = clock;
        this.caller = caller;
    }

    public CaseEntity get(UUID id) {
        CaseEntity entity = em.find(CaseEntity.class, id);
        if (entity == null || entity.deletedAt != null || !directory.isWithin(entity.organizationId, scopes.current())) {
            throw ApiException.notFound(ENTITY, id);
        }
        return entity;
    }

    public CaseEntity open(CaseCreate request, boolean demo) {
        ReceptionEntity reception = receptions.findVisible(request.getReceptionId()).orElseThrow(() -> ApiException.invalid(
                FieldViolation.of("receptionId", "NotFound", "reception.reception-not-found", request.getReceptionId())));
        if (reception.handling != ReceptionHandling.ACCEPTED) {
            throw ApiException.invalid(FieldViolation.of("receptionId", "Handling", "reception.case-needs-acceptance"));
        }
        if (reception.kind == ReceptionKind.DENUNCIATION && request.getInstance() != CaseInstance.FIRST) {
            throw ApiException.invalid(FieldViolation.of("instance", "Instance", "reception.denunciation-single-instance"));
        }
        if (request.getAcceptedOn() != null) {
            checkDay("acceptedOn", request.getAcceptedOn(), reception.receivedOn, "reception.accepted-before-receipt");
        }
        Long existing = em.createQuery("select count(c) from CaseEntity c where c.receptionId = :r", Long.class)
                .setParameter("r", reception.id).getSingleResult();
        if (existing > 0) {
            throw new ApiException(ProblemType.CONFLICT, "reception.case-exists");
        }
        UUID id = request.getId() == null ? UUID.randomUUID() : request.getId();
        if (em.find(CaseEntity.class, id) != null) {
            throw ApiException.idTaken();
        }
        CaseEntity entity = CaseRequestMapper.INSTANCE.newCase(request);
        entity.id = id;
        // A case keeps its reception's unit, kind, subject and day of receipt.
        entity.organizationId = reception.organizationId;
        entity.kind = reception.kind;
        entity.domain = reception.domain;
        entity.receivedOn = reception.receivedOn;
        entity.status = CaseStatus.RECEIVED;
        entity.demo = demo;
        record(entity, null, CaseStatus.RECEIVED, reception.receivedOn, null);
        if (request.getAcceptedOn() != null) {
            accept(entity, request.getAcceptedOn());
            record(entity, CaseStatus.RECEIVED, CaseStatus.ACCEPTED, request.getAcceptedOn(), null);
        }
        em.persist(entity);
        em.flush();
        return entity;
    }

    public CaseEntity transition(UUID id, String ifMatch, CaseTransition request) {
        CaseEntity entity = get(id);
        EntityTags.check(ifMatch, entity.version);
        CaseStatus target = CaseStatus.fromValue(request.getStatus().toString());
        LocalDate on = request.getChangedOn();
        checkDay("changedOn", on, lastChange(entity), "reception.change-before-previous");
        CaseLifecycle.Command command = CaseLifecycle.toward(target).orElseThrow(() ->
                new ApiException(ProblemType.INVALID_STATE, "reception.case-transition", entity.status, target));
        CaseLifecycle.TABLE.require(command, entity.status);
        if (target == CaseStatus.ACCEPTED) {
            accept(entity, on);
        }
        if (target == CaseStatus.CLOSED) {
            entity.closedOn = on;
        }
        record(entity, entity.status, target, on, request.getNote());
        entity.status = target;
        em.flush();
        return entity;
    }

    public CaseEntity extend(UUID id, String ifMatch, CaseExtensionCreate request) {
        CaseEntity entity = get(id);
        EntityTags.check(ifMatch, entity.version);
        if (entity.kind != ReceptionKind.DENUNCIATION) {
            throw new ApiException(ProblemType.INVALID_STATE, "reception.extension-only-denunciation");
        }
        CaseLifecycle.TABLE.require(CaseLifecycle.Command.EXTEND, entity.status);
        checkDay("decidedOn", request.getDecidedOn(), entity.acceptedOn, "reception.decision-before-acceptance");
        DeadlineRuleEntity rule = rules.deadlineRule(entity.deadlineRuleId);
        if (rule == null || entity.extensionCount >= rule.maxExtensions) {
            throw new ApiException(ProblemType.INVALID_STATE, "reception.extensions-exhausted",
                    rule == null ? 0 : rule.maxExtensions);
        }
        CaseExtensionEntity extension = CaseRequestMapper.INSTANCE.newExtension(request);
        extension.id = UUID.randomUUID();
        extension.position = entity.extensionCount + 1;
        extension.days = rule.extensionDays;
        extension.createdAt = clock.now().truncatedTo(ChronoUnit.MICROS);
        entity.extensions.add(extension);
        entity.extensionCount++;
        entity.deadline = entity.deadline.plusDays(rule.extensionDays);
        em.flush();
        return entity;
    }

    public CaseEntity transfer(UUID id, String ifMatch, CaseTransferCreate request) {
        CaseEntity entity = get(id);
        EntityTags.check(ifMatch, entity.version);
        if (request.getToOrganizationId().equals(entity.organizationId)) {
            throw ApiException.invalid(FieldViolation.of("toOrganizationId", "Self", "reception.transfer-to-self"));
        }
        if (directory.treePath(request.getToOrganizationId()).isEmpty()) {
            throw ApiException.invalid(FieldViolation.of("toOrganizationId", "NotFound", "reception.organization-not-found",
                    request.getToOrganizationId()));
        }
        checkDay("transferredOn", request.getTransferredOn(), entity.receivedOn, "reception.change-before-previous");
        CaseLifecycle.TABLE.require(CaseLifecycle.Command.TRANSFER, entity.status);
        CaseTransferEntity transfer = CaseRequestMapper.INSTANCE.newTransfer(request);
        transfer.id = UUID.randomUUID();
        transfer.fromOrganizationId = entity.organizationId;
        transfer.actorId = caller.id();
        transfer.createdAt = clock.now().truncatedTo(ChronoUnit.MICROS);
        entity.transfers.add(transfer);
        departures.record(CaseQueries.SYNC, entity.id, entity.organizationId, transfer.toOrganizationId);
        entity.organizationId = transfer.toOrganizationId;
        em.flush();
        return entity;
    }

    public CaseEntity decide(UUID id, String ifMatch, CaseDecisionCreate request) {
        CaseEntity entity = get(id);
        EntityTags.check(ifMatch, entity.version);
        CaseStatus decided = CaseLifecycle.TABLE.require(CaseLifecycle.Command.DECIDE, entity.status);
        checkDay("decidedOn", request.getDecidedOn(), entity.acceptedOn, "reception.decision-before-acceptance");
        boolean publish = Boolean.TRUE.equals(request.getPublishResult());
        if (publish && (request.getPublicSummary() == null || request.getPublicSummary().isBlank())) {
            throw ApiException.invalid(FieldViolation.of("publicSummary", "NotBlank", "reception.public-summary-required"));
        }
        if (publish) {
            requireNoPersonalData(entity, request.getPublicSummary());
            recordPublication(entity, CasePublicationAction.PUBLISHED, null);
        }
        CaseRequestMapper.INSTANCE.decide(request, entity);
        entity.resultPublic = publish;
        entity.publicSummary = publish ? request.getPublicSummary() : null;
        record(entity, entity.status, decided, request.getDecidedOn(), null);
        entity.status = decided;
        receptions.writeFollowUp(entity.receptionId, "Quyết định số " + request.getNumber() + " ngày "
                + DAY.format(request.getDecidedOn()) + ": " + request.getSummary());
        em.flush();
        decisions.fire(new CaseDecided(entity));
        if (publish) {
            publications.fire(new CaseResultPublication(entity, CasePublicationAction.PUBLISHED));
        }
        return entity;
    }

    /**
     * Công khai kết quả: publishes a decided case's result, or corrects the text already published; recorded in the
     * case's publication history with the reason.
     */
    public CaseEntity publishResult(UUID id, String ifMatch, String publicSummary, String reason) {
        CaseEntity entity = get(id);
        EntityTags.require(ifMatch, entity.version);
        if (entity.decidedOn == null) {
            throw new ApiException(ProblemType.INVALID_STATE, "reception.result-not-decided", entity.status);
        }
        requireNoPersonalData(entity, publicSummary);
        CasePublicationAction action = entity.resultPublic ? CasePublicationAction.CORRECTED
                : CasePublicationAction.PUBLISHED;
        recordPublication(entity, action, reason);
        entity.resultPublic = true;
        entity.publicSummary = publicSummary;
        em.flush();
        publications.fire(new CaseResultPublication(entity, action));
        return entity;
    }

    /** Takes a published result off the portal, with the reason; it may be published again, corrected. */
    public CaseEntity withdrawResult(UUID id, String ifMatch, String reason) {
        CaseEntity entity = get(id);
        EntityTags.check(ifMatch, entity.version);
        if (!entity.resultPublic) {
            throw new ApiException(ProblemType.INVALID_STATE, "reception.result-not-published");
        }
        recordPublication(entity, CasePublicationAction.WITHDRAWN, reason);
        entity.resultPublic = false;
        entity.publicSummary = null;
        em.flush();
        publications.fire(new CaseResultPublication(entity, CasePublicationAction.WITHDRAWN));
        return entity;
    }

    /** Text for the portal may not carry ID numbers, phones, e-mails or the names of the case's citizens. */
    private void requireNoPersonalData(CaseEntity entity, String publicSummary) {
        ReceptionEntity reception = em.find(ReceptionEntity.class, entity.receptionId);
        List<String> names = new ArrayList<>();
        if (reception != null) {
            names.add(reception.leadCitizenName);
            reception.citizens.forEach(c -> names.add(c.fullName));
        }
        List<FieldViolation> found = PublicText.personalData(publicSummary, names).stream()
                .map(f -> FieldViolation.of("publicSummary", "PersonalData", "public-text." + f.name().toLowerCase(
                        java.util.Locale.ROOT).replace('_', '-'))).toList();
        if (!found.isEmpty()) {
            throw ApiException.invalid(found);
        }
    }

    private void recordPublication(CaseEntity entity, CasePublicationAction action, String reason) {
        CasePublicationEntity event = new CasePublicationEntity();
        event.id = UUID.randomUUID();
        event.action = action;
        event.reason = reason;
        event.actorId = caller.id();
        event.createdAt = clock.now().truncatedTo(ChronoUnit.MICROS);
        entity.publicationHistory.add(event);
    }

    /** Thụ lý: the acceptance date and the deadline from the rule in force on that date. */
    private void accept(CaseEntity entity, LocalDate acceptedOn) {
        entity.acceptedOn = acceptedOn;
        entity.status = CaseStatus.ACCEPTED;
        rules.deadlineRule(entity.kind, entity.instance, entity.complex, entity.remoteArea, acceptedOn).ifPresentOrElse(rule -> {
            entity.deadlineRuleId = rule.id;
            entity.deadline = acceptedOn.plusDays(rule.days);
        }, () -> {
            entity.deadlineRuleId = null;
            entity.deadline = null;
        });
    }

    /** Late acceptance: later than the acceptance limit in force on the day of receipt. */
    public boolean lateAcceptance(CaseEntity entity) {
        return entity.acceptedOn != null
                && entity.acceptedOn.isAfter(entity.receivedOn.plusDays(rules.acceptanceLimitDays(entity.receivedOn)));
    }

    private void record(CaseEntity entity, CaseStatus from, CaseStatus to, LocalDate on, String note) {
        CaseStatusChangeEntity change = new CaseStatusChangeEntity();
        change.id = UUID.randomUUID();
        change.fromStatus = from;
        change.toStatus = to;
        change.changedOn = on;
        change.note = note;
        change.actorId = caller.id();
        change.createdAt = clock.now().truncatedTo(ChronoUnit.MICROS);
        entity.statusHistory.add(change);
    }

    private LocalDate lastChange(CaseEntity entity) {
        return entity.statusHistory.isEmpty() ? entity.receivedOn
                : entity.statusHistory.get(entity.statusHistory.size() - 1).changedOn;
    }

    /** A date of an event: not in the future and not before the event it follows. */
    private void checkDay(String field, LocalDate day, LocalDate notBefore, String beforeKey) {
        if (day.isAfter(clock.today())) {
            throw ApiException.invalid(FieldViolation.of(field, "Future", "reception.date-in-future", clock.today()));
        }
        if (notBefore != null && day.isBefore(notBefore)) {
            throw ApiException.invalid(FieldViolation.of(field, "DateOrder", beforeKey, notBefore));
        }
    }
}
