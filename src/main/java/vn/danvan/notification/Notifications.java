package vn.danvan.notification;

import vn.danvan.platform.persistence.UuidBytes;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.NotificationKind;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.util.UUID;

/** Sends notifications to units; what other features call. */
@ApplicationScoped
public class Notifications {

    private static final int MAX_TITLE = 600;

    private final AppClock clock;

    Notifications(AppClock clock) {
        this.clock = clock;
    }

    /** A notification of an event, in the caller's transaction. */
    public void send(UUID organizationId, NotificationKind kind, UUID taskId, String title, LocalDate dueDate) {
        NotificationEntity notification = new NotificationEntity();
        notification.id = UUID.randomUUID();
        notification.organizationId = organizationId;
        notification.kind = kind;
        notification.taskId = taskId;
        notification.title = shorten(title);
        notification.dueDate = dueDate;
        notification.createdAt = clock.now();
        Panache.getEntityManager().persist(notification);
    }

    /**
     * A notification that must exist once only, whoever sends it and however often: the unique key
     * makes a second insert (another instance, a retried run) a no-op. @return whether it was new.
     */
    public boolean sendOnce(String dedupKey, UUID organizationId, NotificationKind kind, UUID taskId, String title,
                            LocalDate dueDate) {
        int inserted = Panache.getEntityManager().createNativeQuery("INSERT IGNORE INTO notification"
                        + " (id, organization_id, kind, task_id, title, due_date, dedup_key, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, UuidBytes.of(UUID.randomUUID()))
                .setParameter(2, UuidBytes.of(organizationId))
                .setParameter(3, kind.name())
                .setParameter(4, taskId == null ? null : UuidBytes.of(taskId))
                .setParameter(5, shorten(title))
                .setParameter(6, dueDate)
                .setParameter(7, dedupKey)
                .setParameter(8, clock.now())
                .executeUpdate();
        return inserted > 0;
    }

    private static String shorten(String title) {
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
    }

}
