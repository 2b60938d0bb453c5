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
    public record Step<T>(AuditRevision revision, RevisionType type, T state, T previous) {

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
}
