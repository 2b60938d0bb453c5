package vn.danvan.engagement.dialogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.DialogueItemAssignment;
import vn.danvan.api.model.DialogueItemCreate;
import vn.danvan.api.model.DialogueItemStatus;
import vn.danvan.api.model.TaskCreate;
import vn.danvan.api.model.TaskPriority;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.platform.time.AppClock;
import vn.danvan.task.TaskService;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * The opinions raised at a session: recorded, answered on the spot, or assigned to a unit. An assignment is a task
 * (TaskService), so the follow-up, its reminders, overdue notices and the monitoring summary are the tasks' own.
 */
@ApplicationScoped
public class DialogueItemService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final EntityManager em;
    private final DialogueAccess access;
    private final OrganizationTreeQueries directory;
    private final ScopeProvider scopes;
    private final TaskService tasks;
    private final AppClock clock;

    DialogueItemService(EntityManager em, DialogueAccess access, OrganizationTreeQueries directory, ScopeProvider scopes,
                        TaskService tasks, AppClock clock) {
        this.em = em;
        this.access = access;
        this.directory = directory;
        this.scopes = scopes;
        this.tasks = tasks;
        this.clock = clock;
    }

    public List<DialogueItemEntity> list(UUID dialogueId) {
        access.readable(dialogueId);
        return em.createQuery("select i from DialogueItemEntity i where i.dialogueId = :id and i.deletedAt is null"
                + " order by i.number", DialogueItemEntity.class).setParameter("id", dialogueId).getResultList();
    }

    public DialogueItemEntity add(UUID dialogueId, DialogueItemCreate request) {
        DialogueEntity dialogue = access.writable(dialogueId);
        DialogueLifecycle.TABLE.require(DialogueLifecycle.Command.RECORD_ITEM, dialogue.status);
        UUID id = request.getId() == null ? UUID.randomUUID() : request.getId();
        if (em.find(DialogueItemEntity.class, id) != null) {
            throw ApiException.idTaken();
        }
        // Two opinions recorded at once would take the same number: the session's version check refuses the second.
        Integer last = em.createQuery("select max(i.number) from DialogueItemEntity i where i.dialogueId = :id",
                Integer.class).setParameter("id", dialogueId).getSingleResult();
        DialogueItemEntity item = new DialogueItemEntity();
        item.id = id;
        item.dialogueId = dialogueId;
        item.number = last == null ? 1 : last + 1;
        item.text = request.getText();
        item.raisedBy = request.getRaisedBy();
        item.status = DialogueItemStatus.OPEN;
        em.persist(item);
        em.flush();
        return item;
    }

    public DialogueItemEntity answer(UUID itemId, String ifMatch, String answer) {
        DialogueItemEntity item = lockedForChange(itemId, ifMatch, DialogueLifecycle.ItemCommand.ANSWER);
        item.answer = answer;
        em.flush();
        return item;
    }

    /** Giao giải quyết: a task for the responsible unit, assigned by the organising unit, due when promised. */
    public DialogueItemEntity assign(UUID itemId, String ifMatch, DialogueItemAssignment request, boolean demo) {
        DialogueItemEntity item = lockedForChange(itemId, ifMatch, DialogueLifecycle.ItemCommand.ASSIGN);
        DialogueEntity dialogue = em.find(DialogueEntity.class, item.dialogueId);
        if (!directory.isWithin(request.getResponsibleOrganizationId(), scopes.current())) {
            throw ApiException.invalid(FieldViolation.of("responsibleOrganizationId", "NotFound",
                    "dialogue.organization-not-found", request.getResponsibleOrganizationId()));
        }
        if (request.getDueDate().isBefore(clock.today())) {
            throw ApiException.invalid(FieldViolation.of("dueDate", "Past", "dialogue.due-in-past"));
        }
        String title = "Đối thoại " + DAY.format(dialogue.heldOn) + ", ý kiến số " + item.number + ": " + item.text;
        String content = item.text + (request.getCommitment() == null ? "" : "\n\nCam kết: " + request.getCommitment());
        UUID taskId = tasks.create(new TaskCreate()
                .title(title.length() > 500 ? title.substring(0, 499) + "…" : title)
                .content(content)
                .priority(TaskPriority.HIGH)
                .assigningOrganizationId(dialogue.organizationId)
                .leadOrganizationId(request.getResponsibleOrganizationId())
                .startDate(clock.today())
                .dueDate(request.getDueDate()), demo).id;
        item.responsibleOrganizationId = request.getResponsibleOrganizationId();
        item.dueDate = request.getDueDate();
        item.commitment = request.getCommitment();
        item.taskId = taskId;
        em.flush();
        return item;
    }

    /**
     * The item of a session still held, the item still open: a second answer, or one after closing, is a 409 and
     * changes nothing; one made at the same moment as another change fails its version check (409 as well).
     */
    private DialogueItemEntity lockedForChange(UUID itemId, String ifMatch, DialogueLifecycle.ItemCommand command) {
        DialogueItemEntity item = access.item(itemId);
        DialogueEntity dialogue = access.writable(item.dialogueId);
        EntityTags.check(ifMatch, item.version);
        DialogueLifecycle.TABLE.require(DialogueLifecycle.Command.ANSWER_ITEM, dialogue.status);
        item.status = DialogueLifecycle.ITEMS.require(command, item.status);
        return item;
    }
}
