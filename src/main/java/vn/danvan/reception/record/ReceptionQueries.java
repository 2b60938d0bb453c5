package vn.danvan.reception.record;

import vn.danvan.platform.sync.DeltaCollection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.jpa.HibernateHints;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads of the reception book through Hibernate: the rows of one unit's book, and what is shown beside records. */
@ApplicationScoped
public class ReceptionQueries {

    /** Reception records in the mobile sync: those of the units within the caller's reach. */
    public static final DeltaCollection<ReceptionEntity> SYNC =
            DeltaCollection.ofUnit("receptions", ReceptionEntity.class, "e.organizationId");

    private final EntityManager em;

    ReceptionQueries(EntityManager em) {
        this.em = em;
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
