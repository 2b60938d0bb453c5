package vn.danvan.engagement.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import vn.danvan.api.model.DialogueItemStatus;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Ý kiến, kiến nghị — one opinion raised at a session. Stored statuses are OPEN, ANSWERED and ASSIGNED; DONE is read
 * from the task that tracks an assigned item (accepted), so the task stays the one record of the follow-up.
 */
@Entity
@Table(name = "dialogue_item")
@Audited
public class DialogueItemEntity extends SyncedEntity {

    @Column(name = "dialogue_id", nullable = false, updatable = false)
    public UUID dialogueId;

    @Column(name = "number", nullable = false, updatable = false)
    public int number;

    @Column(name = "text", nullable = false)
    public String text;

    @Column(name = "raised_by")
    public String raisedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public DialogueItemStatus status;

    @Column(name = "answer")
    public String answer;

    @Column(name = "responsible_organization_id")
    public UUID responsibleOrganizationId;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "commitment")
    public String commitment;

    @Column(name = "task_id")
    public UUID taskId;
}
