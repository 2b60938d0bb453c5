package vn.danvan.notification;

import vn.danvan.platform.persistence.UuidBytes;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import vn.danvan.api.NotificationsApi;
import vn.danvan.api.model.Notification;
import vn.danvan.api.model.NotificationPage;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.mapping.TimeMappings;
import vn.danvan.platform.paging.KeysetPager;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.SortSpec;
import vn.danvan.platform.paging.Sorting;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.security.Roles;
import vn.danvan.platform.time.AppClock;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** /api/v1/notifications — the caller's unit's notifications, read state per caller. */
public class NotificationResource implements NotificationsApi {

    private static final SortSpec<NotificationEntity> NEWEST_FIRST = new Sorting<NotificationEntity>(List.of(
            new SortKey<>("createdAt", "e.createdAt", Instant.class, n -> n.createdAt)), "e.id", n -> n.id,
            "-createdAt").parse("-createdAt");
    private static final String UNREAD = "not exists (select r from NotificationReadEntity r"
            + " where r.notificationId = e.id and r.reader = :reader)";

    private final CurrentCaller caller;
    private final OrganizationDirectory organizations;
    private final AppClock clock;

    NotificationResource(CurrentCaller caller, OrganizationDirectory organizations, AppClock clock) {
        this.caller = caller;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public Response listNotifications(Boolean unreadOnly, Integer pageSize, String pageToken) {
        UUID unit = unit();
        Map<String, Object> params = new HashMap<>();
        params.put("unit", unit);
        String base = "from NotificationEntity e where e.organizationId = :unit";
        boolean onlyUnread = Boolean.TRUE.equals(unreadOnly);
        if (onlyUnread) {
            params.put("reader", caller.id());
        }
        Page<NotificationEntity> page = KeysetPager.page(Panache.getEntityManager(), NotificationEntity.class,
                base + (onlyUnread ? " and " + UNREAD : ""), params, "unread=" + onlyUnread, NEWEST_FIRST,
                PageRequest.of(pageSize, pageToken));
        var count = Panache.getEntityManager().createQuery("select count(e) " + base + " and " + UNREAD, Long.class)
                .setParameter("unit", unit).setParameter("reader", caller.id());
        Set<UUID> read = readAmong(page.items().stream().map(n -> n.id).toList());
        return Response.ok(new NotificationPage().unreadCount(count.getSingleResult())
                .items(page.items().stream().map(n -> toApi(n, read.contains(n.id))).toList())
                .nextPageToken(page.nextPageToken())).build();
    }

    @Override
    @Transactional
    public Response markNotificationRead(UUID notificationId) {
        NotificationEntity notification = Panache.getEntityManager().find(NotificationEntity.class, notificationId);
        if (notification == null || !notification.organizationId.equals(unit())) {
            throw ApiException.notFound("entity.notification", notificationId);
        }
        markRead(List.of(notificationId));
        return Response.noContent().build();
    }

    @Override
    @Transactional
    public Response markAllNotificationsRead() {
        List<UUID> unread = Panache.getEntityManager().createQuery("select e.id from NotificationEntity e"
                        + " where e.organizationId = :unit and " + UNREAD, UUID.class)
                .setParameter("unit", unit()).setParameter("reader", caller.id()).getResultList();
        markRead(unread);
        return Response.noContent().build();
    }

    /** Marking twice is harmless: an existing mark stays as it was. */
    private void markRead(List<UUID> ids) {
        for (UUID id : ids) {
            Panache.getEntityManager().createNativeQuery("INSERT IGNORE INTO notification_read"
                            + " (notification_id, reader, read_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, UuidBytes.of(id)).setParameter(2, caller.id())
                    .setParameter(3, clock.now()).executeUpdate();
        }
    }

    private Set<UUID> readAmong(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(Panache.getEntityManager().createQuery("select r.notificationId from NotificationReadEntity r"
                        + " where r.reader = :reader and r.notificationId in :ids", UUID.class)
                .setParameter("reader", caller.id()).setParameter("ids", ids).getResultList());
    }

    /** The caller's own unit; a caller without one has an empty inbox. */
    private UUID unit() {
        return caller.organizationReference().flatMap(organizations::idOf)
                .orElse(new UUID(0, 0));
    }

    private static Notification toApi(NotificationEntity n, boolean read) {
        return new Notification().id(n.id).kind(n.kind).taskId(n.taskId).organizationId(n.organizationId).title(n.title)
                .dueDate(n.dueDate).read(read).createdAt(TimeMappings.toOffsetDateTime(n.createdAt));
    }
}
