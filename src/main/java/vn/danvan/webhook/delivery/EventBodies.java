package vn.danvan.webhook.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.WebhookEvent;
import vn.danvan.api.model.WebhookEventType;
import vn.danvan.platform.outbox.OutboxEvent;

import java.time.ZoneOffset;

/** The body POSTed for an event: the contract's WebhookEvent, with the payload the feature recorded as its data. */
@ApplicationScoped
public class EventBodies {

    private final ObjectMapper json;

    EventBodies(ObjectMapper json) {
        this.json = json;
    }

    public byte[] body(OutboxEvent event) {
        try {
            WebhookEvent body = new WebhookEvent().id(event.id()).type(WebhookEventType.valueOf(event.type()))
                    .timestamp(event.occurredAt().atOffset(ZoneOffset.UTC)).subjectId(event.subjectId())
                    .data(json.readTree(event.payload()));
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.id() + " has no JSON payload", e);
        }
    }
}
