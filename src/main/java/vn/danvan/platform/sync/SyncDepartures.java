package vn.danvan.platform.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.platform.persistence.ChangeStamper;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Records leaving a unit by an edit of their own (a case transferred to another agency, an official moved to another
 * unit, a coordinating unit dropped from a task). The record's new unit may be outside the reach of those who saw it
 * through the old one; the delta sync answers them a removal. (Moves of units in the tree are the tree's history and
 * need nothing here.) The feature calls this in the edit's transaction.
 */
@ApplicationScoped
public class SyncDepartures implements PurgeableTombstones {

    private final EntityManager em;
    private final ChangeStamper stamper;

    SyncDepartures(EntityManager em, ChangeStamper stamper) {
        this.em = em;
        this.stamper = stamper;
    }

    /** The record of {@code collection} no longer belongs to {@code unitLeft}; nothing when the unit is unchanged. */
    public void record(DeltaCollection<?> collection, UUID recordId, UUID unitLeft, UUID unitNow) {
        if (!collection.departures()) {
            throw new IllegalArgumentException(collection.name() + " is not declared withDepartures(): no delta reads them");
        }
        if (unitLeft == null || Objects.equals(unitLeft, unitNow)) {
            return;
        }
        SyncDepartureEntity departure = new SyncDepartureEntity();
        departure.changeSeq = stamper.nextSequence();
        departure.collection = collection.name();
        departure.recordId = recordId;
        departure.unitId = unitLeft;
        departure.departedAt = stamper.now();
        em.persist(departure);
    }

    /** Departures are only read by delta tokens, which expire with the retention. */
    @Override
    public int purgeDeletedBefore(Instant cutoff) {
        return em.createQuery("delete from SyncDepartureEntity d where d.departedAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }
}
