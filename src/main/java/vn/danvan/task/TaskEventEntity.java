package vn.danvan.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.danvan.api.model.TaskAction;
import vn.danvan.api.model.TaskStatus;

import java.time.Instant;
import java.util.UUID;

/** One line of a task's timeline (diễn biến): append-only. */
@Entity
@Table(name = "task_event")
public class TaskEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "task_id", nullable = false)
    public UUID taskId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false)
    public TaskAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public TaskStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public TaskStatus toStatus;

    @Column(name = "actor")
    public String actor;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "note")
    public String note;

    @Column(name = "at", nullable = false)
    public Instant at;
}
