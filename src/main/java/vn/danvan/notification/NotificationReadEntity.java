package vn.danvan.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** That one caller has read one notification. */
@Entity
@Table(name = "notification_read")
@IdClass(NotificationReadEntity.Key.class)
public class NotificationReadEntity {

    public record Key(UUID notificationId, String reader) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "notification_id")
    public UUID notificationId;

    @Id
    @Column(name = "reader")
    public String reader;

    @Column(name = "read_at", nullable = false)
    public Instant readAt;
}
