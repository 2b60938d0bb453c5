package vn.danvan.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.WebhookAttempt;
import vn.danvan.api.model.WebhookAttemptOutcome;
import vn.danvan.api.model.WebhookDelivery;
import vn.danvan.api.model.WebhookDeliveryStatus;
import vn.danvan.api.model.WebhookEventType;
import vn.danvan.api.model.WebhookSubscription;
import vn.danvan.platform.error.Messages;
import vn.danvan.webhook.delivery.WebhookAttemptEntity;
import vn.danvan.webhook.delivery.WebhookDeliveryEntity;
import vn.danvan.webhook.subscription.WebhookSubscriptionEntity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import static vn.danvan.platform.mapping.TimeMappings.toOffsetDateTime;

/**
 * Subscriptions and the delivery log to the contract. Written by hand: this branch has no MapStruct configs in
 * platform/mapping yet; every field of the contract's models is set here.
 */
@ApplicationScoped
public class WebhookMapper {

    /** @param secret the secret in clear for the one answer that shows it (creation, rotation), else null */
    public WebhookSubscription toApi(WebhookSubscriptionEntity e, String secret) {
        return new WebhookSubscription().id(e.id).url(e.url).eventTypes(new LinkedHashSet<>(e.eventTypes()))
                .description(e.description).secret(secret)
                .previousSecretValidUntil(toOffsetDateTime(e.previousSecretUntil))
                .createdAt(toOffsetDateTime(e.createdAt)).updatedAt(toOffsetDateTime(e.updatedAt)).version(e.version);
    }

    /** Errors of attempts are stored as message keys, shown in the reader's language. */
    public WebhookDelivery toApi(WebhookDeliveryEntity e, List<WebhookAttemptEntity> attempts, Locale locale) {
        return new WebhookDelivery().id(e.id).eventId(e.eventId).eventType(WebhookEventType.valueOf(e.eventType))
                .subjectId(e.subjectId).status(e.status).attemptCount(e.attemptCount)
                .nextAttemptAt(e.status == WebhookDeliveryStatus.PENDING ? toOffsetDateTime(e.nextAttemptAt) : null)
                .createdAt(toOffsetDateTime(e.createdAt)).finishedAt(toOffsetDateTime(e.finishedAt))
                .attempts(attempts.stream().map(a -> toApi(a, locale)).toList());
    }

    private static WebhookAttempt toApi(WebhookAttemptEntity a, Locale locale) {
        return new WebhookAttempt().number(a.number).startedAt(toOffsetDateTime(a.startedAt))
                .durationMillis(a.durationMillis)
                .outcome(a.succeeded() ? WebhookAttemptOutcome.SUCCEEDED : WebhookAttemptOutcome.FAILED)
                .statusCode(a.statusCode)
                .error(a.errorKey == null ? null : Messages.render(locale, a.errorKey, a.errorDetail));
    }
}
