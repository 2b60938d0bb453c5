package vn.danvan.democracy;

import vn.danvan.platform.persistence.RowLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.GrassrootsConsultationClosing;
import vn.danvan.api.model.GrassrootsConsultationCreate;
import vn.danvan.api.model.GrassrootsConsultationOutcome;
import vn.danvan.api.model.GrassrootsConsultationStatus;
import vn.danvan.api.model.GrassrootsDutyKind;
import vn.danvan.api.model.GrassrootsHamletResultCreate;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Matters put to the people: opened on a duty of the catalogue, the hamlets' meetings or ballots recorded while open,
 * closed with a result (never without one) and the commune's decision.
 */
@ApplicationScoped
public class ConsultationService {

    static final String ENTITY = "entity.grassroots-consultation";
    static final Sorting<ConsultationEntity> SORTING = new Sorting<>(List.of(
            new SortKey<>("opensOn", "e.opensOn", LocalDate.class, c -> c.opensOn)),
            "e.id", c -> c.id, "-opensOn");

    private final EntityManager em;
    private final CommuneReach reach;
    private final GrassrootsDutyService duties;
    private final AppClock clock;

    ConsultationService(EntityManager em, CommuneReach reach, GrassrootsDutyService duties, AppClock clock) {
        this.em = em;
        this.reach = reach;
        this.duties = duties;
        this.clock = clock;
    }

    public ConsultationEntity get(UUID id) {
        return visible(em.find(ConsultationEntity.class, id), id);
    }

    /** The consultation locked for a change: a second change waits and then sees the first one's version. */
    ConsultationEntity forChange(UUID id, String ifMatch) {
        ConsultationEntity entity = visible(RowLocks.lock(em, ConsultationEntity.class, id), id);
        EntityTags.require(ifMatch, entity.version);
        return entity;
    }

    private ConsultationEntity visible(ConsultationEntity entity, UUID id) {
        if (entity == null || entity.deletedAt != null || !reach.reaches(entity.organizationId)) {
            throw ApiException.notFound(ENTITY, id);
        }
        return entity;
    }

    public ConsultationEntity create(GrassrootsConsultationCreate request) {
        reach.requireForNew(request.getOrganizationId());
        GrassrootsDutyEntity duty = duties.require(request.getDutyCode(), request.getOpensOn(), "dutyCode",
                List.of(GrassrootsDutyKind.DISCUSSION_DECISION, GrassrootsDutyKind.COMMENT));
        List<String> options = request.getOptions() == null ? List.of() : request.getOptions();
        List<FieldViolation> violations = new ArrayList<>();
        if (request.getClosesOn().isBefore(request.getOpensOn())) {
            violations.add(FieldViolation.of("closesOn", "DateOrder", "grassroots.closes-before-opens"));
        }
        if (duty.kind == GrassrootsDutyKind.DISCUSSION_DECISION && options.size() < 2) {
            violations.add(FieldViolation.of("options", "Size", "grassroots.options-required"));
        }
        if (options.stream().map(o -> o.strip().toLowerCase(java.util.Locale.ROOT)).distinct().count() < options.size()) {
            violations.add(FieldViolation.of("options", "Unique", "grassroots.options-repeated"));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        PublicTexts texts = PublicTexts.of("question", request.getQuestion());
        for (int i = 0; i < options.size(); i++) {
            texts.and("options[" + i + "]", options.get(i));
        }
        texts.require();
        UUID id = request.getId() == null ? UUID.randomUUID() : request.getId();
        if (em.find(ConsultationEntity.class, id) != null) {
            throw ApiException.idTaken();
        }
        ConsultationEntity entity = new ConsultationEntity();
        entity.id = id;
        entity.organizationId = request.getOrganizationId();
        entity.dutyCode = duty.code;
        entity.kind = duty.kind;
        entity.question = request.getQuestion();
        entity.options = new ArrayList<>(options);
        entity.opensOn = request.getOpensOn();
        entity.closesOn = request.getClosesOn();
        entity.status = GrassrootsConsultationStatus.OPEN;
        em.persist(entity);
        em.flush();
        return entity;
    }

    /** One hamlet's meeting or ballot, while the consultation is open; one per hamlet. */
    public ConsultationEntity recordHamletResult(UUID id, String ifMatch, GrassrootsHamletResultCreate request) {
        ConsultationEntity entity = forChange(id, ifMatch);
        requireOpen(entity);
        List<Integer> votes = request.getVotes() == null ? List.of() : request.getVotes();
        List<FieldViolation> violations = new ArrayList<>();
        if (request.getHouseholdsTakingPart() > request.getHouseholds()) {
            violations.add(FieldViolation.of("householdsTakingPart", "Range", "grassroots.taking-part-exceeds-households"));
        }
        if (votes.size() != entity.options.size()) {
            violations.add(FieldViolation.of("votes", "Size", "grassroots.votes-per-option", entity.options.size()));
        } else if (votes.stream().mapToLong(Integer::longValue).sum() > request.getHouseholdsTakingPart()) {
            violations.add(FieldViolation.of("votes", "Range", "grassroots.votes-exceed-taking-part"));
        }
        if (request.getHeldOn().isBefore(entity.opensOn) || request.getHeldOn().isAfter(entity.closesOn)) {
            violations.add(FieldViolation.of("heldOn", "DateRange", "grassroots.held-outside-consultation",
                    entity.opensOn, entity.closesOn));
        }
        String hamlet = request.getHamlet().strip();
        if (entity.hamletResults.stream().anyMatch(r -> r.hamlet.equalsIgnoreCase(hamlet))) {
            violations.add(FieldViolation.of("hamlet", "Unique", "grassroots.hamlet-already-recorded", hamlet));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        HamletResultEntity result = new HamletResultEntity();
        result.id = UUID.randomUUID();
        result.consultationId = entity.id;
        result.position = entity.hamletResults.size();
        result.hamlet = hamlet;
        result.heldOn = request.getHeldOn();
        result.method = request.getMethod();
        result.households = request.getHouseholds();
        result.householdsTakingPart = request.getHouseholdsTakingPart();
        result.votes = HamletResultEntity.join(votes);
        entity.hamletResults.add(result);
        // A new row of the consultation changes it: its version (the ETag) moves on.
        entity.updatedAt = clock.now();
        em.flush();
        return entity;
    }

    /**
     * Closes with the result of the hamlets: refused without any result (no hamlet's meeting or vote, and for a
     * matter put to comment no comment either). Over half of all households for one option adopts it (the law's
     * majority of households); otherwise the matter is not adopted. The decision is published: it may not name the
     * people who commented ({@code commenters}), nor carry other personal data.
     */
    public ConsultationEntity close(UUID id, String ifMatch, GrassrootsConsultationClosing request, long comments,
                                    java.util.Collection<String> commenters) {
        ConsultationEntity entity = forChange(id, ifMatch);
        if (entity.status != GrassrootsConsultationStatus.OPEN) {
            throw new ApiException(ProblemType.INVALID_STATE, "grassroots.consultation-closed", entity.closesOn);
        }
        boolean hasResult = !entity.hamletResults.isEmpty()
                || (entity.kind == GrassrootsDutyKind.COMMENT && comments > 0);
        if (!hasResult) {
            throw new ApiException(ProblemType.INVALID_STATE, "grassroots.consultation-without-result");
        }
        if (request.getDecidedOn().isBefore(entity.opensOn)) {
            throw ApiException.invalid(FieldViolation.of("decidedOn", "DateOrder", "grassroots.decided-before-opening",
                    entity.opensOn));
        }
        PublicTexts.of("decision", request.getDecision()).naming(commenters).require();
        ConsultationTally tally = ConsultationTally.of(entity);
        if (entity.kind == GrassrootsDutyKind.COMMENT) {
            entity.outcome = GrassrootsConsultationOutcome.COMMENTS_SUMMARIZED;
        } else {
            entity.adoptedOption = tally.adoptedOption().orElse(null);
            entity.outcome = entity.adoptedOption == null ? GrassrootsConsultationOutcome.NOT_ADOPTED
                    : GrassrootsConsultationOutcome.ADOPTED;
        }
        entity.status = GrassrootsConsultationStatus.CLOSED;
        entity.decision = request.getDecision();
        entity.decidedOn = request.getDecidedOn();
        em.flush();
        return entity;
    }

    void requireOpen(ConsultationEntity entity) {
        if (entity.status != GrassrootsConsultationStatus.OPEN) {
            throw new ApiException(ProblemType.INVALID_STATE, "grassroots.consultation-closed", entity.closesOn);
        }
    }

    public Page<ConsultationEntity> list(UUID organizationId, GrassrootsConsultationStatus status, Boolean overdue,
                                         String q, PageRequest page) {
        Scope within = reach.narrowed(organizationId);
        ListQuery<ConsultationEntity> query = ListQuery.of(ConsultationEntity.class)
                .where(params -> reach.within("e.organizationId", within, params, "units"))
                .equal("e.status", status)
                .matches(q, "e.question", "e.decision");
        if (overdue != null) {
            query.where(params -> {
                params.put("today", clock.today());
                params.put("open", GrassrootsConsultationStatus.OPEN);
                return overdue ? "e.status = :open and e.closesOn < :today" : "(e.status <> :open or e.closesOn >= :today)";
            });
        }
        return query.page(em, SORTING.parse(null), page);
    }

    /** What the portal shows: consultations open today, of one unit's subtree or all; no scope. */
    public Page<ConsultationEntity> openToday(UUID organizationId, String q, PageRequest page) {
        LocalDate today = clock.today();
        return ListQuery.of(ConsultationEntity.class)
                .where(params -> reach.subtreeOf("e.organizationId", organizationId, params, "units"))
                .equal("e.status", GrassrootsConsultationStatus.OPEN)
                .atMost("e.opensOn", today)
                .atLeast("e.closesOn", today)
                .matches(q, "e.question")
                .page(em, SORTING.parse(null), page);
    }
}
