package vn.danvan.webhook.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.platform.paging.ListQuery;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.Sorting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads of subscriptions: a client's own list, and what the delivery job needs. */
@ApplicationScoped
public class SubscriptionQueries {

    private static final Sorting<WebhookSubscriptionEntity> SORTING = new Sorting<>(List.of(
            new SortKey<>("createdAt", "e.createdAt", Instant.class, s -> s.createdAt)),
            "e.id", s -> s.id, "createdAt");

    private final EntityManager em;

    SubscriptionQueries(EntityManager em) {
        this.em = em;
    }

    /** The owner's live subscriptions, oldest first. */
    public Page<WebhookSubscriptionEntity> list(UUID owner, PageRequest page) {
        return ListQuery.of(WebhookSubscriptionEntity.class)
                .equal("e.ownerId", owner)
                .page(em, SORTING.parse(null), page);
    }

    /** Every live subscription (a province has a handful of clients, each a few subscriptions). */
    public List<WebhookSubscriptionEntity> live() {
        return em.createQuery("from WebhookSubscriptionEntity s where s.deletedAt is null",
                WebhookSubscriptionEntity.class).getResultList();
    }

    /** A subscription, deleted or not. */
    public Optional<WebhookSubscriptionEntity> find(UUID id) {
        return Optional.ofNullable(em.find(WebhookSubscriptionEntity.class, id));
    }
}
