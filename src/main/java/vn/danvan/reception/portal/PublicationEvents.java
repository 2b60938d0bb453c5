package vn.danvan.reception.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.danvan.api.model.CasePublicationAction;
import vn.danvan.api.model.PublicRecordWithdrawal;
import vn.danvan.api.model.WebhookEventType;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.outbox.Outbox;
import vn.danvan.reception.casefile.CaseEntity;
import vn.danvan.reception.casefile.CaseResultPublication;
import vn.danvan.reception.schedule.ScheduleEntity;
import vn.danvan.reception.schedule.SchedulePublication;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the public endpoints show, as events, in the transaction of the change: a result published (or its text
 * corrected) or withdrawn, a session of the reception schedule published, changed or taken off. The data is the same
 * view the public endpoints answer with (PortalMapper), so it holds nothing they do not show.
 */
@ApplicationScoped
class PublicationEvents {

    private final PortalMapper mapper;
    private final OrganizationTreeQueries organizations;
    private final Outbox outbox;

    PublicationEvents(PortalMapper mapper, OrganizationTreeQueries organizations, Outbox outbox) {
        this.mapper = mapper;
        this.organizations = organizations;
        this.outbox = outbox;
    }

    void onCaseResult(@Observes CaseResultPublication change) {
        CaseEntity result = change.result();
        if (change.action() == CasePublicationAction.WITHDRAWN) {
            outbox.publish(WebhookEventType.CASE_RESULT_WITHDRAWN.name(), result.id, withdrawal(result.id,
                    result.organizationId));
        } else {
            outbox.publish(WebhookEventType.CASE_RESULT_PUBLISHED.name(), result.id,
                    mapper.toPublished(result, names(result.organizationId)));
        }
    }

    void onSchedule(@Observes SchedulePublication change) {
        ScheduleEntity session = change.schedule();
        if (session.published) {
            WebhookEventType type = change.wasPublished() ? WebhookEventType.RECEPTION_SCHEDULE_CHANGED
                    : WebhookEventType.RECEPTION_SCHEDULE_PUBLISHED;
            outbox.publish(type.name(), session.id, mapper.toPublished(session, names(session.organizationId)));
        } else if (change.wasPublished()) {
            outbox.publish(WebhookEventType.RECEPTION_SCHEDULE_UNPUBLISHED.name(), session.id,
                    withdrawal(session.id, session.organizationId));
        }
    }

    private Map<UUID, String> names(UUID organizationId) {
        return organizations.names(List.of(organizationId));
    }

    private static PublicRecordWithdrawal withdrawal(UUID id, UUID organizationId) {
        return new PublicRecordWithdrawal().id(id).organizationId(organizationId);
    }
}
