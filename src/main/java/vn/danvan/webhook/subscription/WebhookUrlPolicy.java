package vn.danvan.webhook.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.webhook.WebhookConfig;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses may receive events: absolute https URLs (http only when configured, for tests) without user info or
 * fragment, whose host resolves to public addresses only. Checked when a subscription is written and again before
 * every delivery, because a name may be pointed elsewhere after it was checked (DNS rebinding).
 */
@ApplicationScoped
public class WebhookUrlPolicy {

    /** Why an address may not be called: a message key and its argument. */
    public record Refusal(String code, String key, String argument) {
    }

    private final WebhookConfig config;

    WebhookUrlPolicy(WebhookConfig config) {
        this.config = config;
    }

    /** The subscription's {@code url} field: empty when it may be used. */
    public List<FieldViolation> check(String field, String url) {
        return refusal(url).map(r -> List.of(FieldViolation.of(field, r.code(), r.key(), r.argument())))
                .orElse(List.of());
    }

    public Optional<Refusal> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of(new Refusal("Url", "webhook.url-invalid", url));
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of(new Refusal("Url", "webhook.url-invalid", url));
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && !config.requireHttps())) {
            return Optional.of(new Refusal("Https", "webhook.url-https-only", scheme));
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of(new Refusal("Credentials", "webhook.url-credentials", uri.getHost()));
        }
        if (uri.getRawFragment() != null) {
            return Optional.of(new Refusal("Fragment", "webhook.url-fragment", uri.getRawFragment()));
        }
        return hostRefusal(uri.getHost());
    }

    /** The host must resolve, and to public addresses only (every one of them: the client picks any). */
    private Optional<Refusal> hostRefusal(String host) {
        if (config.allowPrivateAddresses()) {
            return Optional.empty();
        }
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            InetAddress[] addresses = InetAddress.getAllByName(name);
            if (Arrays.stream(addresses).allMatch(PublicAddresses::isPublic)) {
                return Optional.empty();
            }
            return Optional.of(new Refusal("NotPublic", "webhook.url-not-public", host));
        } catch (UnknownHostException e) {
            return Optional.of(new Refusal("Unresolved", "webhook.url-unresolved", host));
        }
    }
}
