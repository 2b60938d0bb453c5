package vn.danvan.democracy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.GrassrootsDisclosureCreate;
import vn.danvan.api.model.GrassrootsDisclosureForm;
import vn.danvan.api.model.GrassrootsDutyKind;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.paging.ListQuery;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.Sorting;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Disclosures of the communes: recorded against the catalogue's periods, listed, and published while posted. */
@ApplicationScoped
public class DisclosureService {

    static final String ENTITY = "entity.grassroots-disclosure";
    static final String ATTACHMENT_OWNER = "grassroots-disclosure";
    static final Sorting<DisclosureEntity> SORTING = new Sorting<>(List.of(
            new SortKey<>("startsOn", "e.startsOn", LocalDate.class, d -> d.startsOn)),
            "e.id", d -> d.id, "-startsOn");

    private final EntityManager em;
    private final CommuneReach reach;
    private final GrassrootsDutyService duties;
    private final AppClock clock;

    DisclosureService(EntityManager em, CommuneReach reach, GrassrootsDutyService duties, AppClock clock) {
        this.em = em;
        this.reach = reach;
        this.duties = duties;
        this.clock = clock;
    }

    public DisclosureEntity get(UUID id) {
        DisclosureEntity entity = em.find(DisclosureEntity.class, id);
        if (entity == null || entity.deletedAt != null || !reach.reaches(entity.organizationId)) {
            throw ApiException.notFound(ENTITY, id);
        }
        return entity;
    }

    /**
     * A disclosure of a duty in force on the approval day. Its dates are checked against the duty: posted for fewer
     * days than the law's least period is refused; started later than allowed is kept but marked late.
     */
    public DisclosureEntity create(GrassrootsDisclosureCreate request) {
        reach.requireForNew(request.getOrganizationId());
        GrassrootsDutyEntity duty = duties.require(request.getDutyCode(), request.getApprovedOn(), "dutyCode",
                List.of(GrassrootsDutyKind.DISCLOSURE, GrassrootsDutyKind.SUPERVISION));
        List<FieldViolation> violations = new ArrayList<>();
        if (request.getStartsOn().isBefore(request.getApprovedOn())) {
            violations.add(FieldViolation.of("startsOn", "DateOrder", "grassroots.disclosure-before-approval"));
        }
        long postedDays = ChronoUnit.DAYS.between(request.getStartsOn(), request.getEndsOn()) + 1;
        if (postedDays < 1) {
            violations.add(FieldViolation.of("endsOn", "DateOrder", "grassroots.disclosure-ends-before-start"));
        } else if (duty.minPostingDays != null && postedDays < duty.minPostingDays) {
            violations.add(FieldViolation.of("endsOn", "MinPostingDays", "grassroots.disclosure-too-short", postedDays,
                    duty.minPostingDays, duty.legalBasis));
        }
        java.util.Set<GrassrootsDisclosureForm> allowed = duty.formList();
        for (GrassrootsDisclosureForm form : request.getForms()) {
            if (!allowed.contains(form)) {
                violations.add(FieldViolation.of("forms", "FormNotAllowed", "grassroots.form-not-allowed", form,
                        duty.code, allowed));
            }
        }
        if (duty.annualDueOn != null && request.getPeriodYear() == null) {
            violations.add(FieldViolation.of("periodYear", "NotNull", "grassroots.period-year-required", duty.code));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        PublicTexts.of("title", request.getTitle()).and("content", request.getContent()).require();
        UUID id = request.getId() == null ? UUID.randomUUID() : request.getId();
        if (em.find(DisclosureEntity.class, id) != null) {
            throw ApiException.idTaken();
        }
        DisclosureEntity entity = new DisclosureEntity();
        entity.id = id;
        entity.organizationId = request.getOrganizationId();
        entity.dutyCode = duty.code;
        entity.title = request.getTitle();
        entity.content = request.getContent();
        entity.forms = Forms.join(request.getForms());
        entity.approvedOn = request.getApprovedOn();
        entity.startsOn = request.getStartsOn();
        entity.endsOn = request.getEndsOn();
        entity.periodYear = request.getPeriodYear();
        entity.late = duty.discloseWithinDays != null
                && request.getStartsOn().isAfter(request.getApprovedOn().plusDays(duty.discloseWithinDays));
        em.persist(entity);
        em.flush();
        return entity;
    }

    public Page<DisclosureEntity> list(UUID organizationId, String dutyCode, LocalDate activeOn, String q,
                                       PageRequest page) {
        Scope within = reach.narrowed(organizationId);
        return ListQuery.of(DisclosureEntity.class)
                .where(params -> reach.within("e.organizationId", within, params, "units"))
                .equal("e.dutyCode", dutyCode)
                .atMost("e.startsOn", activeOn)
                .atLeast("e.endsOn", activeOn)
                .matches(q, "e.title", "e.content")
                .page(em, SORTING.parse(null), page);
    }

    /** What the portal shows: disclosures posted today, of one unit's subtree or all; no scope. */
    public Page<DisclosureEntity> current(UUID organizationId, String q, PageRequest page) {
        LocalDate today = clock.today();
        return ListQuery.of(DisclosureEntity.class)
                .where(params -> reach.subtreeOf("e.organizationId", organizationId, params, "units"))
                .atMost("e.startsOn", today)
                .atLeast("e.endsOn", today)
                .matches(q, "e.title", "e.content")
                .page(em, SORTING.parse(null), page);
    }
}
