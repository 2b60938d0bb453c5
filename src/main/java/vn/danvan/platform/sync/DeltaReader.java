package vn.danvan.platform.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.platform.config.DanvanConfig;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.paging.ListQuery;
import vn.danvan.platform.persistence.SyncedEntity;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.platform.security.UnitHistory;
import vn.danvan.platform.security.Units;
import vn.danvan.platform.sync.DeltaToken.Phase;
import vn.danvan.platform.time.AppClock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The mobile sync of every collection (Microsoft Graph's delta pattern): the first call pages through the caller's
 * current records and ends with a delta token; a call with that token returns what changed since, in change order:
 * changed records whole, deleted ones as tombstones, and, when the caller's reach changed (its unit or role, or a unit
 * moved in the tree), the records that left it as removals and those that came into it as changes; records that an
 * edit moved out of a unit of the reach ({@link SyncDepartures}) are removals too. Every record
 * answered is one the caller may see now; removals of records that left name only IDs the caller could see before.
 *
 * <p>Change numbers become visible in commit order (see ChangeStamper), so "after N" never skips a slower writer.
 */
@ApplicationScoped
public class DeltaReader {

    static final int DEFAULT_PAGE_SIZE = 100;

    private final EntityManager em;
    private final ScopeProvider scopes;
    private final CurrentCaller caller;
    private final UnitHistory history;
    private final DeltaTokens tokens;
    private final AppClock clock;
    private final DanvanConfig config;
    private final SyncRemovalMapper removals;

    DeltaReader(EntityManager em, ScopeProvider scopes, CurrentCaller caller, UnitHistory history, DeltaTokens tokens,
                AppClock clock, DanvanConfig config, SyncRemovalMapper removals) {
        this.em = em;
        this.scopes = scopes;
        this.caller = caller;
        this.history = history;
        this.tokens = tokens;
        this.clock = clock;
        this.config = config;
        this.removals = removals;
    }

    /**
     * A page of the collection's sync as the contract answers it, its changed records loaded as entities.
     *
     * @param shown  the records as the caller sees them (the feature's mapping, masking and read log)
     * @param answer builds the collection's delta model
     */
    public <E extends SyncedEntity, T, D> D answer(DeltaCollection<E> collection, String deltaToken, String pageToken,
                                                    Integer pageSize, Function<List<E>, List<T>> shown,
                                                    DeltaAnswer<T, D> answer) {
        return answerShown(collection, deltaToken, pageToken, pageSize,
                (ids, reach) -> shown.apply(entities(collection, ids, reach)), answer);
    }

    /**
     * A page of the collection's sync, its changed records read by the feature from their IDs: for a collection
     * whose records are read faster without entities (the reception book reads its rows by plain SQL).
     */
    public <T, D> D answerShown(DeltaCollection<?> collection, String deltaToken, String pageToken, Integer pageSize,
                                ShownRecords<T> shown, DeltaAnswer<T, D> answer) {
        DeltaPage page = read(collection, deltaToken, pageToken, pageSize);
        List<T> changed = page.changedIds().isEmpty() ? List.of() : shown.of(page.changedIds(), page.reach());
        return answer.of(changed, removals.toApi(page.removed()), page.nextPageToken(), page.deltaToken());
    }

    /** Shows the changed records of a page. */
    @FunctionalInterface
    public interface ShownRecords<T> {
        /**
         * The live records with these IDs, in this order, as the caller sees them. A record that is gone or no longer
         * of a unit in {@code reach} (an edit committed between the page's two reads) is left out: the next delta
         * brings its tombstone or removal.
         */
        List<T> of(List<UUID> ids, Units reach);
    }

    /** The live records of these IDs that the caller still sees, in the order of the IDs. */
    private <E extends SyncedEntity> List<E> entities(DeltaCollection<E> collection, List<UUID> ids, Units reach) {
        Map<UUID, E> byId = new HashMap<>();
        ListQuery.of(collection.type()).in("e.id", ids)
                .where(p -> collection.visibleTo().condition(reach, p, "sync_shown"))
                .first(em, "e.id", ids.size()).forEach(e -> byId.put(e.id, e));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    DeltaPage read(DeltaCollection<?> collection, String deltaToken, String pageToken, Integer pageSize) {
        if (deltaToken != null && pageToken != null) {
            throw ApiException.invalid(FieldViolation.of("pageToken", "OneToken", "sync.one-token"));
        }
        Scope scope = scopes.current();
        long now = clock.now().getEpochSecond();
        DeltaToken token = start(collection, scope, deltaToken, pageToken, now);
        if (now - token.issuedAt() > config.sync().tombstoneRetention().toSeconds()) {
            throw new ApiException(ProblemType.SYNC_TOKEN_EXPIRED, "detail.sync-token-expired",
                    config.sync().tombstoneRetention().toDays());
        }
        Units reachNow = history.now(scope);
        Units reachBefore = token.phase() == Phase.CHANGES ? null : history.at(scope(token.scope()), token.base());
        if (reachBefore != null && reachBefore.equals(reachNow) && token.cursor() == null) {
            // The tree moved elsewhere: nothing left or came into this caller's reach.
            token = token.at(Phase.CHANGES, Long.toString(token.base()));
            reachBefore = null;
        }
        return new Walk(collection, token, reachBefore, reachNow, size(pageSize), key(scope), now).run();
    }

    private DeltaToken start(DeltaCollection<?> collection, Scope scope, String deltaToken, String pageToken, long now) {
        if (pageToken != null) {
            return tokens.decode(pageToken, "pageToken", collection.name(), caller.id());
        }
        if (deltaToken == null) {
            // Before every change number (rows seeded by migrations carry 0).
            return new DeltaToken(collection.name(), caller.id(), key(scope), -1, Phase.CHANGES, "-1", true, now, false);
        }
        DeltaToken token = tokens.decode(deltaToken, "deltaToken", collection.name(), caller.id());
        boolean reachMayHaveChanged = !token.scope().equals(key(scope)) || history.movedSince(token.base());
        return reachMayHaveChanged ? token.at(Phase.LEFT, null) : token.at(Phase.CHANGES, Long.toString(token.base()));
    }

    private static int size(Integer pageSize) {
        return pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
    }

    private static String key(Scope scope) {
        return scope.unrestricted() ? "*" : scope.treePath();
    }

    private static Scope scope(String key) {
        return "*".equals(key) ? Scope.EVERYTHING : Scope.subtree(key);
    }

    /**
     * One step of the change order, as keys: a record changed or deleted ({@code deletedAt} set), or one that left a
     * unit ({@code departure}).
     */
    private record Step(long seq, UUID id, Instant deletedAt, boolean departure) {
    }

    /**
     * Where a sync stands in the change order: after a change number and, within it, after a record. Change numbers
     * are unique for every write through the service, but rows loaded at database level (seeded by a migration, a
     * bulk import of earlier data) may share one; the record's ID orders those, so that no page skips them.
     */
    record ChangeCursor(long seq, UUID id) {

        static ChangeCursor parse(String text) {
            int colon = text.indexOf(':');
            return colon < 0 ? new ChangeCursor(Long.parseLong(text), null)
                    : new ChangeCursor(Long.parseLong(text.substring(0, colon)), UUID.fromString(text.substring(colon + 1)));
        }

        static String after(Step step) {
            return step.departure() ? Long.toString(step.seq()) : step.seq() + ":" + step.id();
        }

        String condition(Map<String, Object> params) {
            params.put("sync_seq", seq);
            if (id == null) {
                return "e.changeSeq > :sync_seq";
            }
            params.put("sync_id", id);
            return "(e.changeSeq > :sync_seq or (e.changeSeq = :sync_seq and e.id > :sync_id))";
        }
    }

    /** One page: fills it from the token's phase on, moving to the next phase while there is room. */
    private final class Walk {

        private final DeltaCollection<?> collection;
        private final DeltaToken token;
        private final Units before;
        private final Units now;
        private final String scopeNow;
        private final long nowSeconds;
        private final List<UUID> changed = new ArrayList<>();
        private final List<Removal> removed = new ArrayList<>();
        private int room;

        Walk(DeltaCollection<?> collection, DeltaToken token, Units before, Units now, int size, String scopeNow,
             long nowSeconds) {
            this.collection = collection;
            this.token = token;
            this.before = before;
            this.now = now;
            this.room = size;
            this.scopeNow = scopeNow;
            this.nowSeconds = nowSeconds;
        }

        DeltaPage run() {
            Phase phase = token.phase();
            String cursor = token.cursor();
            if (phase == Phase.LEFT) {
                List<UUID> left = ListQuery.of(collection.type()).where(p -> visible(before, p, "b"))
                        .where(p -> "not (" + visible(now, p, "n") + ")").where("e.id > :value", id(cursor))
                        .firstSelected(em, "e.id", UUID.class, "e.id", room + 1);
                if (left.size() > room) {
                    left = left.subList(0, room);
                    left.forEach(id -> removed.add(new Removal(id, Removal.Reason.OUT_OF_SCOPE, null)));
                    return next(Phase.LEFT, left.get(left.size() - 1).toString());
                }
                left.forEach(id -> removed.add(new Removal(id, Removal.Reason.OUT_OF_SCOPE, null)));
                room -= left.size();
                phase = Phase.JOINED;
                cursor = null;
            }
            if (phase == Phase.JOINED) {
                if (room == 0) {
                    return next(Phase.JOINED, null);
                }
                List<UUID> joined = ListQuery.of(collection.type()).atMost("e.changeSeq", token.base())
                        .where(p -> visible(now, p, "n")).where(p -> "not (" + visible(before, p, "b") + ")")
                        .where("e.id > :value", id(cursor)).firstSelected(em, "e.id", UUID.class, "e.id", room + 1);
                if (joined.size() > room) {
                    changed.addAll(joined.subList(0, room));
                    return next(Phase.JOINED, changed.get(changed.size() - 1).toString());
                }
                changed.addAll(joined);
                room -= joined.size();
                phase = Phase.CHANGES;
                cursor = Long.toString(token.base());
            }
            if (room == 0) {
                return next(Phase.CHANGES, cursor);
            }
            // The first download needs no tombstones: the client holds nothing yet. Only the keys are read here; the
            // feature reads the changed records it shows by ID (loading them here as entities cost half of a call).
            ChangeCursor from = ChangeCursor.parse(cursor);
            List<Object[]> changes = (token.initial() ? ListQuery.of(collection.type()) : ListQuery.ofAll(collection.type()))
                    .where(from::condition).where(p -> visible(now, p, "n"))
                    .firstSelected(em, "e.id, e.changeSeq, e.deletedAt", Object[].class, "e.changeSeq, e.id", room + 1);
            List<Step> steps = new ArrayList<>();
            changes.forEach(row -> steps.add(new Step((Long) row[1], (UUID) row[0], (Instant) row[2], false)));
            if (!token.initial() && collection.departures()) {
                departed(from.seq(), room + 1).forEach(d -> steps.add(new Step(d.changeSeq, d.recordId, null, true)));
            }
            // Both lists hold everything up to their last number, so their merge does up to the room-th step.
            steps.sort(Comparator.comparingLong(Step::seq));
            boolean more = steps.size() > room;
            List<Step> taken = more ? steps.subList(0, room) : steps;
            Set<UUID> departedIds = new HashSet<>();
            for (Step step : taken) {
                if (step.departure()) {
                    if (departedIds.add(step.id())) {
                        removed.add(new Removal(step.id(), Removal.Reason.OUT_OF_SCOPE, null));
                    }
                } else if (step.deletedAt() != null) {
                    removed.add(new Removal(step.id(), Removal.Reason.DELETED, step.deletedAt()));
                } else {
                    changed.add(step.id());
                }
            }
            long last = taken.isEmpty() ? from.seq() : taken.get(taken.size() - 1).seq();
            if (more) {
                return next(Phase.CHANGES, ChangeCursor.after(taken.get(taken.size() - 1)));
            }
            String delta = tokens.encode(new DeltaToken(token.collection(), token.caller(), scopeNow,
                    Math.max(last, token.base()), Phase.CHANGES, null, false, nowSeconds, true));
            return new DeltaPage(changed, removed, now, null, delta);
        }

        /**
         * Records that left a unit of the caller's reach by an edit since {@code after} and that the caller no longer
         * reaches: they are dropped from its phone.
         */
        private List<SyncDepartureEntity> departed(long after, int limit) {
            Map<String, Object> params = new HashMap<>();
            String entity = em.getMetamodel().entity(collection.type()).getName();
            String jpql = "select d from SyncDepartureEntity d where d.collection = :collection and d.changeSeq > :after"
                    + " and " + now.condition("d.unitId", params, "sync_d")
                    + " and not exists (select e.id from " + entity + " e where e.id = d.recordId and "
                    + visible(now, params, "n") + ") order by d.changeSeq";
            var query = em.createQuery(jpql, SyncDepartureEntity.class).setParameter("collection", collection.name())
                    .setParameter("after", after).setMaxResults(limit);
            params.forEach(query::setParameter);
            return query.getResultList();
        }

        private DeltaPage next(Phase phase, String cursor) {
            return new DeltaPage(changed, removed, now, tokens.encode(token.at(phase, cursor)), null);
        }

        private String visible(Units units, Map<String, Object> params, String param) {
            return collection.visibleTo().condition(units, params, "sync_" + param);
        }

        private static UUID id(String cursor) {
            return cursor == null ? null : UUID.fromString(cursor);
        }
    }
}
