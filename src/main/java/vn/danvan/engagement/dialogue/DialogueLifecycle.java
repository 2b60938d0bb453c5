package vn.danvan.engagement.dialogue;

import vn.danvan.api.model.DialogueItemStatus;
import vn.danvan.api.model.DialogueStatus;
import vn.danvan.platform.lifecycle.Lifecycle;

import java.util.Set;

import static vn.danvan.api.model.DialogueStatus.CANCELLED;
import static vn.danvan.api.model.DialogueStatus.CLOSED;
import static vn.danvan.api.model.DialogueStatus.HELD;
import static vn.danvan.api.model.DialogueStatus.PLANNED;

/**
 * A session is planned, held, then closed with its minutes; a planned one may be cancelled. Opinions are recorded,
 * answered and assigned only while the session is held (after closing, what was promised is followed through the
 * tasks); an opinion is answered or assigned once.
 */
final class DialogueLifecycle {

    enum Command { HOLD, CLOSE, CANCEL, ANNOUNCE, ATTACH, RECORD_ITEM, ANSWER_ITEM }

    enum ItemCommand { ANSWER, ASSIGN }

    /** The organising unit (its officials, or a coordinator of the province). */
    enum Party { ORGANISING_UNIT }

    static final Lifecycle<DialogueStatus, Command, Party> TABLE = Lifecycle
            .of(DialogueStatus.class, Command.class, Party.class, "entity.dialogue", "dialogue")
            .move(Command.HOLD, Party.ORGANISING_UNIT, Set.of(PLANNED), HELD)
            .move(Command.CLOSE, Party.ORGANISING_UNIT, Set.of(HELD), CLOSED)
            .move(Command.CANCEL, Party.ORGANISING_UNIT, Set.of(PLANNED), CANCELLED)
            .stay(Command.ANNOUNCE, Party.ORGANISING_UNIT, Set.of(PLANNED, HELD, CLOSED))
            .stay(Command.ATTACH, Party.ORGANISING_UNIT, Set.of(PLANNED, HELD))
            .stay(Command.RECORD_ITEM, Party.ORGANISING_UNIT, Set.of(HELD))
            .stay(Command.ANSWER_ITEM, Party.ORGANISING_UNIT, Set.of(HELD))
            .build();

    static final Lifecycle<DialogueItemStatus, ItemCommand, Party> ITEMS = Lifecycle
            .of(DialogueItemStatus.class, ItemCommand.class, Party.class, "entity.dialogue-item", "dialogue-item")
            .move(ItemCommand.ANSWER, Party.ORGANISING_UNIT, Set.of(DialogueItemStatus.OPEN), DialogueItemStatus.ANSWERED)
            .move(ItemCommand.ASSIGN, Party.ORGANISING_UNIT, Set.of(DialogueItemStatus.OPEN), DialogueItemStatus.ASSIGNED)
            .build();

    private DialogueLifecycle() {
    }
}
