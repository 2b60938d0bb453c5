package vn.danvan.platform.sync;

import vn.danvan.platform.persistence.SyncedEntity;
import vn.danvan.platform.security.Units;

import java.util.Map;

/**
 * One collection that the mobile app synchronises, as its feature declares it: the entity and who sees which record.
 * The {@link DeltaReader} does the rest (change order, tombstones, records leaving or entering the caller's reach,
 * tokens) the same way for every collection.
 *
 * @param <E> the entity; its change numbers and tombstones come from {@link SyncedEntity}
 */
public interface DeltaCollection<E extends SyncedEntity> {

    /** The name written into tokens, so that a token of one collection is refused by another. */
    String name();

    Class<E> type();

    /**
     * JPQL condition on the alias {@code e}: the record is visible to the current caller when the caller reaches
     * {@code units}. Parameters are put into {@code params} under names starting with {@code param}. A collection
     * that is per person (notifications) ignores the units.
     */
    String visibleTo(Units units, Map<String, Object> params, String param);
}
