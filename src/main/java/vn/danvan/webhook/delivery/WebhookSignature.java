package vn.danvan.webhook.delivery;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code webhook-signature} header of Standard Webhooks: {@code v1,} and the Base64 HMAC-SHA256 of
 * {@code "{webhook-id}.{webhook-timestamp}.{body}"}, one per key, separated by spaces (two during a secret rotation).
 */
public final class WebhookSignature {

    private WebhookSignature() {
    }

    public static String header(List<byte[]> keys, String messageId, long timestamp, byte[] body) {
        return keys.stream().map(key -> "v1," + sign(key, messageId, timestamp, body)).collect(Collectors.joining(" "));
    }

    public static String sign(byte[] key, String messageId, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((messageId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
