package vn.danvan.reception.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.ScopeNarrowing;
import vn.danvan.platform.paging.KeysetPager;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.Sorting;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.platform.text.TextSearch;
import vn.danvan.reception.personaldata.IdNumbers;
import vn.danvan.reception.personaldata.PersonalDataCipher;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

/** Reads of the reception book: the filtered list and the rows of one unit's book. */
@ApplicationScoped
public class ReceptionQueries {

    static final Sorting<ReceptionEntity> SORTING = new Sorting<>(List.of(
            new SortKey<>("receivedOn", "e.receivedOn", LocalDate.class, r -> r.receivedOn),
            new SortKey<>("createdAt", "e.createdAt", Instant.class, r -> r.createdAt),
            new SortKey<>("updatedAt", "e.updatedAt", Instant.class, r -> r.updatedAt)),
            "e.id", r -> r.id, "-receivedOn");

    private final EntityManager em;
    private final ScopeProvider scopes;
    private final ScopeNarrowing narrowing;
    private final OrganizationDirectory directory;
    private final PersonalDataCipher cipher;

    ReceptionQueries(EntityManager em, ScopeProvider scopes, ScopeNarrowing narrowing, OrganizationDirectory directory,
                     PersonalDataCipher cipher) {
        this.em = em;
        this.scopes = scopes;
        this.narrowing = narrowing;
        this.directory = directory;
        this.cipher = cipher;
    }

    public Page<ReceptionEntity> list(ReceptionQuery query, String sort, PageRequest page) {
        // A list only reads (its one write, the personal-data access log, is a statement of its own): its records and
        // citizens are loaded read-only and the session never flushes. Otherwise every later query of the request and the
        // commit walked all loaded records looking for changes: 44 % of the list's time.
        Session session = em.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(org.hibernate.FlushMode.MANUAL);
        StringBuilder from = new StringBuilder("from ReceptionEntity e where e.deletedAt is null");
        Map<String, Object> params = new HashMap<>();
        Scope scope = scopes.current();
        Scope within = narrowing.narrow(scope, query.organizationId(), "organizationId", "reception.organization-not-found");
        from.append(" and ").append(directory.withinScopeJpql("e.organizationId", within, params, "units"));
        if (query.communeId() != null) {
            from.append(" and e.concernedCommuneId = :commune");
            params.put("commune", query.communeId());
        }
        if (query.from() != null) {
            from.append(" and e.receivedOn >= :from");
            params.put("from", query.from());
        }
        if (query.to() != null) {
            from.append(" and e.receivedOn <= :to");
            params.put("to", query.to());
        }
        if (query.kind() != null) {
            from.append(" and e.kind = :kind");
            params.put("kind", query.kind());
        }
        if (query.domain() != null) {
            from.append(" and e.domain = :domain");
            params.put("domain", query.domain());
        }
        if (query.handling() != null) {
            from.append(" and e.handling = :handling");
            params.put("handling", query.handling());
        }
        if (query.flags() != null && !query.flags().isEmpty()) {
            // Any of the flags asked for (a hot spot's records: mass, repeated, level-skipping or prolonged).
            StringJoiner any = new StringJoiner(" or ", " and (", ")");
            new java.util.TreeSet<>(query.flags()).forEach(flag -> any.add(switch (flag) {
                case MASS -> "e.flagMass = true";
                case LEVEL_SKIPPING -> "e.flagLevelSkipping = true";
                case REPEATED -> "e.flagRepeated = true";
                case PROLONGED -> "e.flagProlonged = true";
                case COMPLEX -> "e.flagComplex = true";
            }));
            from.append(any);
        }
        if (query.idNumber() != null) {
            from.append(" and e.id in (select r.id from ReceptionEntity r join r.citizens c where c.idNumberHash = :idHash)");
            params.put("idHash", cipher.hash(IdNumbers.normalise(query.idNumber())));
        }
        if (query.q() != null && !query.q().isBlank()) {
            String escape = " escape '" + TextSearch.ESCAPE + "'";
            from.append(" and (e.content like :q").append(escape).append(" or e.leadCitizenName like :q").append(escape)
                    .append(" or e.id in (select r.id from ReceptionEntity r join r.citizens c where c.fullName like :q")
                    .append(escape).append("))");
            params.put("q", TextSearch.containsPattern(query.q()));
        }
        // The ID number is bound to the token by its hash only, never in clear.
        String filters = String.join("|", String.valueOf(query.organizationId()), String.valueOf(query.communeId()),
                String.valueOf(query.from()), String.valueOf(query.to()), String.valueOf(query.kind()),
                String.valueOf(query.domain()), String.valueOf(query.handling()),
                query.flags() == null ? "null" : String.valueOf(new java.util.TreeSet<>(query.flags())),
                query.idNumber() == null ? "-" : java.util.HexFormat.of().formatHex((byte[]) params.get("idHash")),
                String.valueOf(query.q()), String.valueOf(scope.treePath()));
        return KeysetPager.page(em, ReceptionEntity.class, from.toString(), params, filters, SORTING.parse(sort), page);
    }

    /** The book of one unit (its own records only) in a date range, in the order they were received. */
    public List<ReceptionEntity> book(UUID organizationId, LocalDate from, LocalDate to) {
        // The citizens come in the same query: the book writes every record's citizens, and loading them lazily loaded
        // them one record at a time here (a select per record: 650 for a busy commune-month), because the access log's
        // insert runs first and its flush emptied the batch-fetch queue.
        return em.createQuery("select e from ReceptionEntity e left join fetch e.citizens"
                        + " where e.deletedAt is null and e.organizationId = :org"
                        + " and e.receivedOn between :from and :to order by e.receivedOn, e.createdAt, e.id", ReceptionEntity.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setParameter("org", organizationId).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    /** The citizens and officials of these records. */
    ReceptionLinkedRows linkedRows(List<UUID> receptionIds) {
        return ReceptionLinkedRows.of(em, receptionIds);
    }

    /** The case opened from each of these records, if any. */
    public Map<UUID, UUID> caseIds(List<UUID> receptionIds) {
        Map<UUID, UUID> result = new HashMap<>();
        if (receptionIds.isEmpty()) {
            return result;
        }
        Map<String, Object> params = new HashMap<>();
        var query = em.createQuery("select c.receptionId, c.id from CaseEntity c where c.deletedAt is null and "
                + vn.danvan.platform.persistence.JpqlLists.in("c.receptionId", receptionIds, params, "reception"),
                Object[].class);
        params.forEach(query::setParameter);
        query.getResultList().forEach(row -> result.put((UUID) row[0], (UUID) row[1]));
        return result;
    }
}
