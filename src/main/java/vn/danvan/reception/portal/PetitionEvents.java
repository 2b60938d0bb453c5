package vn.danvan.reception.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.danvan.api.model.WebhookEventType;
import vn.danvan.platform.outbox.Outbox;
import vn.danvan.reception.casefile.CaseDecided;
import vn.danvan.reception.record.HandlingChanged;

import java.util.Optional;
import java.util.UUID;

/**
 * Tells the portal how the petitions it forwarded go on (accepted, transferred, answered), in the transaction of the
 * change. Only the client that forwarded a petition receives its events, and only what the citizen's status look-up
 * shows: the tracking code and status, never names, addresses, phone or ID numbers, nor the content.
 */
@ApplicationScoped
class PetitionEvents {

    private final PortalPetitionService petitions;
    private final Outbox outbox;

    PetitionEvents(PortalPetitionService petitions, Outbox outbox) {
        this.petitions = petitions;
        this.outbox = outbox;
    }

    void onHandlingChanged(@Observes HandlingChanged change) {
        eventType(change).ifPresent(type -> publish(change.receptionId(), type));
    }

    /** The case opened from the petition was decided: the petition has its answer. */
    void onCaseDecided(@Observes CaseDecided decision) {
        publish(decision.decided().receptionId, WebhookEventType.PETITION_ANSWERED);
    }

    private void publish(UUID receptionId, WebhookEventType type) {
        petitions.byReception(receptionId).ifPresent(petition -> outbox.publishTo(petition.clientId, type.name(),
                receptionId, petitions.currentStatus(petition)));
    }

    /** Back to "pending" is a correction of the book, not news for the citizen. */
    private static Optional<WebhookEventType> eventType(HandlingChanged change) {
        return switch (change.after()) {
            case ACCEPTED -> Optional.of(WebhookEventType.PETITION_ACCEPTED);
            case TRANSFERRED -> Optional.of(WebhookEventType.PETITION_TRANSFERRED);
            case ANSWERED_DIRECTLY, RETURNED_WITH_GUIDANCE -> Optional.of(WebhookEventType.PETITION_ANSWERED);
            case PENDING -> Optional.empty();
        };
    }
}
