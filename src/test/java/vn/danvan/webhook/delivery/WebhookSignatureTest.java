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

    /** The worked example of docs/webhooks.md, so that the guide cannot drift from what the service sends. */
    @Test
    void theGuidesWorkedExampleHolds() {
        byte[] key = SigningSecrets.key("whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        byte[] body = ("{\"id\":\"0f1e2d3c-4b5a-4968-8776-655443322110\",\"type\":\"PETITION_RECEIVED\","
                + "\"timestamp\":\"2026-11-22T07:59:58.123456Z\",\"subjectId\":\"3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8\","
                + "\"data\":{\"trackingCode\":\"TCD-7K3M9Q2X\",\"submittedOn\":\"2026-11-22\",\"stage\":\"RECEIVED\","
                + "\"handling\":\"PENDING\"}}").getBytes(StandardCharsets.UTF_8);
        assertEquals("v1,N9EEmzRifkf+PCKWnHvWiX5nxP7qJAdwN4kgUEPfsbA=", WebhookSignature.header(List.of(key),
                "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", 1795334400L, body));
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
