package vn.danvan.webhook;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.ToIntFunction;

/**
 * A portal's webhook endpoint inside the test, on loopback: records every request it gets, checks its Standard
 * Webhooks signature against the secret it was given (written here from the specification, not with the service's
 * code) and answers with the status its rule gives.
 */
final class Receiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as it arrived. */
    record Hit(String webhookId, long timestamp, String signatureHeader, String body, Map<String, Object> event,
               int answered, long receivedAtMillis) {

        String type() {
            return (String) event.get("type");
        }

        String subjectId() {
            return (String) event.get("subjectId");
        }

        String eventId() {
            return (String) event.get("id");
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> data() {
            return (Map<String, Object>) event.get("data");
        }

        boolean succeeded() {
            return answered >= 200 && answered < 300;
        }

        /** Whether one of the header's v1 signatures is the HMAC of this request with the secret. */
        boolean signedWith(String secret) {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            byte[] expected = hmac(key, webhookId + "." + timestamp + "." + body);
            for (String part : signatureHeader.split(" ")) {
                if (part.startsWith("v1,") && MessageDigest.isEqual(expected,
                        Base64.getDecoder().decode(part.substring(3)))) {
                    return true;
                }
            }
            return false;
        }
    }

    private final HttpServer server;
    private final List<Hit> hits = new ArrayList<>();
    private volatile ToIntFunction<Map<String, Object>> rule = event -> 204;
    private volatile long delayMillis;

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The status to answer for each event (by its parsed body). */
    Receiver answering(ToIntFunction<Map<String, Object>> rule) {
        this.rule = rule;
        return this;
    }

    /** Answers only after this long (to widen the window in which two instances could both send). */
    Receiver slow(long millis) {
        this.delayMillis = millis;
        return this;
    }

    List<Hit> hits() {
        synchronized (hits) {
            return List.copyOf(hits);
        }
    }

    List<Hit> succeeded() {
        return hits().stream().filter(Hit::succeeded).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, Object> event = JSON.readValue(body, new TypeReference<>() {
            });
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            int status = "POST".equals(exchange.getRequestMethod()) ? rule.applyAsInt(event) : 405;
            synchronized (hits) {
                hits.add(new Hit(exchange.getRequestHeaders().getFirst("webhook-id"),
                        Long.parseLong(exchange.getRequestHeaders().getFirst("webhook-timestamp")),
                        exchange.getRequestHeaders().getFirst("webhook-signature"), body, event, status,
                        System.currentTimeMillis()));
            }
            exchange.sendResponseHeaders(status, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
