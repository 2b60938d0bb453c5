package vn.danvan.webhook.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.WebhookDeliveryStatus;
import vn.danvan.platform.paging.ListQuery;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.Sorting;
import vn.danvan.platform.persistence.JpqlLists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The delivery log of a subscription (the caller has checked that it is theirs). */
@ApplicationScoped
public class DeliveryQueries {

    private static final Sorting<WebhookDeliveryEntity> SORTING = new Sorting<>(List.of(
            new SortKey<>("eventSeq", "e.eventSeq", Long.class, d -> d.eventSeq)),
            "e.id", d -> d.id, "-eventSeq");

    private final EntityManager em;

    DeliveryQueries(EntityManager em) {
        this.em = em;
    }

    /** Newest event first (one delivery per event and subscription, so the order is total). */
    public Page<WebhookDeliveryEntity> log(UUID subscriptionId, WebhookDeliveryStatus status, PageRequest page) {
        return ListQuery.ofAll(WebhookDeliveryEntity.class)
                .equal("e.subscriptionId", subscriptionId)
                .equal("e.status", status)
                .page(em, SORTING.parse(null), page);
    }

    /** The attempts of these deliveries, oldest first, read in one query per page. */
    public Map<UUID, List<WebhookAttemptEntity>> attempts(List<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> params = new HashMap<>();
        var query = em.createQuery("from WebhookAttemptEntity a where "
                + JpqlLists.in("a.deliveryId", deliveryIds, params, "id") + " order by a.number", WebhookAttemptEntity.class);
        params.forEach(query::setParameter);
        return query.getResultList().stream().collect(Collectors.groupingBy(a -> a.deliveryId));
    }
}
