package vn.danvan.engagement.dialogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.danvan.platform.idempotency.IdempotencyReplayed;
import vn.danvan.platform.personaldata.PersonalDataAccessLog;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A replayed answer that shows a session (its creation, holding, closure, cancellation, announcement) shows its invited
 * citizens again: logged as a read, as the original was, when they are shown to the caller in clear.
 */
@ApplicationScoped
class DialogueReplayLog {

    private static final Set<String> SHOWING_A_SESSION = Set.of("createDialogue", "recordDialogueHeld", "closeDialogue",
            "cancelDialogue", "announceDialogue");

    private final PersonalDataAccessLog accessLog;
    private final DialogueAccess access;
    private final DialogueMapper mapper;

    DialogueReplayLog(PersonalDataAccessLog accessLog, DialogueAccess access, DialogueMapper mapper) {
        this.accessLog = accessLog;
        this.access = access;
        this.mapper = mapper;
    }

    void onReplay(@Observes IdempotencyReplayed replay) {
        if (replay.resourceMethod().getDeclaringClass() != DialogueResource.class
                || !SHOWING_A_SESSION.contains(replay.resourceMethod().getName())) {
            return;
        }
        Optional<UUID> id = replay.location() != null
                ? Optional.of(UUID.fromString(replay.location().substring(replay.location().lastIndexOf('/') + 1)))
                : replay.argument(UUID.class);
        id.map(this::readable).filter(mapper::shownInClear).ifPresent(dialogue -> accessLog.record(
                PersonalDataAccessLog.Subject.DIALOGUE, List.of(dialogue.id), PersonalDataAccessLog.Purpose.READ));
    }

    private DialogueEntity readable(UUID id) {
        try {
            return access.readable(id);
        } catch (vn.danvan.platform.error.ApiException gone) {
            return null;
        }
    }
}
