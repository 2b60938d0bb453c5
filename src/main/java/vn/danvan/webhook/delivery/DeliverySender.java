package vn.danvan.webhook.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.time.AppClock;
import vn.danvan.webhook.WebhookConfig;
import vn.danvan.webhook.subscription.WebhookUrlPolicy;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.Optional;

/**
 * One HTTP attempt, signed per Standard Webhooks, with short timeouts and no redirects (a redirect could lead into
 * the service's own network). The address is checked again just before (its name may now point elsewhere). The
 * answer's body is not read: only its status counts.
 */
@ApplicationScoped
public class DeliverySender {

    static final String USER_AGENT = "danvan-webhooks/1";

    private final HttpClient client;
    private final WebhookUrlPolicy urls;
    private final AppClock clock;
    private final WebhookConfig config;

    DeliverySender(WebhookUrlPolicy urls, AppClock clock, WebhookConfig config) {
        this.urls = urls;
        this.clock = clock;
        this.config = config;
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    AttemptResult send(Parcel parcel) {
        Instant started = clock.now();
        long start = System.nanoTime();
        Optional<WebhookUrlPolicy.Refusal> refusal = urls.refusal(parcel.url());
        if (refusal.isPresent()) {
            return AttemptResult.failed(started, millisSince(start), refusal.get().key(), refusal.get().argument());
        }
        URI target = URI.create(parcel.url());
        String id = parcel.deliveryId().toString();
        long timestamp = started.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(config.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.header(parcel.keys(), id, timestamp, parcel.body()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(parcel.body()))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            // Closed unread: a receiver cannot keep the job busy by streaming an endless answer.
            response.body().close();
            return AttemptResult.answered(started, millisSince(start), response.statusCode());
        } catch (HttpConnectTimeoutException e) {
            return AttemptResult.failed(started, millisSince(start), "webhook.error.connect-timeout",
                    Long.toString(config.connectTimeout().toMillis()));
        } catch (HttpTimeoutException e) {
            return AttemptResult.failed(started, millisSince(start), "webhook.error.timeout",
                    Long.toString(config.requestTimeout().toMillis()));
        } catch (ConnectException e) {
            return AttemptResult.failed(started, millisSince(start), "webhook.error.connect", target.getHost());
        } catch (IOException e) {
            return AttemptResult.failed(started, millisSince(start), "webhook.error.io", e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AttemptResult.failed(started, millisSince(start), "webhook.error.interrupted", null);
        } catch (RuntimeException e) {
            // Counted as a failed attempt rather than thrown: a claim left unrecorded would be retried forever.
            return AttemptResult.failed(started, millisSince(start), "webhook.error.io", e.getClass().getSimpleName());
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
