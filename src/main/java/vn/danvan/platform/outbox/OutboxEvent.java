package vn.danvan.platform.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as its consumers see it.
 *
 * @param seq        the order of events (for one subject, the order their changes were committed)
 * @param audience   the one party that may receive it, or null when it is public
 * @param payload    the event's data as JSON
 */
public record OutboxEvent(long seq, UUID id, String type, UUID subjectId, String audience, String payload,
                          Instant occurredAt) {

    static OutboxEvent of(OutboxEventEntity row) {
        return new OutboxEvent(row.seq, row.id, row.type, row.subjectId, row.audience, row.payload, row.occurredAt);
    }
}
