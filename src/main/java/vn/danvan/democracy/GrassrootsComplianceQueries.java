package vn.danvan.democracy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.AdministrativeLevel;
import vn.danvan.api.model.GrassrootsConsultationStatus;
import vn.danvan.api.model.GrassrootsFindingStatus;
import vn.danvan.api.model.OrganizationType;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.persistence.JpqlLists;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the communes of a subtree have not done of the law's duties over a window: the facts of the compliance summary,
 * published for other features (the reports' consolidation) as plain records. It checks no caller's scope: the
 * feature that asks decides whose subtree it may read.
 *
 * <ul>
 * <li>missing disclosures: a yearly duty (annualDueOn) whose due date falls in the window and has passed, without a
 * disclosure of the commune for that year that started on or before it;</li>
 * <li>late disclosures: started in the window later than discloseWithinDays after approval;</li>
 * <li>overdue consultations: still open after a closing day that falls in the window;</li>
 * <li>unanswered comments: received in the window and not answered;</li>
 * <li>open findings: found in the window and not handled.</li>
 * </ul>
 */
@ApplicationScoped
public class GrassrootsComplianceQueries {

    /** The kinds of unit that are communes (xã, phường, đặc khu). */
    private static final List<OrganizationType> COMMUNES = List.of(OrganizationType.COMMUNE_PEOPLES_COMMITTEE,
            OrganizationType.WARD_PEOPLES_COMMITTEE, OrganizationType.SPECIAL_ZONE_PEOPLES_COMMITTEE);

    /** A yearly disclosure not made by its due date. */
    public record Missing(String dutyCode, int year, LocalDate dueOn) {
    }

    /** The counts of one commune (or of all). */
    public record Counts(long missingDisclosures, long lateDisclosures, long overdueConsultations,
                         long unansweredComments, long openFindings) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        public long total() {
            return missingDisclosures + lateDisclosures + overdueConsultations + unansweredComments + openFindings;
        }

        Counts plus(Counts other) {
            return new Counts(missingDisclosures + other.missingDisclosures, lateDisclosures + other.lateDisclosures,
                    overdueConsultations + other.overdueConsultations, unansweredComments + other.unansweredComments,
                    openFindings + other.openFindings);
        }
    }

    public record CommuneCompliance(UUID organizationId, String organizationName, Counts counts, List<Missing> missing) {
    }

    private final EntityManager em;
    private final OrganizationTreeQueries tree;
    private final GrassrootsDutyService duties;
    private final AppClock clock;

    GrassrootsComplianceQueries(EntityManager em, OrganizationTreeQueries tree, GrassrootsDutyService duties, AppClock clock) {
        this.em = em;
        this.tree = tree;
        this.duties = duties;
        this.clock = clock;
    }

    /** The totals over the communes at or below {@code rootOrganizationId} (null: every commune) for the window. */
    public Counts totals(UUID rootOrganizationId, LocalDate from, LocalDate to) {
        return byCommune(rootOrganizationId, from, to).stream().map(CommuneCompliance::counts)
                .reduce(Counts.NONE, Counts::plus);
    }

    /** One row per commune at or below the root (null: every commune), most to do first, then by name. */
    public List<CommuneCompliance> byCommune(UUID rootOrganizationId, LocalDate from, LocalDate to) {
        return byPath(rootOrganizationId == null ? "" : tree.treePath(rootOrganizationId).orElse("/no-such-unit/"), from, to);
    }

    /** The rows of the communes within a caller's scope. */
    List<CommuneCompliance> byScope(vn.danvan.platform.security.Scope scope, LocalDate from, LocalDate to) {
        return byPath(scope.unrestricted() ? "" : scope.treePath(), from, to);
    }

    private List<CommuneCompliance> byPath(String rootPath, LocalDate from, LocalDate to) {
        LocalDate today = clock.today();
        List<UUID> communes = tree.unitsOfLevel(rootPath, AdministrativeLevel.COMMUNE, COMMUNES, today);
        if (communes.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = tree.names(communes);
        Map<UUID, long[]> counts = new HashMap<>();
        communes.forEach(c -> counts.put(c, new long[5]));
        count(counts, 1, "select e.organizationId, count(e) from DisclosureEntity e where e.deletedAt is null and e.late = true"
                + " and e.startsOn >= :from and e.startsOn <= :to", communes, Map.of("from", from, "to", to));
        count(counts, 2, "select e.organizationId, count(e) from ConsultationEntity e where e.deletedAt is null"
                        + " and e.status = :open and e.closesOn < :today and e.closesOn >= :from and e.closesOn <= :to",
                communes, Map.of("open", GrassrootsConsultationStatus.OPEN, "today", today, "from", from, "to", to));
        count(counts, 3, "select e.organizationId, count(e) from GrassrootsCommentEntity e where e.deletedAt is null"
                + " and e.answer is null and e.receivedOn >= :from and e.receivedOn <= :to", communes, Map.of("from", from, "to", to));
        count(counts, 4, "select e.organizationId, count(e) from FindingEntity e where e.deletedAt is null"
                        + " and e.status = :open and e.foundOn >= :from and e.foundOn <= :to", communes,
                Map.of("open", GrassrootsFindingStatus.OPEN, "from", from, "to", to));
        Map<UUID, List<Missing>> missing = missing(communes, from, to, today);
        List<CommuneCompliance> rows = new ArrayList<>();
        for (UUID commune : communes) {
            long[] c = counts.get(commune);
            List<Missing> owed = missing.getOrDefault(commune, List.of());
            rows.add(new CommuneCompliance(commune, names.get(commune), new Counts(owed.size(), c[1], c[2], c[3], c[4]), owed));
        }
        rows.sort(Comparator.comparingLong((CommuneCompliance r) -> -r.counts().total())
                .thenComparing(r -> r.organizationName() == null ? "" : r.organizationName()));
        return rows;
    }

    private void count(Map<UUID, long[]> counts, int slot, String jpql, List<UUID> communes, Map<String, Object> values) {
        Map<String, Object> params = new HashMap<>(values);
        String in = JpqlLists.in("e.organizationId", communes, params, "units");
        var query = em.createQuery(jpql + " and " + in + " group by e.organizationId", Object[].class);
        params.forEach(query::setParameter);
        for (Object[] row : query.getResultList()) {
            counts.get((UUID) row[0])[slot] = (Long) row[1];
        }
    }

    /** The yearly duties due in the window (and passed) that a commune has not started disclosing by the due date. */
    private Map<UUID, List<Missing>> missing(List<UUID> communes, LocalDate from, LocalDate to, LocalDate today) {
        List<Missing> due = new ArrayList<>();
        for (GrassrootsDutyEntity duty : duties.yearly(from, to)) {
            for (int year = from.getYear(); year <= to.getYear(); year++) {
                LocalDate dueOn = duty.dueIn(year);
                boolean inForce = !duty.effectiveFrom.isAfter(dueOn) && (duty.effectiveTo == null || !duty.effectiveTo.isBefore(dueOn));
                if (inForce && !dueOn.isBefore(from) && !dueOn.isAfter(to) && dueOn.isBefore(today)) {
                    due.add(new Missing(duty.code, year, dueOn));
                }
            }
        }
        Map<UUID, List<Missing>> missing = new HashMap<>();
        if (due.isEmpty()) {
            return missing;
        }
        Map<String, Object> params = new HashMap<>();
        String in = JpqlLists.in("e.organizationId", communes, params, "units");
        var query = em.createQuery("select e.organizationId, e.dutyCode, e.periodYear, min(e.startsOn) from DisclosureEntity e"
                + " where e.deletedAt is null and e.periodYear is not null and e.dutyCode in :codes and " + in
                + " group by e.organizationId, e.dutyCode, e.periodYear", Object[].class);
        params.forEach(query::setParameter);
        query.setParameter("codes", due.stream().map(Missing::dutyCode).distinct().toList());
        Map<String, LocalDate> firstStart = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            firstStart.put(row[0] + "|" + row[1] + "|" + row[2], (LocalDate) row[3]);
        }
        for (UUID commune : communes) {
            for (Missing owed : due) {
                LocalDate started = firstStart.get(commune + "|" + owed.dutyCode() + "|" + owed.year());
                if (started == null || started.isAfter(owed.dueOn())) {
                    missing.computeIfAbsent(commune, c -> new ArrayList<>()).add(owed);
                }
            }
        }
        return missing;
    }
}
