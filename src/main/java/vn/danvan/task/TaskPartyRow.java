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
 * A row of task_party read on its own (written through {@link TaskEntity#partyPaths}): visibility
 * queries select task IDs by path prefix from it without joining the task table again.
 */
@Entity
@Immutable
@Table(name = "task_party")
@IdClass(TaskPartyRow.Key.class)
class TaskPartyRow {

    record Key(UUID taskId, String path) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "task_id")
    UUID taskId;

    @Id
    @Column(name = "path")
    String path;
}
