package vn.danvan.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.platform.persistence.SyncedEntity;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageCursors;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.SortSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.TreeSet;
import java.util.Comparator;
import org.hibernate.envers.AuditReader;

/**
 * Reads the audit trail of one record, newest first, a page at a time. Each step carries the record's
 * state after the revision and the state before it (the next older revision), so that callers can say
 * what changed. Pages are keyset pages on the revision number with the platform's opaque tokens.
 */
@ApplicationScoped
public class AuditHistory {

    /**
     * One revision of a record.
     *
     * @param state    the audited fields after the revision (after a hard delete: the last state)
     * @param previous the audited fields before it; {@code null} for the oldest revision
     */
    public record Step<T>(AuditRevision revision, RevisionType type, T state, T previous,
                          Map<Class<?>, List<?>> partsAfter, Map<Class<?>, List<?>> partsBefore) {

        public Step(AuditRevision revision, RevisionType type, T state, T previous) {
            this(revision, type, state, previous, Map.of(), Map.of());
        }

        /** The owned rows of one part after the revision, in their order. */
        public <P> List<P> parts(AuditedPart<P> part) {
            return rows(partsAfter, part);
        }

        /** The owned rows of one part before the revision; none when the revision created the record. */
        public <P> List<P> previousParts(AuditedPart<P> part) {
            return type == RevisionType.ADD ? List.of() : rows(partsBefore, part);
        }

        @SuppressWarnings("unchecked")
        private static <P> List<P> rows(Map<Class<?>, List<?>> parts, AuditedPart<P> part) {
            List<P> rows = new ArrayList<>((List<P>) parts.getOrDefault(part.type(), List.of()));
            rows.sort(part.order());
            return rows;
        }

        /** The state before, or {@code null} when the revision created the record. */
        public T before() {
            return type == RevisionType.ADD ? null : previous;
        }

        /**
         * Whether this revision deleted the record: deletions are tombstones (a modification that sets
         * deletedAt), so Envers records them as modifications.
         */
        public boolean deleted() {
            if (type == RevisionType.DEL) {
                return true;
            }
            return type == RevisionType.MOD && state instanceof SyncedEntity after && after.deletedAt != null
                    && !(before() instanceof SyncedEntity earlier && earlier.deletedAt != null);
        }
    }

    private static final SortSpec<Step<?>> NEWEST_FIRST = new SortSpec<>(List.of(new SortSpec.Order<>(
            new SortKey<>("revision", "rev", Long.class, step -> step.revision().id), true)));

    private final EntityManager em;

    public AuditHistory(EntityManager em) {
        this.em = em;
    }

    /** Envers reads only inside a transaction (it binds its reader to the transaction's session). */
    @Transactional
    @SuppressWarnings("unchecked")
    public <T> Page<Step<T>> page(Class<T> type, Object id, PageRequest request) {
        String filters = "history|" + type.getName() + "|" + id;
        AuditQuery query = AuditReaderFactory.get(em.unwrap(Session.class)).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                // One row more than the page: it tells that another page follows, and it is the state
                // before the page's last revision.
                .setMaxResults(request.pageSize() + 1);
        if (request.pageToken() != null) {
            long last = (Long) PageCursors.position(request.pageToken(), filters, NEWEST_FIRST)[0];
            query.add(AuditEntity.revisionNumber().lt(last));
        }
        List<Object[]> rows = query.getResultList();
        List<Step<T>> steps = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), request.pageSize()); i++) {
            Object[] row = rows.get(i);
            T previous = i + 1 < rows.size() ? (T) rows.get(i + 1)[0] : null;
            steps.add(new Step<>((AuditRevision) row[1], (RevisionType) row[2], (T) row[0], previous));
        }
        if (rows.size() <= request.pageSize()) {
            return new Page<>(steps, null);
        }
        Step<?> last = steps.get(steps.size() - 1);
        return new Page<>(steps, PageCursors.after(filters, NEWEST_FIRST, last));
    }

    /**
     * The history of a record together with rows it owns that are audited on their own (a reception's citizens): a
     * revision that changed the record or any of its rows is one step, carrying the record's state and its rows'
     * states after it and before it (at the next older step). Rows are found by the property holding the record's ID.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public <T> Page<Step<T>> page(Class<T> type, Object id, List<AuditedPart<?>> parts, PageRequest request) {
        String filters = "history|" + type.getName() + "|" + id;
        AuditReader reader = AuditReaderFactory.get(em.unwrap(Session.class));
        Long before = request.pageToken() == null ? null
                : (Long) PageCursors.position(request.pageToken(), filters, NEWEST_FIRST)[0];
        int wanted = request.pageSize() + 1;
        TreeSet<Long> numbers = new TreeSet<>(Comparator.reverseOrder());
        numbers.addAll(revisionNumbers(reader.createQuery().forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id)), before, wanted));
        for (AuditedPart<?> part : parts) {
            numbers.addAll(revisionNumbers(reader.createQuery().forRevisionsOfEntity(part.type(), false, true)
                    .add(AuditEntity.property(part.parentProperty()).eq(id)), before, wanted));
        }
        List<Long> revisions = numbers.stream().limit(wanted).toList();
        if (revisions.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        // The record's own rows at these revisions tell what each did to it; the other revisions changed its rows only.
        Map<Long, Object[]> own = new HashMap<>();
        List<Object[]> rows = reader.createQuery().forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id)).add(AuditEntity.revisionNumber().in(revisions)).getResultList();
        for (Object[] row : rows) {
            own.put(((AuditRevision) row[1]).id, row);
        }
        List<T> states = new ArrayList<>();
        List<Map<Class<?>, List<?>>> partStates = new ArrayList<>();
        for (Long revision : revisions) {
            Object[] row = own.get(revision);
            states.add(row != null ? (T) row[0] : reader.find(type, id, revision));
            Map<Class<?>, List<?>> byType = new HashMap<>();
            for (AuditedPart<?> part : parts) {
                byType.put(part.type(), reader.createQuery().forEntitiesAtRevision(part.type(), revision)
                        .add(AuditEntity.property(part.parentProperty()).eq(id)).getResultList());
            }
            partStates.add(byType);
        }
        List<Step<T>> steps = new ArrayList<>();
        for (int i = 0; i < Math.min(revisions.size(), request.pageSize()); i++) {
            long revision = revisions.get(i);
            Object[] row = own.get(revision);
            AuditRevision described = row != null ? (AuditRevision) row[1]
                    : reader.findRevision(AuditRevision.class, revision);
            RevisionType kind = row != null ? (RevisionType) row[2] : RevisionType.MOD;
            boolean older = i + 1 < revisions.size();
            steps.add(new Step<>(described, kind, states.get(i), older ? states.get(i + 1) : null,
                    partStates.get(i), older ? partStates.get(i + 1) : Map.of()));
        }
        if (revisions.size() <= request.pageSize()) {
            return new Page<>(steps, null);
        }
        return new Page<>(steps, PageCursors.after(filters, NEWEST_FIRST, steps.get(steps.size() - 1)));
    }

    @SuppressWarnings("unchecked")
    private static List<Long> revisionNumbers(AuditQuery query, Long before, int max) {
        if (before != null) {
            query.add(AuditEntity.revisionNumber().lt(before));
        }
        return ((List<Number>) query.addProjection(AuditEntity.revisionNumber().distinct())
                .addOrder(AuditEntity.revisionNumber().desc()).setMaxResults(max).getResultList())
                .stream().map(Number::longValue).toList();
    }
}
