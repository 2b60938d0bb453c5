package vn.danvan.mobilization.showcase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.danvan.api.model.PublicRecordWithdrawal;
import vn.danvan.api.model.WebhookEventType;
import vn.danvan.mobilization.model.MobilizationModelEntity;
import vn.danvan.mobilization.model.ModelPublication;
import vn.danvan.mobilization.model.ModelRepository;
import vn.danvan.platform.outbox.Outbox;
import vn.danvan.mobilization.scope.OrganizationPlaces;

/**
 * The showcase's changes as events, in the transaction of the change: a model published, with the same public view the
 * showcase answers with (an exemplar's phone and email only with consent), or taken off.
 */
@ApplicationScoped
class ShowcaseEvents {

    private final ShowcaseMapper mapper;
    private final ModelRepository repository;
    private final Outbox outbox;

    private final OrganizationPlaces places;

    ShowcaseEvents(ShowcaseMapper mapper, ModelRepository repository, Outbox outbox, OrganizationPlaces places) {
        this.places = places;
        this.mapper = mapper;
        this.repository = repository;
        this.outbox = outbox;
    }

    void onPublication(@Observes ModelPublication change) {
        MobilizationModelEntity model = change.model();
        if (change.published()) {
            outbox.publish(WebhookEventType.MOBILIZATION_MODEL_PUBLISHED.name(), model.id,
                    mapper.toPublic(model, repository.countReplications(model.id),
                            places.names(java.util.List.of(model.organizationId))));
        } else {
            outbox.publish(WebhookEventType.MOBILIZATION_MODEL_UNPUBLISHED.name(), model.id,
                    new PublicRecordWithdrawal().id(model.id).organizationId(model.organizationId));
        }
    }
}
