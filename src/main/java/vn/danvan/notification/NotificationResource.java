package vn.danvan.notification;

import vn.danvan.platform.sync.DeltaReader;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import vn.danvan.api.model.NotificationKind;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemFactory;
import vn.danvan.api.model.NotificationDelta;
import vn.danvan.api.NotificationsApi;
import vn.danvan.api.model.NotificationPage;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.paging.PageRequest;
import java.util.List;
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
    public Response listNotifications(Boolean unreadOnly, Boolean read, List<NotificationKind> kind, UUID taskId, String q,
                                      Integer pageSize, String pageToken) {
        if (Boolean.TRUE.equals(unreadOnly) && Boolean.TRUE.equals(read)) {
            throw ApiException.invalid(FieldViolation.of("read", "Conflict", "notification.read-and-unread-only"));
        }
        Boolean readState = Boolean.TRUE.equals(unreadOnly) ? Boolean.FALSE : read;
        NotificationInbox.Inbox found = inbox.list(new NotificationInbox.Filter(q, kind, taskId, readState),
                PageRequest.of(pageSize, pageToken));
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
