package vn.danvan.webhook.delivery;

import org.junit.jupiter.api.Test;
import vn.danvan.webhook.subscription.SigningSecrets;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WebhookSignatureTest {

    /** The test vector of the Standard Webhooks reference libraries (also the worked example in docs/webhooks.md). */
    @Test
    void signsAsTheStandardWebhooksReferenceDoes() {
        byte[] key = SigningSecrets.key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        byte[] body = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSignature.header(List.of(key), "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body));
    }

    @Test
    void duringARotationTheHeaderHoldsOneSignaturePerSecretSeparatedBySpaces() {
        byte[] current = SigningSecrets.key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        byte[] previous = SigningSecrets.key("whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD8JHx8D7LkJc=");
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        String header = WebhookSignature.header(List.of(current, previous), "id", 1, body);
        assertEquals("v1," + WebhookSignature.sign(current, "id", 1, body) + " v1,"
                + WebhookSignature.sign(previous, "id", 1, body), header);
    }
}
