package vn.danvan.notification;

import vn.danvan.platform.sync.DeltaReader;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import vn.danvan.platform.error.ProblemFactory;
import vn.danvan.api.model.NotificationDelta;
import vn.danvan.api.NotificationsApi;
import vn.danvan.api.model.NotificationPage;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.paging.PageRequest;
import java.util.UUID;

/** /api/v1/notifications — the caller's unit's notifications, read state per caller. */
@Idempotent
public class NotificationResource implements NotificationsApi {

    private final DeltaReader deltas;
    private final NotificationInbox inbox;
    private final NotificationMapper mapper;

    @Context
    HttpHeaders headers;

    NotificationResource(NotificationInbox inbox, NotificationMapper mapper, DeltaReader deltas) {
        this.deltas = deltas;
        this.inbox = inbox;
        this.mapper = mapper;
    }

    @Override
    public Response listNotifications(Boolean unreadOnly, Integer pageSize, String pageToken) {
        NotificationInbox.Inbox found = inbox.list(Boolean.TRUE.equals(unreadOnly), PageRequest.of(pageSize, pageToken));
        return Response.ok(new NotificationPage().unreadCount(found.unreadCount())
                .items(mapper.toApi(found.page().items(),
                        new NotificationMapper.Reader(found.read(), ProblemFactory.locale(headers))))
                .nextPageToken(found.page().nextPageToken())).build();
    }

    @Override
    @Transactional
    public Response markNotificationRead(UUID notificationId) {
        inbox.markRead(notificationId);
        return Response.noContent().build();
    }

    @Override
    @Transactional
    public Response markAllNotificationsRead() {
        inbox.markAllRead();
        return Response.noContent().build();
    }

    @Override
    public Response syncNotifications(String deltaToken, String pageToken, Integer pageSize) {
        return Response.ok(deltas.answer(inbox.syncCollection(), deltaToken, pageToken, pageSize,
                items -> mapper.toApi(items, new NotificationMapper.Reader(
                        inbox.readAmong(items.stream().map(n -> n.id).toList()), ProblemFactory.locale(headers))),
                (changed, removed, next, delta) -> new NotificationDelta()
                        .changed(changed).removed(removed).nextPageToken(next).deltaToken(delta))).build();
    }
}
