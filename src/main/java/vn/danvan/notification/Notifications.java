package vn.danvan.notification;

import vn.danvan.platform.persistence.ChangeStamper;
import jakarta.persistence.EntityManager;
import vn.danvan.platform.persistence.UuidBytes;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.NotificationKind;
import vn.danvan.platform.time.AppClock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.danvan.platform.error.Messages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Sends notifications to units; what other features call. */
@ApplicationScoped
public class Notifications {

    private static final int MAX_TITLE = 600;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChangeStamper stamper;
    private final EntityManager em;
    private final AppClock clock;

    Notifications(EntityManager em, AppClock clock, ChangeStamper stamper) {
        this.stamper = stamper;
        this.em = em;
        this.clock = clock;
    }

    /** A notification of an event, in the caller's transaction. */
    public void send(UUID organizationId, NotificationKind kind, UUID taskId, NotificationText text, LocalDate dueDate) {
        NotificationEntity notification = new NotificationEntity();
        notification.id = UUID.randomUUID();
        notification.organizationId = organizationId;
        notification.kind = kind;
        notification.taskId = taskId;
        notification.title = shorten(render(Messages.VIETNAMESE, text.key(), text.args()));
        notification.messageKey = text.key();
        notification.messageArgs = json(text.args());
        notification.dueDate = dueDate;
        notification.createdAt = clock.now();
        em.persist(notification);
    }

    /**
     * A notification that must exist once only, whoever sends it and however often: the unique key
     * makes a second insert (another instance, a retried run) a no-op. @return whether it was new.
     */
    public boolean sendOnce(String dedupKey, UUID organizationId, NotificationKind kind, UUID taskId,
                            NotificationText text, LocalDate dueDate) {
        // Stamped here as the entity listener would: the mobile sync reads notifications by change number.
        Instant now = stamper.now();
        int inserted = em.createNativeQuery("INSERT IGNORE INTO notification"
                        + " (id, organization_id, kind, task_id, title, due_date, dedup_key, created_at, message_key,"
                        + " message_args, updated_at, version, change_seq)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?8, 0, ?11)")
                .setParameter(1, UuidBytes.of(UUID.randomUUID()))
                .setParameter(2, UuidBytes.of(organizationId))
                .setParameter(3, kind.name())
                .setParameter(4, taskId == null ? null : UuidBytes.of(taskId))
                .setParameter(5, shorten(render(Messages.VIETNAMESE, text.key(), text.args())))
                .setParameter(6, dueDate)
                .setParameter(7, dedupKey)
                .setParameter(8, now)
                .setParameter(9, text.key())
                .setParameter(10, json(text.args()))
                .setParameter(11, stamper.nextSequence())
                .executeUpdate();
        return inserted > 0;
    }

    /** The notification's title in a language: from its key and arguments, or its stored title (before V40). */
    public static String title(NotificationEntity notification, Locale locale) {
        if (notification.messageKey == null) {
            return notification.title;
        }
        try {
            List<String> args = JSON.readValue(notification.messageArgs, new TypeReference<>() {
            });
            return shorten(render(locale, notification.messageKey, args));
        } catch (JsonProcessingException e) {
            return notification.title;
        }
    }

    private static String render(Locale locale, String key, List<String> args) {
        return Messages.render(locale, key, args.toArray());
    }

    private static String json(List<String> args) {
        try {
            return JSON.writeValueAsString(args);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shorten(String title) {
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
    }

}
