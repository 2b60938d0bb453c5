package vn.danvan.engagement.dialogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.DialogueAnnouncement;
import vn.danvan.api.model.DialogueClosure;
import vn.danvan.api.model.DialogueCreate;
import vn.danvan.api.model.DialogueHolding;
import vn.danvan.api.model.DialogueHotspot;
import vn.danvan.api.model.DialogueInvitee;
import vn.danvan.api.model.DialogueInviteeKind;
import vn.danvan.api.model.DialogueItemStatus;
import vn.danvan.api.model.DialogueStatus;
import vn.danvan.identity.Officials;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.organization.ScopeNarrowing;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.files.AttachmentService;
import vn.danvan.platform.paging.ListQuery;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.Sorting;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.platform.text.PublicText;
import vn.danvan.platform.time.AppClock;
import vn.danvan.reception.casefile.CaseReferences;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Dialogue sessions: planning, holding, closing with the minutes, cancelling, and the announcement for the portal. */
@ApplicationScoped
public class DialogueService {

    static final String ATTACHMENT_OWNER = "dialogue";
    static final Sorting<DialogueEntity> SORTING = new Sorting<>(List.of(
            new SortKey<>("heldOn", "e.heldOn", LocalDate.class, d -> d.heldOn)), "e.id", d -> d.id, "-heldOn");

    private final EntityManager em;
    private final DialogueAccess access;
    private final OrganizationTreeQueries directory;
    private final ScopeProvider scopes;
    private final ScopeNarrowing narrowing;
    private final Officials officials;
    private final CaseReferences cases;
    private final AttachmentService attachments;
    private final AppClock clock;

    DialogueService(EntityManager em, DialogueAccess access, OrganizationTreeQueries directory, ScopeProvider scopes,
                    ScopeNarrowing narrowing, Officials officials, CaseReferences cases, AttachmentService attachments,
                    AppClock clock) {
        this.em = em;
        this.access = access;
        this.directory = directory;
        this.scopes = scopes;
        this.narrowing = narrowing;
        this.officials = officials;
        this.cases = cases;
        this.attachments = attachments;
        this.clock = clock;
    }

    public DialogueEntity get(UUID id) {
        return access.readable(id);
    }

    public DialogueEntity create(DialogueCreate request, boolean demo) {
        UUID id = request.getId() == null ? UUID.randomUUID() : request.getId();
        List<FieldViolation> violations = new ArrayList<>();
        if (!directory.isWithin(request.getOrganizationId(), scopes.current())) {
            violations.add(FieldViolation.of("organizationId", "NotFound", "dialogue.organization-not-found",
                    request.getOrganizationId()));
        } else if (!access.mayAct(request.getOrganizationId())) {
            violations.add(FieldViolation.of("organizationId", "NotOrganiser", "dialogue.not-organiser"));
        }
        Officials.Official chair = chair(request.getOrganizationId(), request.getChairUserId(), violations);
        for (UUID unit : request.getParticipantOrganizationIds()) {
            if (directory.treePath(unit).isEmpty()) {
                violations.add(FieldViolation.of("participantOrganizationIds", "NotFound",
                        "dialogue.organization-not-found", unit));
            }
        }
        if (request.getPlaceOrganizationId() != null && !directory.isWithin(request.getPlaceOrganizationId(), scopes.current())) {
            violations.add(FieldViolation.of("placeOrganizationId", "NotFound", "dialogue.organization-not-found",
                    request.getPlaceOrganizationId()));
        }
        // One read for every linked case (up to 50), not one per case.
        java.util.Map<UUID, UUID> caseUnits = cases.organizationsOf(request.getCaseIds());
        for (UUID caseId : request.getCaseIds()) {
            UUID unit = caseUnits.get(caseId);
            if (unit == null || !directory.isWithin(unit, scopes.current())) {
                violations.add(FieldViolation.of("caseIds", "NotFound", "dialogue.case-not-found", caseId));
            }
        }
        for (DialogueHotspot hotspot : request.getHotspots()) {
            if (!directory.isWithin(hotspot.getCommuneId(), scopes.current())) {
                violations.add(FieldViolation.of("hotspots", "NotFound", "dialogue.organization-not-found",
                        hotspot.getCommuneId()));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        if (em.find(DialogueEntity.class, id) != null) {
            throw ApiException.idTaken();
        }
        DialogueEntity entity = new DialogueEntity();
        entity.id = id;
        entity.organizationId = request.getOrganizationId();
        entity.chairUserId = chair.id();
        entity.chairName = chair.fullName();
        entity.chairPosition = request.getChairPosition();
        entity.heldOn = request.getHeldOn();
        entity.placeKind = request.getPlaceKind();
        entity.place = request.getPlace();
        entity.placeOrganizationId = request.getPlaceOrganizationId();
        entity.subject = request.getSubject();
        entity.status = DialogueStatus.PLANNED;
        entity.demo = demo;
        entity.participantOrganizationIds.addAll(request.getParticipantOrganizationIds());
        entity.participantGroups.addAll(request.getParticipantGroups());
        for (DialogueInvitee invitee : request.getInvitees()) {
            DialogueInviteeRow row = new DialogueInviteeRow();
            row.kind = invitee.getKind();
            row.name = invitee.getName();
            row.phone = invitee.getPhone();
            row.headcount = invitee.getHeadcount();
            entity.invitees.add(row);
        }
        entity.caseIds.addAll(request.getCaseIds());
        for (DialogueHotspot hotspot : request.getHotspots()) {
            DialogueHotspotRow row = new DialogueHotspotRow();
            row.communeId = hotspot.getCommuneId();
            row.domain = hotspot.getDomain();
            entity.hotspots.add(row);
        }
        em.persist(entity);
        em.flush();
        return entity;
    }

    /**
     * Người chủ trì: an active official of the organising unit or of a unit above it — the head of the unit, or the head
     * of the superior level who comes to a commune's dialogue (a provincial chairman at a dispute site). An official of
     * a unit below, beside or elsewhere is refused: they cannot answer for the organising unit.
     */
    private Officials.Official chair(UUID organizationId, UUID chairUserId, List<FieldViolation> violations) {
        var official = officials.active(chairUserId);
        if (official.isEmpty()) {
            violations.add(FieldViolation.of("chairUserId", "NotFound", "dialogue.chair-not-found", chairUserId));
            return null;
        }
        String unitPath = directory.treePath(organizationId).orElse(null);
        String chairPath = official.get().organizationId() == null ? null
                : directory.treePath(official.get().organizationId()).orElse(null);
        if (unitPath != null && (chairPath == null || !unitPath.startsWith(chairPath))) {
            violations.add(FieldViolation.of("chairUserId", "NotOfUnit", "dialogue.chair-not-of-unit",
                    official.get().fullName()));
        }
        return official.get();
    }

    public DialogueEntity hold(UUID id, String ifMatch, DialogueHolding request) {
        DialogueEntity entity = access.writable(id);
        EntityTags.check(ifMatch, entity.version);
        entity.status = DialogueLifecycle.TABLE.require(DialogueLifecycle.Command.HOLD, entity.status);
        if (entity.heldOn.isAfter(clock.today())) {
            throw new ApiException(ProblemType.INVALID_STATE, "dialogue.not-yet", entity.heldOn);
        }
        if (request.getMinutesAttachmentId() != null) {
            entity.minutesAttachmentId = minutes(entity, request.getMinutesAttachmentId());
        }
        em.flush();
        return entity;
    }

    /** Closing needs the minutes and every opinion answered or assigned; the results are published, so no personal data. */
    public DialogueEntity close(UUID id, String ifMatch, DialogueClosure request) {
        DialogueEntity entity = access.writable(id);
        EntityTags.check(ifMatch, entity.version);
        DialogueStatus next = DialogueLifecycle.TABLE.require(DialogueLifecycle.Command.CLOSE, entity.status);
        UUID minutes = request.getMinutesAttachmentId() != null
                ? minutes(entity, request.getMinutesAttachmentId()) : entity.minutesAttachmentId;
        if (minutes == null) {
            throw ApiException.invalid(FieldViolation.of("minutesAttachmentId", "Required", "dialogue.minutes-required"));
        }
        requireNoPersonalData(entity, "resultSummary", request.getResultSummary());
        long open = em.createQuery("select count(i) from DialogueItemEntity i where i.dialogueId = :id"
                + " and i.deletedAt is null and i.status = :open", Long.class)
                .setParameter("id", id).setParameter("open", DialogueItemStatus.OPEN).getSingleResult();
        if (open > 0) {
            throw new ApiException(ProblemType.INVALID_STATE, "dialogue.items-open", open);
        }
        entity.minutesAttachmentId = minutes;
        entity.resultSummary = request.getResultSummary();
        entity.status = next;
        em.flush();
        return entity;
    }

    public DialogueEntity cancel(UUID id, String ifMatch, String reason) {
        DialogueEntity entity = access.writable(id);
        EntityTags.check(ifMatch, entity.version);
        entity.status = DialogueLifecycle.TABLE.require(DialogueLifecycle.Command.CANCEL, entity.status);
        entity.cancellationReason = reason;
        em.flush();
        return entity;
    }

    /** What the portal shows: the text, the subject and the place; none may carry personal data. */
    public DialogueEntity announce(UUID id, String ifMatch, DialogueAnnouncement request) {
        DialogueEntity entity = access.writable(id);
        EntityTags.check(ifMatch, entity.version);
        DialogueLifecycle.TABLE.require(DialogueLifecycle.Command.ANNOUNCE, entity.status);
        List<FieldViolation> found = new ArrayList<>();
        found.addAll(personalData(entity, "text", request.getText()));
        found.addAll(personalData(entity, "subject", entity.subject));
        found.addAll(personalData(entity, "place", entity.place));
        if (!found.isEmpty()) {
            throw ApiException.invalid(found);
        }
        entity.announcement = request.getText();
        em.flush();
        return entity;
    }

    /** A session open to files (planned or held), for its minutes. */
    public DialogueEntity attachable(UUID id) {
        DialogueEntity entity = access.writable(id);
        DialogueLifecycle.TABLE.require(DialogueLifecycle.Command.ATTACH, entity.status);
        return entity;
    }

    private UUID minutes(DialogueEntity entity, UUID attachmentId) {
        return attachments.requireOwned(ATTACHMENT_OWNER, entity.id, List.of(attachmentId), "minutesAttachmentId").get(0);
    }

    private void requireNoPersonalData(DialogueEntity entity, String field, String text) {
        List<FieldViolation> found = personalData(entity, field, text);
        if (!found.isEmpty()) {
            throw ApiException.invalid(found);
        }
    }

    /** ID numbers, phones, e-mails and the names of the citizens invited (docs/engagement.md, "What is published"). */
    private static List<FieldViolation> personalData(DialogueEntity entity, String field, String text) {
        List<String> names = entity.invitees.stream().filter(i -> i.kind == DialogueInviteeKind.PERSON)
                .map(i -> i.name).toList();
        return PublicText.personalData(text, names).stream()
                .map(f -> FieldViolation.of(field, "PersonalData", f == PublicText.Finding.PERSON_NAME
                        ? "dialogue.invitee-named" : "public-text." + f.name().toLowerCase(Locale.ROOT).replace('_', '-')))
                .toList();
    }

    public Page<DialogueEntity> list(String q, UUID organizationId, DialogueStatus status, LocalDate from, LocalDate to,
                                     PageRequest page) {
        Scope within = narrowing.narrow(scopes.current(), organizationId, "organizationId", "dialogue.organization-not-found");
        return ListQuery.of(DialogueEntity.class)
                .where(params -> directory.withinScopeJpql("e.organizationId", within, params, "units"))
                .matches(q, "e.subject", "e.place")
                .equal("e.status", status)
                .atLeast("e.heldOn", from)
                .atMost("e.heldOn", to)
                .page(em, SORTING.parse(null), page);
    }

    /** The announced sessions, for anyone: no scope. */
    public Page<DialogueEntity> announced(UUID organizationId, PageRequest page) {
        return ListQuery.of(DialogueEntity.class)
                .where("e.announcement is not null")
                .equal("e.organizationId", organizationId)
                .page(em, SORTING.parse(null), page);
    }
}
