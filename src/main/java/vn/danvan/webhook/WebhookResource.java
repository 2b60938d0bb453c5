package vn.danvan.webhook;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.WebhooksApi;
import vn.danvan.api.model.WebhookDeliveryPage;
import vn.danvan.api.model.WebhookDeliveryStatus;
import vn.danvan.api.model.WebhookSubscriptionCreate;
import vn.danvan.api.model.WebhookSubscriptionPage;
import vn.danvan.api.model.WebhookSubscriptionUpdate;
import vn.danvan.platform.error.Messages;
import vn.danvan.platform.http.Responses;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.webhook.delivery.DeliveryQueries;
import vn.danvan.webhook.delivery.WebhookDeliveryEntity;
import vn.danvan.webhook.subscription.SubscriptionQueries;
import vn.danvan.webhook.subscription.SubscriptionService;
import vn.danvan.webhook.subscription.WebhookSubscriptionEntity;

import java.util.UUID;

/** /api/v1/webhook-subscriptions — a machine client's webhook subscriptions and their delivery log. */
@Idempotent
public class WebhookResource implements WebhooksApi {

    private final SubscriptionService subscriptions;
    private final SubscriptionQueries queries;
    private final DeliveryQueries deliveries;
    private final WebhookMapper mapper;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    WebhookResource(SubscriptionService subscriptions, SubscriptionQueries queries, DeliveryQueries deliveries,
                    WebhookMapper mapper) {
        this.subscriptions = subscriptions;
        this.queries = queries;
        this.deliveries = deliveries;
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public Response listWebhookSubscriptions(Integer pageSize, String pageToken) {
        Page<WebhookSubscriptionEntity> page = queries.list(subscriptions.owner(), PageRequest.of(pageSize, pageToken));
        return Response.ok(new WebhookSubscriptionPage().items(page.items().stream().map(s -> mapper.toApi(s))
                .toList()).nextPageToken(page.nextPageToken())).build();
    }

    @Override
    @Transactional
    public Response createWebhookSubscription(WebhookSubscriptionCreate request, String idempotencyKey) {
        SubscriptionService.WithSecret created = subscriptions.create(request.getUrl(), new java.util.LinkedHashSet<>(request.getEventTypes()),
                request.getDescription());
        WebhookSubscriptionEntity subscription = created.subscription();
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/webhook-subscriptions/{id}")
                .build(subscription.id), mapper.toApi(subscription).secret(created.secret()), subscription.version);
    }

    @Override
    @Transactional
    public Response getWebhookSubscription(UUID subscriptionId) {
        WebhookSubscriptionEntity subscription = subscriptions.get(subscriptionId);
        return Responses.single(mapper.toApi(subscription), subscription.version);
    }

    @Override
    @Transactional
    public Response updateWebhookSubscription(UUID subscriptionId, String ifMatch, WebhookSubscriptionUpdate request) {
        WebhookSubscriptionEntity subscription = subscriptions.update(subscriptionId, ifMatch, request.getUrl(),
                new java.util.LinkedHashSet<>(request.getEventTypes()), request.getDescription());
        return Responses.single(mapper.toApi(subscription), subscription.version);
    }

    @Override
    @Transactional
    public Response deleteWebhookSubscription(UUID subscriptionId, String ifMatch) {
        subscriptions.delete(subscriptionId, ifMatch);
        return Responses.noContent();
    }

    @Override
    @Transactional
    public Response rotateWebhookSecret(UUID subscriptionId, String idempotencyKey, String ifMatch) {
        SubscriptionService.WithSecret rotated = subscriptions.rotate(subscriptionId, ifMatch);
        return Responses.single(mapper.toApi(rotated.subscription()).secret(rotated.secret()), rotated.subscription().version);
    }

    @Override
    @Transactional
    public Response listWebhookDeliveries(UUID subscriptionId, WebhookDeliveryStatus status, Integer pageSize,
                                          String pageToken) {
        WebhookSubscriptionEntity subscription = subscriptions.get(subscriptionId);
        Page<WebhookDeliveryEntity> page = deliveries.log(subscription.id, status, PageRequest.of(pageSize, pageToken));
        WebhookMapper.Log log = new WebhookMapper.Log(deliveries.attempts(page.items().stream().map(d -> d.id).toList()),
                Messages.pick(headers.getAcceptableLanguages()));
        return Response.ok(new WebhookDeliveryPage().items(page.items().stream().map(d -> mapper.toApi(d, log)).toList())
                .nextPageToken(page.nextPageToken())).build();
    }
}
