package vn.danvan.mobilization.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.platform.sync.PurgeableTombstones;

import java.time.Instant;

/**
 * Deleted appraisal criteria and registration windows: nothing refers to them (an appraisal keeps the criterion as it
 * was: code, name, scale), so once the sync no longer needs their tombstones they go.
 */
@ApplicationScoped
class SettingsTombstones implements PurgeableTombstones {

    private final EntityManager em;

    SettingsTombstones(EntityManager em) {
        this.em = em;
    }

    @Override
    public int purgeDeletedBefore(Instant cutoff) {
        return em.createQuery("delete from AppraisalCriterionEntity e where e.deletedAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate()
                + em.createQuery("delete from RegistrationWindowEntity e where e.deletedAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }
}
