package vn.danvan.webhook.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.WebhookEventType;
import vn.danvan.identity.Officials;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.time.AppClock;
import vn.danvan.webhook.WebhookConfig;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A client's subscriptions: subscribe, change, unsubscribe, rotate the secret. Only the owner reaches one; another
 * client's is answered 404 as one that does not exist. Callers hold the transaction.
 */
@ApplicationScoped
public class SubscriptionService {

    public static final String ENTITY = "entity.webhook-subscription";

    /** A subscription with its secret in clear, for the one answer that shows it. */
    public record WithSecret(WebhookSubscriptionEntity subscription, String secret) {
    }

    private final EntityManager em;
    private final CurrentCaller caller;
    private final Officials accounts;
    private final WebhookUrlPolicy urls;
    private final SigningSecrets secrets;
    private final AppClock clock;
    private final WebhookConfig config;

    SubscriptionService(EntityManager em, CurrentCaller caller, Officials accounts, WebhookUrlPolicy urls,
                        SigningSecrets secrets, AppClock clock, WebhookConfig config) {
        this.em = em;
        this.caller = caller;
        this.accounts = accounts;
        this.urls = urls;
        this.secrets = secrets;
        this.clock = clock;
        this.config = config;
    }

    /** The caller's client account: subscriptions belong to this service's own machine accounts. */
    public UUID owner() {
        return caller.accountId().filter(id -> accounts.active(id).isPresent())
                .orElseThrow(() -> new ApiException(ProblemType.FORBIDDEN, "webhook.needs-client-account"));
    }

    public WebhookSubscriptionEntity get(UUID id) {
        UUID owner = owner();
        WebhookSubscriptionEntity subscription = em.find(WebhookSubscriptionEntity.class, id);
        if (subscription == null || subscription.deletedAt != null || !subscription.ownerId.equals(owner)) {
            throw ApiException.notFound(ENTITY, id);
        }
        return subscription;
    }

    public WithSecret create(String url, Set<WebhookEventType> eventTypes, String description) {
        UUID owner = owner();
        requireValid(url);
        long live = em.createQuery("select count(s) from WebhookSubscriptionEntity s where s.ownerId = :owner"
                        + " and s.deletedAt is null", Long.class).setParameter("owner", owner).getSingleResult();
        if (live >= config.maxSubscriptionsPerClient()) {
            throw new ApiException(ProblemType.CONFLICT, "webhook.too-many-subscriptions",
                    config.maxSubscriptionsPerClient());
        }
        WebhookSubscriptionEntity subscription = new WebhookSubscriptionEntity();
        subscription.id = UUID.randomUUID();
        subscription.ownerId = owner;
        apply(subscription, url, eventTypes, description);
        String secret = secrets.generate();
        subscription.secretSealed = secrets.seal(subscription, secret);
        em.persist(subscription);
        em.flush();
        return new WithSecret(subscription, secret);
    }

    public WebhookSubscriptionEntity update(UUID id, String ifMatch, String url, Set<WebhookEventType> eventTypes,
                                            String description) {
        WebhookSubscriptionEntity subscription = get(id);
        EntityTags.require(ifMatch, subscription.version);
        requireValid(url);
        apply(subscription, url, eventTypes, description);
        em.flush();
        return subscription;
    }

    /** Queued deliveries are given up by the delivery job when it meets them (see the delivery package). */
    public void delete(UUID id, String ifMatch) {
        WebhookSubscriptionEntity subscription = get(id);
        EntityTags.require(ifMatch, subscription.version);
        subscription.deletedAt = clock.now();
        em.flush();
    }

    /** A new secret; the current one becomes the previous, still signing for {@code previous-secret-validity}. */
    public WithSecret rotate(UUID id, String ifMatch) {
        WebhookSubscriptionEntity subscription = get(id);
        EntityTags.check(ifMatch, subscription.version);
        String secret = secrets.generate();
        subscription.previousSecretSealed = subscription.secretSealed;
        subscription.previousSecretUntil = clock.now().plus(config.previousSecretValidity());
        subscription.secretSealed = secrets.seal(subscription, secret);
        em.flush();
        return new WithSecret(subscription, secret);
    }

    private void requireValid(String url) {
        List<FieldViolation> violations = urls.check("url", url);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
    }

    private static void apply(WebhookSubscriptionEntity subscription, String url, Set<WebhookEventType> eventTypes,
                              String description) {
        subscription.url = url;
        subscription.eventTypes(eventTypes);
        subscription.description = description == null || description.isBlank() ? null : description.strip();
    }
}
