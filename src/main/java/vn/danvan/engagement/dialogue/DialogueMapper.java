package vn.danvan.engagement.dialogue;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.Dialogue;
import vn.danvan.api.model.DialogueHotspot;
import vn.danvan.api.model.DialogueInviteeEntry;
import vn.danvan.api.model.DialogueItem;
import vn.danvan.api.model.DialogueItemStatus;
import vn.danvan.api.model.PublicDialogue;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.api.model.DialogueInviteeKind;
import vn.danvan.platform.mapping.TimeMappings;
import vn.danvan.platform.personaldata.PersonalDataAccessLog;
import vn.danvan.platform.time.AppClock;
import vn.danvan.reception.personaldata.Masking;
import vn.danvan.reception.personaldata.PersonalDataPolicy;
import vn.danvan.task.TaskFactQueries;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Sessions and their opinions as the contract shows them. Written by hand rather than by MapStruct because every
 * answer needs look-ups read once per page (unit names, item counts, the tasks' states) and the masking of invitees'
 * phones decided once per caller (PersonalDataPolicy, as for a reception's citizens). A session whose invited citizens
 * are shown in clear is logged as a read of their personal data before it is returned (PersonalDataAccessLog), as a
 * reception is; one shown masked is not.
 */
@ApplicationScoped
public class DialogueMapper {

    private final OrganizationTreeQueries directory;
    private final PersonalDataPolicy personalData;
    private final TaskFactQueries taskFacts;
    private final DialogueQueries queries;
    private final AppClock clock;
    private final PersonalDataAccessLog log;

    DialogueMapper(OrganizationTreeQueries directory, PersonalDataPolicy personalData, TaskFactQueries taskFacts,
                   DialogueQueries queries, AppClock clock, PersonalDataAccessLog log) {
        this.log = log;
        this.directory = directory;
        this.personalData = personalData;
        this.taskFacts = taskFacts;
        this.queries = queries;
        this.clock = clock;
    }

    /** One session as the caller sees it; logged as a read when its invited citizens are shown in clear. */
    public Dialogue toApi(DialogueEntity entity) {
        return toApi(List.of(entity), PersonalDataAccessLog.Purpose.READ).get(0);
    }

    /** Sessions as the caller sees them; those whose invited citizens are shown in clear are logged for {@code purpose}. */
    public List<Dialogue> toApi(List<DialogueEntity> entities, PersonalDataAccessLog.Purpose purpose) {
        Map<UUID, String> names = directory.names(entities.stream().map(d -> d.organizationId).collect(Collectors.toSet()));
        Map<UUID, DialogueQueries.ItemCounts> counts = queries.itemCounts(entities.stream().map(d -> d.id).toList());
        Predicate<UUID> clear = personalData.forCaller();
        List<Dialogue> answers = new ArrayList<>();
        List<UUID> shownInClear = new ArrayList<>();
        for (DialogueEntity e : entities) {
            DialogueQueries.ItemCounts count = counts.getOrDefault(e.id, DialogueQueries.ItemCounts.NONE);
            boolean inClear = clear.test(e.organizationId);
            if (inClear && hasPersonalData(e)) {
                shownInClear.add(e.id);
            }
            answers.add(new Dialogue().id(e.id).organizationId(e.organizationId).organizationName(names.get(e.organizationId))
                    .chairUserId(e.chairUserId).chairName(e.chairName).chairPosition(e.chairPosition).heldOn(e.heldOn)
                    .placeKind(e.placeKind).place(e.place).placeOrganizationId(e.placeOrganizationId).subject(e.subject)
                    .participantOrganizationIds(new ArrayList<>(e.participantOrganizationIds))
                    .participantGroups(new ArrayList<>(e.participantGroups))
                    .invitees(e.invitees.stream().map(i -> new DialogueInviteeEntry().kind(i.kind).name(i.name)
                            .phone(inClear ? i.phone : Masking.keepLast(i.phone, 3)).headcount(i.headcount)).toList())
                    .caseIds(new ArrayList<>(e.caseIds))
                    .hotspots(e.hotspots.stream().map(h -> new DialogueHotspot().communeId(h.communeId).domain(h.domain))
                            .toList())
                    .status(e.status).minutesAttachmentId(e.minutesAttachmentId).announcement(e.announcement)
                    .resultSummary(e.resultSummary).cancellationReason(e.cancellationReason)
                    .itemCount(count.total()).openItemCount(count.open())
                    .createdAt(TimeMappings.toOffsetDateTime(e.createdAt))
                    .updatedAt(TimeMappings.toOffsetDateTime(e.updatedAt)).version(e.version));
        }
        log.record(PersonalDataAccessLog.Subject.DIALOGUE, shownInClear, purpose);
        return answers;
    }

    /** Whether the caller's view would show a person: a citizen invited by name, or anyone's phone. */
    static boolean hasPersonalData(DialogueEntity entity) {
        return entity.invitees.stream().anyMatch(i -> i.kind == DialogueInviteeKind.PERSON || i.phone != null);
    }

    /** Whether the caller sees the session's invited citizens in clear (and the read is to be logged). */
    boolean shownInClear(DialogueEntity entity) {
        return hasPersonalData(entity) && personalData.mayReadUnmasked(entity.organizationId);
    }

    /** The portal's view: what the announcement made public, never the invitees, the chair's account or the items. */
    public List<PublicDialogue> toPublic(List<DialogueEntity> entities) {
        Map<UUID, String> names = directory.names(entities.stream().map(d -> d.organizationId).collect(Collectors.toSet()));
        Map<UUID, DialogueQueries.ItemCounts> counts = queries.itemCounts(entities.stream().map(d -> d.id).toList());
        return entities.stream().map(e -> new PublicDialogue().id(e.id).organizationId(e.organizationId)
                .organizationName(names.getOrDefault(e.organizationId, "")).heldOn(e.heldOn).placeKind(e.placeKind)
                .place(e.place).subject(e.subject).status(e.status).announcement(e.announcement)
                .resultSummary(e.resultSummary)
                .itemCount(e.status == vn.danvan.api.model.DialogueStatus.HELD || e.status == vn.danvan.api.model.DialogueStatus.CLOSED
                        ? counts.getOrDefault(e.id, DialogueQueries.ItemCounts.NONE).total() : null)).toList();
    }

    public DialogueItem toApi(DialogueItemEntity item) {
        return toItems(List.of(item)).get(0);
    }

    /** DONE and overdue come from the task that tracks an assigned item. */
    public List<DialogueItem> toItems(Collection<DialogueItemEntity> items) {
        Map<UUID, TaskFactQueries.TaskFact> facts = taskFacts.of(items.stream().map(i -> i.taskId)
                .filter(java.util.Objects::nonNull).toList());
        var today = clock.today();
        return items.stream().map(i -> {
            TaskFactQueries.TaskFact task = i.taskId == null ? null : facts.get(i.taskId);
            DialogueItemStatus status = task != null && task.done() ? DialogueItemStatus.DONE : i.status;
            return new DialogueItem().id(i.id).dialogueId(i.dialogueId).number(i.number).text(i.text).raisedBy(i.raisedBy)
                    .status(status).answer(i.answer).responsibleOrganizationId(i.responsibleOrganizationId)
                    .dueDate(i.dueDate).commitment(i.commitment).taskId(i.taskId)
                    .taskStatus(task == null ? null : task.status())
                    .overdue(task != null && task.overdue(today))
                    .createdAt(TimeMappings.toOffsetDateTime(i.createdAt))
                    .updatedAt(TimeMappings.toOffsetDateTime(i.updatedAt)).version(i.version);
        }).toList();
    }
}
