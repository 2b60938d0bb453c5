package vn.danvan.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.util.UUID;

/**
 * A row of task_coordinator read on its own (the task's coordinating units are written through
 * {@link TaskEntity#coordinatingOrganizationIds}): visibility queries select task IDs from it without
 * joining the task table again.
 */
@Entity
@Immutable
@Table(name = "task_coordinator")
@IdClass(TaskCoordinatorRow.Key.class)
class TaskCoordinatorRow {

    record Key(UUID taskId, UUID organizationId) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "task_id")
    UUID taskId;

    @Id
    @Column(name = "organization_id")
    UUID organizationId;
}
