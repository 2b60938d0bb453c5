package vn.danvan.webhook;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.danvan.api.model.WebhookAttempt;
import vn.danvan.api.model.WebhookDelivery;
import vn.danvan.api.model.WebhookDeliveryStatus;
import vn.danvan.api.model.WebhookSubscription;
import vn.danvan.platform.error.Messages;
import vn.danvan.platform.mapping.ToContractConfig;
import vn.danvan.webhook.delivery.WebhookAttemptEntity;
import vn.danvan.webhook.delivery.WebhookDeliveryEntity;
import vn.danvan.webhook.subscription.WebhookSubscriptionEntity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Subscriptions and the delivery log to the contract. */
@Mapper(config = ToContractConfig.class, imports = {WebhookDeliveryStatus.class, Messages.class})
interface WebhookMapper {

    /** A page of the log: the attempts of its deliveries (read once per page) and the reader's language. */
    record Log(Map<UUID, List<WebhookAttemptEntity>> attempts, Locale locale) {
    }

    /** The secret is in clear only in the answers of the creation and the rotation, which set it themselves. */
    @Mapping(target = "secret", ignore = true)
    @Mapping(target = "eventTypes", expression = "java(new java.util.ArrayList<>(subscription.eventTypes()))")
    @Mapping(target = "previousSecretValidUntil", source = "previousSecretUntil")
    WebhookSubscription toApi(WebhookSubscriptionEntity subscription);

    @Mapping(target = "nextAttemptAt", source = "nextAttemptAt",
            conditionExpression = "java(delivery.status == WebhookDeliveryStatus.PENDING)")
    @Mapping(target = "attempts", expression = "java(attempts(log.attempts().getOrDefault(delivery.id, List.of()), log))")
    WebhookDelivery toApi(WebhookDeliveryEntity delivery, @Context Log log);

    List<WebhookAttempt> attempts(List<WebhookAttemptEntity> attempts, @Context Log log);

    /** Errors are stored as message keys and shown in the reader's language. */
    @Mapping(target = "outcome", expression = "java(attempt.succeeded() ? vn.danvan.api.model.WebhookAttemptOutcome.SUCCEEDED"
            + " : vn.danvan.api.model.WebhookAttemptOutcome.FAILED)")
    @Mapping(target = "error", expression = "java(attempt.errorKey == null ? null"
            + " : Messages.render(log.locale(), attempt.errorKey, attempt.errorDetail))")
    WebhookAttempt toApi(WebhookAttemptEntity attempt, @Context Log log);
}
