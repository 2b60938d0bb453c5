package vn.danvan.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.NotificationKind;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.sync.DeltaCollection;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.paging.ListQuery;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.SortSpec;
import vn.danvan.platform.paging.Sorting;
import vn.danvan.platform.persistence.UuidBytes;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.time.AppClock;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The notifications of the caller's own unit, with read marks per caller. Callers hold the transaction of the writes
 * (marking read).
 */
@ApplicationScoped
public class NotificationInbox {

    private static final SortSpec<NotificationEntity> NEWEST_FIRST = new Sorting<NotificationEntity>(List.of(
            new SortKey<>("createdAt", "e.createdAt", Instant.class, n -> n.createdAt)), "e.id", n -> n.id,
            "-createdAt").parse("-createdAt");
    private static final String UNREAD = "not exists (select r from NotificationReadEntity r"
            + " where r.notificationId = e.id and r.reader = :reader)";

    /** A page of notifications, which of them the caller has read, and how many are unread in all. */
    public record Inbox(Page<NotificationEntity> page, Set<UUID> read, long unreadCount) {
    }

    private final EntityManager em;
    private final CurrentCaller caller;
    private final OrganizationTreeQueries organizations;
    private final AppClock clock;

    NotificationInbox(EntityManager em, CurrentCaller caller, OrganizationTreeQueries organizations, AppClock clock) {
        this.em = em;
        this.caller = caller;
        this.organizations = organizations;
        this.clock = clock;
    }

    /**
     * What the inbox may be narrowed to: kinds, one task, read or unread by the caller ({@code read} null: both), and
     * a text searched in the (Vietnamese) title, ignoring diacritics and case.
     */
    public record Filter(String q, List<NotificationKind> kinds, UUID taskId, Boolean read) {
    }

    public Inbox list(Filter filter, PageRequest request) {
        UUID unit = unit();
        ListQuery<NotificationEntity> query = ListQuery.ofAll(NotificationEntity.class).equal("e.organizationId", unit)
                .in("e.kind", filter.kinds())
                .equal("e.taskId", filter.taskId())
                .matches(filter.q(), "e.title");
        if (filter.read() != null) {
            query.where(params -> {
                params.put("reader", caller.id());
                return filter.read() ? "not " + UNREAD : UNREAD;
            });
        }
        Page<NotificationEntity> page = query.page(em, NEWEST_FIRST, request);
        long unread = em.createQuery("select count(e) from NotificationEntity e where e.organizationId = :unit and " + UNREAD,
                        Long.class)
                .setParameter("unit", unit).setParameter("reader", caller.id()).getSingleResult();
        return new Inbox(page, readAmong(page.items().stream().map(n -> n.id).toList()), unread);
    }

    public void markRead(UUID notificationId) {
        NotificationEntity notification = em.find(NotificationEntity.class, notificationId);
        if (notification == null || !notification.organizationId.equals(unit())) {
            throw ApiException.notFound("entity.notification", notificationId);
        }
        markRead(List.of(notificationId));
    }

    public void markAllRead() {
        markRead(em.createQuery("select e.id from NotificationEntity e where e.organizationId = :unit and " + UNREAD,
                        UUID.class)
                .setParameter("unit", unit()).setParameter("reader", caller.id()).getResultList());
    }

    /** Marking twice is harmless: an existing mark stays as it was. */
    private void markRead(List<UUID> ids) {
        for (UUID id : ids) {
            em.createNativeQuery("INSERT IGNORE INTO notification_read (notification_id, reader, read_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, UuidBytes.of(id)).setParameter(2, caller.id())
                    .setParameter(3, clock.now()).executeUpdate();
        }
    }

    /**
     * Notifications in the mobile sync: those of the caller's own unit, as in the inbox, whatever the caller's reach.
     * (A caller moved to another unit keeps the old unit's notifications until a new download.)
     */
    public DeltaCollection<NotificationEntity> syncCollection() {
        UUID unit = unit();
        return new DeltaCollection<>("notifications", NotificationEntity.class, (units, params, param) -> {
            params.put(param + "unit", unit);
            return "e.organizationId = :" + param + "unit";
        });
    }

    /** Which of these notifications the caller has read. */
    public Set<UUID> readAmong(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select r.notificationId from NotificationReadEntity r"
                        + " where r.reader = :reader and r.notificationId in :ids", UUID.class)
                .setParameter("reader", caller.id()).setParameter("ids", ids).getResultList());
    }

    /** The caller's own unit; a caller without one has an empty inbox. */
    private UUID unit() {
        return caller.organizationReference().flatMap(organizations::idOf).orElse(new UUID(0, 0));
    }
}
