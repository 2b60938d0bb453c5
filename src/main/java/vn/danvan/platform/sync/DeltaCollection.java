package vn.danvan.platform.sync;

import vn.danvan.platform.persistence.SyncedEntity;
import vn.danvan.platform.security.Units;

import java.util.Map;

/**
 * One collection that the mobile app synchronises, as its feature declares it: a name, the entity and who sees which
 * record. The {@link DeltaReader} does the rest (change order, tombstones, records leaving or entering the caller's
 * reach, tokens) the same way for every collection.
 *
 * @param name      written into tokens, so that a token of one collection is refused by another
 * @param type      the entity; its change numbers and tombstones come from {@link SyncedEntity}
 * @param visibleTo who sees a record
 * @param departures whether the feature records edits that take a record out of a unit ({@link SyncDepartures}); only
 *                   then does a delta read the departures, a query saved on every other collection
 */
public record DeltaCollection<E extends SyncedEntity>(String name, Class<E> type, Visibility visibleTo,
                                                      boolean departures) {

    public DeltaCollection(String name, Class<E> type, Visibility visibleTo) {
        this(name, type, visibleTo, false);
    }

    /** The same collection, for a feature that records departures. */
    public DeltaCollection<E> withDepartures() {
        return new DeltaCollection<>(name, type, visibleTo, true);
    }

    /** Who sees a record. */
    @FunctionalInterface
    public interface Visibility {
        /**
         * JPQL condition on the alias {@code e}: the record is visible to the current caller when the caller reaches
         * {@code units}. Parameters go into {@code params} under names starting with {@code param}. A collection that
         * is per person (notifications) ignores the units.
         */
        String condition(Units units, Map<String, Object> params, String param);
    }

    /** A collection whose records belong to one unit each, named by {@code attribute}. */
    public static <E extends SyncedEntity> DeltaCollection<E> ofUnit(String name, Class<E> type, String attribute) {
        return new DeltaCollection<>(name, type, (units, params, param) -> units.condition(attribute, params, param));
    }
}
