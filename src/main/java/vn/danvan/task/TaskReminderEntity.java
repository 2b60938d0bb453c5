package vn.danvan.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * That the reminder job has sent one kind of reminder (OVERDUE) for a task and its deadline: the job reads only the
 * overdue tasks without one, however long ago they became overdue. Written by {@link TaskReminders} (INSERT IGNORE).
 */
@Entity
@Table(name = "task_reminder")
@IdClass(TaskReminderEntity.Key.class)
public class TaskReminderEntity {

    public record Key(UUID taskId, String kind, LocalDate dueDate) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }

    @Id
    @Column(name = "task_id")
    public UUID taskId;

    @Id
    @Column(name = "kind")
    public String kind;

    @Id
    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;
}
