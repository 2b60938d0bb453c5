package vn.danvan.engagement.dialogue;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.audit.AuditedFields;
import vn.danvan.platform.audit.AuditedPart;
import vn.danvan.platform.audit.AuditedRecord;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The history of a dialogue session with the opinions raised at it (each answered or assigned): the sessions the caller
 * may read, their fields as the API names them. The invited citizens (their names and phones) and the other lists are
 * shown with the session, not in its history, so no personal data is shown here and nothing is logged.
 */
@ApplicationScoped
public class DialogueHistory implements AuditedRecord<DialogueEntity> {

    static final AuditedFields<DialogueEntity> FIELDS = AuditedFields.<DialogueEntity>builder()
            .field("organizationId", d -> d.organizationId)
            .field("chairUserId", d -> d.chairUserId)
            .field("chairName", d -> d.chairName)
            .field("chairPosition", d -> d.chairPosition)
            .field("heldOn", d -> d.heldOn)
            .field("placeKind", d -> d.placeKind)
            .field("place", d -> d.place)
            .field("placeOrganizationId", d -> d.placeOrganizationId)
            .field("subject", d -> d.subject)
            .field("status", d -> d.status)
            .field("minutesAttachmentId", d -> d.minutesAttachmentId)
            .field("announcement", d -> d.announcement)
            .field("resultSummary", d -> d.resultSummary)
            .field("cancellationReason", d -> d.cancellationReason)
            .build();

    static final AuditedPart<DialogueItemEntity> ITEMS = new AuditedPart<>(DialogueItemEntity.class, "dialogueId",
            Comparator.comparingInt(i -> i.number), "items", AuditedFields.<DialogueItemEntity>builder()
            .field("number", i -> i.number)
            .field("text", i -> i.text)
            .field("raisedBy", i -> i.raisedBy)
            .field("status", i -> i.status)
            .field("answer", i -> i.answer)
            .field("responsibleOrganizationId", i -> i.responsibleOrganizationId)
            .field("dueDate", i -> i.dueDate)
            .field("commitment", i -> i.commitment)
            .field("taskId", i -> i.taskId)
            .build());

    private final DialogueAccess access;

    DialogueHistory(DialogueAccess access) {
        this.access = access;
    }

    @Override
    public Class<DialogueEntity> type() {
        return DialogueEntity.class;
    }

    @Override
    public DialogueEntity visible(UUID id) {
        return access.readable(id);
    }

    @Override
    public AuditedFields<DialogueEntity> fields(DialogueEntity record) {
        return FIELDS;
    }

    @Override
    public List<AuditedPart<?>> parts(DialogueEntity record) {
        return List.of(ITEMS);
    }
}
