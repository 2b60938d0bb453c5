package vn.danvan.webhook.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.platform.sync.PurgeableTombstones;

import java.time.Instant;

/**
 * Deleted webhook subscriptions with their delivery log (no one can read it once the subscription is gone) and their
 * sealed signing secrets.
 */
@ApplicationScoped
class SubscriptionTombstones implements PurgeableTombstones {

    private final EntityManager em;

    SubscriptionTombstones(EntityManager em) {
        this.em = em;
    }

    @Override
    public int purgeDeletedBefore(Instant cutoff) {
        // Attempts go with their deliveries (ON DELETE CASCADE).
        em.createQuery("delete from WebhookDeliveryEntity d where d.subscriptionId in"
                        + " (select s.id from WebhookSubscriptionEntity s where s.deletedAt < :cutoff)")
                .setParameter("cutoff", cutoff).executeUpdate();
        return em.createQuery("delete from WebhookSubscriptionEntity e where e.deletedAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }
}
