package vn.danvan.reception.casefile;

import vn.danvan.platform.sync.DeltaCollection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.CaseStatus;
import vn.danvan.api.model.ReceptionKind;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.organization.ScopeNarrowing;
import vn.danvan.platform.paging.ListQuery;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.Sorting;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.platform.time.AppClock;
import vn.danvan.reception.rules.LegalRules;
import vn.danvan.reception.rules.RuleTimeline;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The lists of cases: those in the caller's scope, and the published results anyone may read. */
@ApplicationScoped
public class CaseQueries {

    /** Cases in the mobile sync: those of the units within the caller's reach. */
    static final DeltaCollection<CaseEntity> SYNC = DeltaCollection.ofUnit("cases", CaseEntity.class, "e.organizationId")
            .withDepartures(); // transfers

    static final Sorting<CaseEntity> SORTING = new Sorting<>(List.of(
            new SortKey<>("receivedOn", "e.receivedOn", LocalDate.class, c -> c.receivedOn)),
            "e.id", c -> c.id, "-receivedOn");

    private static final Sorting<CaseEntity> RESULT_SORTING = new Sorting<>(List.of(
            new SortKey<>("decidedOn", "e.decidedOn", LocalDate.class, c -> c.decidedOn)),
            "e.id", c -> c.id, "-decidedOn");

    private final EntityManager em;
    private final ScopeProvider scopes;
    private final ScopeNarrowing narrowing;
    private final OrganizationTreeQueries directory;
    private final AppClock clock;
    private final LegalRules rules;

    CaseQueries(EntityManager em, ScopeProvider scopes, ScopeNarrowing narrowing, OrganizationTreeQueries directory,
                AppClock clock, LegalRules rules) {
        this.rules = rules;
        this.em = em;
        this.scopes = scopes;
        this.narrowing = narrowing;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * What {@code q} searches in a case: its decision (number, summary, published summary), and the reception it was
     * opened from (the content and the citizens' names, as the reception book's {@code q} does). Addresses, phones
     * and ID numbers are encrypted and never searched.
     */
    static final List<String> SEARCHED = List.of("e.decisionNumber", "e.decisionSummary", "e.publicSummary");
    static final ListQuery.Related SEARCHED_RECEPTION = ListQuery.Related.of("exists (select 1 from ReceptionEntity r"
                    + " left join r.citizens c where r.id = e.receptionId and {match})",
            "r.content", "r.leadCitizenName", "c.fullName");

    /** What {@code q} searches in a published result: only what the public sees (number and published summary). */
    static final List<String> PUBLICLY_SEARCHED = List.of("e.decisionNumber", "e.publicSummary");

    Page<CaseEntity> list(String q, UUID organizationId, CaseStatus status, ReceptionKind kind, Boolean overdue,
                          Boolean acceptanceOverdue, PageRequest page) {
        Scope within = narrowing.narrow(scopes.current(), organizationId, "organizationId", "reception.organization-not-found");
        ListQuery<CaseEntity> query = ListQuery.of(CaseEntity.class)
                .where(params -> directory.withinScopeJpql("e.organizationId", within, params, "units"))
                .matches(q, SEARCHED, SEARCHED_RECEPTION)
                .equal("e.status", status)
                .equal("e.kind", kind);
        if (overdue != null) {
            query.where(params -> {
                params.put("running", CaseEntity.RUNNING);
                params.put("today", clock.today());
                return overdue ? "e.status in :running and e.deadline < :today"
                        : "(e.status not in :running or e.deadline is null or e.deadline >= :today)";
            });
        }
        if (acceptanceOverdue != null) {
            RuleTimeline limits = rules.acceptanceLimits();
            LocalDate today = clock.today();
            query.where(params -> AcceptanceOverdue.condition("e", limits, today, params, acceptanceOverdue));
        }
        return query.page(em, SORTING.parse(null), page);
    }

    /** The acceptance limit of every day of receipt, read once for a page of cases. */
    RuleTimeline acceptanceLimits() {
        return rules.acceptanceLimits();
    }

    /** Công khai kết quả: the decided cases whose result is published, newest decision first. */
    public Page<CaseEntity> published(String q, UUID organizationId, LocalDate from, LocalDate to, PageRequest page) {
        return ListQuery.of(CaseEntity.class)
                .where("e.resultPublic = true and e.decidedOn is not null")
                .matches(q, PUBLICLY_SEARCHED)
                .equal("e.organizationId", organizationId)
                .atLeast("e.decidedOn", from)
                .atMost("e.decidedOn", to)
                .page(em, RESULT_SORTING.parse(null), page);
    }
}
