package vn.danvan.webhook.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.crypto.PersonalDataCipher;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Signing secrets in the Standard Webhooks form: {@code whsec_} and the Base64 of 32 random bytes (the decoded bytes
 * are the HMAC key). They are stored sealed with the personal-data key, bound to their subscription, because the
 * service must read them back to sign; a hash would not do.
 */
@ApplicationScoped
public class SigningSecrets {

    public static final String PREFIX = "whsec_";
    static final int BYTES = 32;
    private static final String PURPOSE = "webhook-secret";

    private final PersonalDataCipher cipher;
    private final SecureRandom random = new SecureRandom();

    SigningSecrets(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    public String generate() {
        byte[] key = new byte[BYTES];
        random.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    byte[] seal(WebhookSubscriptionEntity subscription, String secret) {
        return cipher.seal(PURPOSE, secret.getBytes(StandardCharsets.US_ASCII), context(subscription));
    }

    /** The HMAC keys a delivery is signed with now: the current secret's, and the previous one's while it holds. */
    public List<byte[]> keys(WebhookSubscriptionEntity subscription, Instant now) {
        List<byte[]> keys = new ArrayList<>();
        keys.add(key(open(subscription, subscription.secretSealed)));
        if (subscription.previousSecretSealed != null && subscription.previousSecretUntil != null
                && now.isBefore(subscription.previousSecretUntil)) {
            keys.add(key(open(subscription, subscription.previousSecretSealed)));
        }
        return keys;
    }

    /** The HMAC key of a secret: its Base64 part, decoded. */
    public static byte[] key(String secret) {
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }

    private String open(WebhookSubscriptionEntity subscription, byte[] sealed) {
        return new String(cipher.open(PURPOSE, sealed, context(subscription)), StandardCharsets.US_ASCII);
    }

    private static byte[] context(WebhookSubscriptionEntity subscription) {
        return subscription.id.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
