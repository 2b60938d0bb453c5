package vn.danvan.organization;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.platform.persistence.ChangeStamper;
import vn.danvan.platform.persistence.ChangeVersions;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The names and tree paths of all units, kept on this instance for reading requests: every request
 * looked up the caller's tree path and every list the names of the units it shows, two queries that
 * cost a sixth of a task page. The snapshot is only used while it is exactly current: every write of an
 * organisation (on any instance) takes a higher change number, committed in order, so the highest one,
 * read once per request, is a version of the tree. Writing requests, and a request whose transaction has
 * written, read the database instead; so does a request that finds the snapshot out of date while another
 * is rebuilding it, or within a second of the last rebuild (an import of thousands of units would
 * otherwise rebuild it for every read in between).
 */
@ApplicationScoped
class UnitSnapshots {

    private static final String VERSION_KEY = UnitSnapshots.class.getName() + ".version";
    private static final long MIN_REBUILD_INTERVAL_NANOS = Duration.ofSeconds(1).toNanos();

    record Unit(String name, String treePath, boolean live) {
    }

    record Snapshot(long version, Map<UUID, Unit> units) {

        Optional<String> liveTreePath(UUID id) {
            Unit unit = units.get(id);
            return unit == null || !unit.live() ? Optional.empty() : Optional.of(unit.treePath());
        }
    }

    private final EntityManager em;
    private final ChangeStamper stamper;
    private final CurrentVertxRequest request;
    private final ReentrantLock rebuilding = new ReentrantLock();
    private volatile Snapshot snapshot;
    private volatile long lastRebuildNanos = System.nanoTime() - MIN_REBUILD_INTERVAL_NANOS;

    private final ChangeVersions versions;

    UnitSnapshots(EntityManager em, ChangeStamper stamper, CurrentVertxRequest request, ChangeVersions versions) {
        this.versions = versions;
        this.em = em;
        this.stamper = stamper;
        this.request = request;
    }

    /** The current snapshot, or empty when this request must read the database. */
    Optional<Snapshot> current() {
        var http = readingRequest();
        if (http == null || stamper.stampedInCurrentTransaction()) {
            return Optional.empty();
        }
        Long version = http.get(VERSION_KEY);
        if (version == null) {
            version = versions.highest(ChangeVersions.Table.ORGANIZATION);
            http.put(VERSION_KEY, version);
        }
        Snapshot known = snapshot;
        if (known != null && known.version() == version) {
            return Optional.of(known);
        }
        // Monotonic time: the interval only spaces rebuilds out, whatever the application clock says.
        long now = System.nanoTime();
        if (now - lastRebuildNanos < MIN_REBUILD_INTERVAL_NANOS || !rebuilding.tryLock()) {
            return Optional.empty();
        }
        try {
            lastRebuildNanos = now;
            Snapshot rebuilt = load(version);
            snapshot = rebuilt;
            return Optional.of(rebuilt);
        } finally {
            rebuilding.unlock();
        }
    }

    /**
     * Read after the version: a unit written in between is already in it (it is only newer than its
     * version says, and the next request rebuilds it).
     */
    private Snapshot load(long version) {
        List<Object[]> rows = em.createQuery("select o.id, o.name, o.treePath, o.deletedAt from OrganizationEntity o",
                Object[].class).getResultList();
        Map<UUID, Unit> units = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            units.put((UUID) row[0], new Unit((String) row[1], (String) row[2], row[3] == null));
        }
        return new Snapshot(version, Map.copyOf(units));
    }

    private io.vertx.ext.web.RoutingContext readingRequest() {
        try {
            var http = request.getCurrent();
            if (http == null) {
                return null;
            }
            String method = http.request().method().name();
            return "GET".equals(method) || "HEAD".equals(method) ? http : null;
        } catch (RuntimeException noRequestContext) {
            return null;
        }
    }
}
