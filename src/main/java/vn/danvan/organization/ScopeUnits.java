package vn.danvan.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.platform.persistence.ChangeStamper;
import vn.danvan.platform.persistence.ChangeVersions;
import vn.danvan.platform.security.Scope;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The IDs of the live units inside a scope, for queries to bind as a list. A sub-query on the tree
 * path inside a large query lets the database plan badly (it materialised the scope for every
 * reference, or sorted a million reception records before applying it); a bound list is read once
 * and lets the large table be read in its own index order. The lists are kept on this instance while
 * no organisation changes: every write of an organisation takes a higher change number, so the highest
 * one (an index look-up) is a version of the tree, valid across instances.
 */
@ApplicationScoped
class ScopeUnits {

    private static final int MAX_ENTRIES = 256;

    private record Entry(long treeVersion, List<UUID> ids) {
    }

    private final EntityManager em;
    private final ChangeStamper stamper;
    private final Map<String, Entry> entries = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    });

    private final ChangeVersions versions;
    private final UnitSnapshots snapshots;

    ScopeUnits(EntityManager em, ChangeStamper stamper, ChangeVersions versions, UnitSnapshots snapshots) {
        this.em = em;
        this.stamper = stamper;
        this.versions = versions;
        this.snapshots = snapshots;
    }

    List<UUID> of(Scope scope) {
        // A reading request has already read the tree's version for the unit snapshot: one read per request.
        long version = snapshots.current().map(UnitSnapshots.Snapshot::version)
                .orElseGet(() -> versions.highest(ChangeVersions.Table.ORGANIZATION));
        Entry entry = entries.get(scope.treePath());
        if (entry != null && entry.treeVersion() == version) {
            return entry.ids();
        }
        List<UUID> ids = List.copyOf(em.createQuery("select o.id from OrganizationEntity o where o.deletedAt is null"
                + " and o.treePath like :path", UUID.class).setParameter("path", scope.likePattern()).getResultList());
        if (!stamper.stampedInCurrentTransaction()) {
            entries.put(scope.treePath(), new Entry(version, ids));
        }
        return ids;
    }
}
