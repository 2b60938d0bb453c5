package vn.danvan.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.danvan.api.model.NotificationKind;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.LocalDate;
import java.util.UUID;

/** A notification to a unit; each official of the unit reads it on their own. */
@Entity
@Table(name = "notification")
public class NotificationEntity extends SyncedEntity {

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public NotificationKind kind;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "title", nullable = false)
    public String title;

    /** The bundle key of the text (null for notifications written before V40: then the title is all there is). */
    @Column(name = "message_key")
    public String messageKey;

    /** The key's arguments, as a JSON array of strings. */
    @Column(name = "message_args")
    public String messageArgs;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "dedup_key")
    public String dedupKey;

}
