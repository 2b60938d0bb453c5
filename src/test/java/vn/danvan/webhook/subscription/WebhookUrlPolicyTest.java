package vn.danvan.webhook.subscription;

import org.junit.jupiter.api.Test;
import vn.danvan.webhook.WebhookConfig;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The addresses production accepts (https, public hosts only) and what the test profile relaxes. */
class WebhookUrlPolicyTest {

    private static WebhookUrlPolicy policy(boolean requireHttps, boolean allowPrivate) {
        Map<String, Object> values = Map.of("requireHttps", requireHttps, "allowPrivateAddresses", allowPrivate);
        WebhookConfig config = (WebhookConfig) Proxy.newProxyInstance(WebhookConfig.class.getClassLoader(),
                new Class<?>[]{WebhookConfig.class}, (proxy, method, args) -> values.get(method.getName()));
        return new WebhookUrlPolicy(config);
    }

    private static Optional<String> refusal(WebhookUrlPolicy policy, String url) {
        return policy.refusal(url).map(WebhookUrlPolicy.Refusal::key);
    }

    @Test
    void productionRefusesLoopbackPrivateAndLinkLocalReceivers() {
        WebhookUrlPolicy production = policy(true, false);
        for (String url : new String[]{"https://127.0.0.1/hook", "https://localhost:8443/hook", "https://10.1.2.3/",
                "https://192.168.0.10/hook", "https://169.254.169.254/latest/meta-data/", "https://[::1]/hook",
                "https://[fd00::1]/hook", "https://0.0.0.0/", "https://100.64.1.1/hook"}) {
            assertEquals(Optional.of("webhook.url-not-public"), refusal(production, url), url);
        }
        assertEquals(Optional.empty(), refusal(production, "https://8.8.8.8/hook"));
        assertEquals(Optional.of("webhook.url-unresolved"), refusal(production, "https://no-such-host.invalid/hook"));
    }

    @Test
    void productionTakesHttpsOnlyWithoutCredentialsOrFragment() {
        WebhookUrlPolicy production = policy(true, false);
        assertEquals(Optional.of("webhook.url-https-only"), refusal(production, "http://8.8.8.8/hook"));
        assertEquals(Optional.of("webhook.url-https-only"), refusal(production, "ftp://8.8.8.8/hook"));
        assertEquals(Optional.of("webhook.url-credentials"), refusal(production, "https://user:pw@8.8.8.8/hook"));
        assertEquals(Optional.of("webhook.url-fragment"), refusal(production, "https://8.8.8.8/hook#x"));
        for (String url : new String[]{"not a url", "/relative", "https:opaque", "https:///no-host", "mailto:a@b.vn"}) {
            assertEquals(Optional.of("webhook.url-invalid"), refusal(production, url), url);
        }
    }

    @Test
    void theTestProfileAllowsPlainHttpOnLoopbackButStillChecksTheRest() {
        WebhookUrlPolicy tests = policy(false, true);
        assertEquals(Optional.empty(), refusal(tests, "http://127.0.0.1:8089/hook"));
        assertEquals(Optional.of("webhook.url-https-only"), refusal(tests, "ftp://127.0.0.1/hook"));
        assertTrue(tests.check("url", "https://user@127.0.0.1/").get(0).field().equals("url"));
    }
}
